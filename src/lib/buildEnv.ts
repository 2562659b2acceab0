/**
 * The environment variables an operator (or a test) sets for a build, read in one place.
 * Used by `astro.config.mjs` and `src/content.config.ts`, which run in Node before any page.
 */
import { resolve } from 'node:path';
import { parseLang } from '../i18n/checks.ts';
import { LANGS, type Lang } from '../i18n/langs.ts';

export interface BuildEnv {
  /** Absolute URL of the deployed site, without the base path (`SITE_URL`). */
  site: string;
  /** Sub-path the site is served under, always with a leading and trailing slash (`SITE_BASE`). */
  base: string;
  /** Folder holding `column.yaml`, `districts.yaml` and `issues/` (`COLUMN_CONTENT_DIR`). */
  contentDir: string;
  /** Folder the build writes (`COLUMN_OUT_DIR`). */
  outDir: string;
  /** Astro's cache folder; kept per content folder so fixture builds never share one. */
  cacheDir: string;
  /**
   * The language the content check speaks in the build and the preview
   * (`COLUMN_MESSAGES_LANG`); the column's own language when not set.
   */
  messagesLang: Lang | undefined;
}

export const DEFAULT_SITE_URL = 'http://localhost:4321';

/** Turns `column`, `/column`, `/column/` or empty into `/column/` or `/`. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export function readBuildEnv(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): BuildEnv {
  const site = (env['SITE_URL'] ?? '').trim() || DEFAULT_SITE_URL;
  if (!URL.canParse(site) || !/^https?:$/.test(new URL(site).protocol)) {
    throw new Error(
      `SITE_URL: "${site}" is not an absolute http(s) URL — set it like SITE_URL=https://news.example.org`,
    );
  }
  if (new URL(site).pathname !== '/') {
    throw new Error(
      `SITE_URL: "${site}" has a path — give only the origin in SITE_URL and the path in SITE_BASE, e.g. SITE_URL=${new URL(site).origin} SITE_BASE=${new URL(site).pathname}`,
    );
  }
  const messagesLangName = (env['COLUMN_MESSAGES_LANG'] ?? '').trim();
  const messagesLang = messagesLangName === '' ? undefined : parseLang(messagesLangName);
  if (messagesLangName !== '' && !messagesLang) {
    throw new Error(
      `COLUMN_MESSAGES_LANG: "${messagesLangName}" is not a language of the column — set it to one of: ${LANGS.join(', ')}`,
    );
  }
  const contentDir = resolve(cwd, env['COLUMN_CONTENT_DIR'] ?? 'content');
  const outDir = resolve(cwd, env['COLUMN_OUT_DIR'] ?? 'dist');
  const cacheDir = env['COLUMN_CONTENT_DIR']
    ? resolve(outDir, '..', '.astro-cache')
    : resolve(cwd, '.astro');
  return {
    site: new URL(site).origin,
    base: normaliseBase(env['SITE_BASE']),
    contentDir,
    outDir,
    cacheDir,
    messagesLang,
  };
}
