/**
 * Finds an image editors name by its path inside the content folder, e.g. `images/school.jpg`,
 * so MDX issues can show pictures without an `import` line.
 */
import type { ImageMetadata } from 'astro';

export type ImageModules = Record<string, () => Promise<ImageMetadata>>;

/** The module key for `path`, or an error an editor can act on. */
export function findImage(modules: ImageModules, path: string): () => Promise<ImageMetadata> {
  const wanted = `/${path.replace(/^(\.\/|\/)+/, '')}`;
  const key = Object.keys(modules).find((candidate) => candidate.endsWith(wanted));
  const loader = key ? modules[key] : undefined;
  if (!loader) {
    throw new Error(
      `<Figure src="${path}">: no such image in the content folder — put the file in content/images/ and write src="images/<file name>"`,
    );
  }
  return loader;
}
