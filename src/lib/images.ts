/**
 * Pictures in issues: finding one editors name by its path inside the content folder, e.g.
 * `images/school.jpg`, so MDX issues can show pictures without an `import` line, and the
 * widths a picture is offered at.
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

/**
 * The formats a picture is offered in besides its own, which `<Picture>` keeps as the `<img>`
 * fallback. AVIF (at effort 0, astro.config.mjs) encodes about as fast as WebP and is less than
 * half its size on a photo, and every current browser takes it (Chrome 85, Firefox 93, Safari
 * 16). A WebP copy as well would cost as much build time as the AVIF for the few older browsers
 * that take WebP but not AVIF; those get the original, the cheapest encode of the three.
 */
export const PICTURE_FORMATS: ['avif'] = ['avif'];

/** Widths for `<Picture widths>`, for a picture at most one reading column wide. */
const PICTURE_WIDTHS = [480, 800, 1200] as const;

/**
 * The widths a picture of `width` pixels is offered at, never wider than the picture itself:
 * an upscaled copy costs bytes and shows nothing more.
 */
export function pictureWidths(width: number): number[] {
  return [...new Set(PICTURE_WIDTHS.map((wanted) => Math.min(wanted, width)))];
}
