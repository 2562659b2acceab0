/**
 * Every internal URL is made here, so the site works at the domain root or under a sub-path
 * (`SITE_BASE`). Pages get a trailing slash to match `trailingSlash: 'always'`; files do not.
 * Its imports name their `.ts` files: the benchmark loads it in plain Node.
 */
import { LANGS, type Lang } from '../i18n/langs.ts';
import { DEFAULT_SITE_URL, normaliseBase, readBuildEnv } from './buildEnv.ts';

/** The Chinese locale lives under `/zh/`; English is the column's root. */
const LOCALE_PREFIX: Record<Lang, string> = { en: '', 'zh-CN': 'zh' };

/**
 * The sitemap's languages as @astrojs/sitemap reads them (a path prefix per locale, the
 * unprefixed one the default), so each page lists its counterparts in the other language.
 */
export function sitemapLocales() {
  const [unprefixed] = LANGS.filter((lang) => !LOCALE_PREFIX[lang]);
  if (!unprefixed) throw new Error('one language must live at the root');
  return {
    defaultLocale: unprefixed,
    locales: Object.fromEntries(LANGS.map((lang) => [LOCALE_PREFIX[lang] || lang, lang])),
  };
}

/** The `[...locale]` route parameter for a language: `undefined` at the root. */
export function localeParam(lang: Lang): string | undefined {
  return LOCALE_PREFIX[lang] || undefined;
}

/** `getStaticPaths` for a page made once per language under `[...locale]`, given the languages. */
export function localePaths(langs: readonly Lang[]) {
  return langs.map((lang) => ({ params: { locale: localeParam(lang) }, props: { lang } }));
}

/**
 * An issue page's path below the base, as `issue()` writes it: `issues/4/` or `zh/issues/4/`;
 * group 1 is the locale prefix, group 2 the number. For code that reads a built site.
 */
export const ISSUE_PAGE_PATH = new RegExp(
  `^(?:(${Object.values(LOCALE_PREFIX).filter(Boolean).join('|')})/)?issues/(\\d+)/$`,
);

/**
 * A project page's path below the base, as `project()` writes it: `projects/<id>/` or
 * `zh/projects/<id>/`; group 1 is the locale prefix, group 2 the id. For code that reads a
 * built site.
 */
export const PROJECT_PAGE_PATH = new RegExp(
  `^(?:(${Object.values(LOCALE_PREFIX).filter(Boolean).join('|')})/)?projects/([a-z0-9]+(?:-[a-z0-9]+)*)/$`,
);

/** URLs under `base`; `site` (an origin) makes them absolute for feeds, metadata and crawlers. */
export function createUrls(base: string, site: string = DEFAULT_SITE_URL) {
  const root = normaliseBase(base);
  const join = (...parts: (string | number)[]) => parts.map(String).filter(Boolean).join('/');
  const file = (path: string) => `${root}${path.replace(/^\/+/, '')}`;

  /** A page: always ends in `/`. */
  const page = (lang: Lang, ...parts: (string | number)[]) => {
    const path = join(LOCALE_PREFIX[lang], ...parts);
    return path ? `${root}${path}/` : root;
  };

  return {
    /** `path` (a URL made here) with the site's origin: for links that leave the site. */
    absolute: (path: string) => new URL(path, site).href,
    home: (lang: Lang) => page(lang),
    /** Archive page `n` (1-based); page 1 is the archive's own URL. */
    archive: (lang: Lang, n = 1) =>
      n <= 1 ? page(lang, 'issues') : page(lang, 'issues', 'page', n),
    issue: (lang: Lang, number: number) => page(lang, 'issues', number),
    districts: (lang: Lang) => page(lang, 'districts'),
    district: (lang: Lang, id: string) => page(lang, 'districts', id),
    about: (lang: Lang) => page(lang, 'about'),
    search: (lang: Lang) => page(lang, 'search'),
    projects: (lang: Lang) => page(lang, 'projects'),
    /** One project's page: `id` is its `projects[].id`, the same in every issue and language. */
    project: (lang: Lang, id: string) => page(lang, 'projects', id),
    /** The data desk: the operation's progress in charts and tables. */
    data: (lang: Lang) => page(lang, 'data'),
    /** A file under the site root, e.g. `favicon.svg`: no trailing slash. */
    file,
    /** The column's RSS feed in `lang`. */
    feed: (lang: Lang) => file(join(LOCALE_PREFIX[lang], 'rss.xml')),
    /** One district's RSS feed in `lang`. */
    districtFeed: (lang: Lang, id: string) =>
      file(join(LOCALE_PREFIX[lang], 'districts', id, 'rss.xml')),
    /** An open-data download, e.g. `districts.csv`: one file for every language. */
    dataFile: (name: string) => file(join('data', name)),
    /** The 1200×630 picture shown when an issue is shared. */
    socialImage: (lang: Lang, number: number) =>
      file(join(LOCALE_PREFIX[lang], 'og', 'issues', `${number}.png`)),
    /** The picture shown when any other page is shared. */
    defaultSocialImage: () => file('og/default.png'),
    /**
     * The same page in another language: `path` is a page URL made by these helpers for
     * `from`, e.g. `/zh/districts/` → `/districts/`.
     */
    translate: (path: string, from: Lang, to: Lang) => {
      const fromRoot = page(from);
      if (!path.startsWith(fromRoot))
        throw new Error(`${path} is not a ${from} page under ${fromRoot}`);
      const rest = path.slice(fromRoot.length);
      return `${page(to)}${rest}`;
    },
  };
}

export type Urls = ReturnType<typeof createUrls>;

/**
 * The site's URLs for the configured base and site. Read from `SITE_BASE` and `SITE_URL` like
 * astro.config.mjs does, not from `import.meta.env.BASE_URL`, which Astro lets any
 * same-named environment variable override during a build.
 */
const env = readBuildEnv();
export const urls: Urls = createUrls(env.base, env.site);
