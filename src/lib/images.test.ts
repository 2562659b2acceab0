import type { ImageMetadata } from 'astro';
import { describe, expect, test } from 'vitest';
import { findImage, pictureWidths, type ImageModules } from './images';

function image(src: string): ImageMetadata {
  return { src, width: 800, height: 600, format: 'jpg' };
}

/** Keys as `import.meta.glob` returns them: paths from the project root. */
const modules: ImageModules = {
  '/content/images/school.jpg': () => Promise.resolve(image('school')),
  '/content/images/kindergartens/seed-valley.jpg': () => Promise.resolve(image('seed-valley')),
  '/content/images/high-school.jpg': () => Promise.resolve(image('high-school')),
};

const MISSING =
  ': no such image in the content folder — put the file in content/images/ and write src="images/<file name>"';

describe('findImage', () => {
  test('returns the loader whose path ends with the given path', async () => {
    await expect(findImage(modules, 'images/school.jpg')()).resolves.toMatchObject({
      src: 'school',
    });
    await expect(
      findImage(modules, 'images/kindergartens/seed-valley.jpg')(),
    ).resolves.toMatchObject({
      src: 'seed-valley',
    });
  });

  test('returns the same loader whether the path starts with ./, / or nothing', () => {
    const loader = modules['/content/images/school.jpg'];
    expect(findImage(modules, 'images/school.jpg')).toBe(loader);
    expect(findImage(modules, './images/school.jpg')).toBe(loader);
    expect(findImage(modules, '/images/school.jpg')).toBe(loader);
  });

  test('matches whole path segments only', () => {
    // `school.jpg` must not match `high-school.jpg`.
    expect(findImage(modules, 'school.jpg')).toBe(modules['/content/images/school.jpg']);
    expect(() => findImage(modules, 'ool.jpg')).toThrow(`<Figure src="ool.jpg">${MISSING}`);
  });

  test('throws the editor-facing message, quoting the path as written, when the image is missing', () => {
    expect(() => findImage(modules, 'images/missing.jpg')).toThrow(
      `<Figure src="images/missing.jpg">${MISSING}`,
    );
    expect(() => findImage(modules, './images/missing.jpg')).toThrow(
      `<Figure src="./images/missing.jpg">${MISSING}`,
    );
  });

  test('throws when there are no images at all', () => {
    expect(() => findImage({}, 'images/school.jpg')).toThrow(
      `<Figure src="images/school.jpg">${MISSING}`,
    );
  });
});

describe('pictureWidths', () => {
  test('returns every width for a picture wider than the widest', () => {
    expect(pictureWidths(2400)).toEqual([480, 800, 1200]);
    expect(pictureWidths(1200)).toEqual([480, 800, 1200]);
  });

  test('returns the picture’s own width in place of the widths above it, once', () => {
    expect(pictureWidths(1000)).toEqual([480, 800, 1000]);
    expect(pictureWidths(600)).toEqual([480, 600]);
    expect(pictureWidths(300)).toEqual([300]);
  });
});
