import { describe, expect, test } from 'vitest';
import { LANGS } from '../i18n/langs';
import {
  createUrls,
  ISSUE_PAGE_PATH,
  localeParam,
  localePaths,
  PROJECT_PAGE_PATH,
  sitemapLocales,
} from './urls';

describe('sitemapLocales', () => {
  test('names each locale by its path prefix, English at the root the default', () => {
    expect(sitemapLocales()).toEqual({
      defaultLocale: 'en',
      locales: { en: 'en', zh: 'zh-CN' },
    });
  });
});

describe('createUrls', () => {
  describe('at the domain root', () => {
    const urls = createUrls('/');

    test('returns the root for the English home and /zh/ for the Chinese one', () => {
      expect(urls.home('en')).toBe('/');
      expect(urls.home('zh-CN')).toBe('/zh/');
    });

    test('returns the archive URL itself for page 1', () => {
      expect(urls.archive('en')).toBe('/issues/');
      expect(urls.archive('en', 1)).toBe('/issues/');
      expect(urls.archive('zh-CN')).toBe('/zh/issues/');
    });

    test('returns /issues/page/n/ for later archive pages', () => {
      expect(urls.archive('en', 2)).toBe('/issues/page/2/');
      expect(urls.archive('zh-CN', 3)).toBe('/zh/issues/page/3/');
    });

    test('treats page numbers below 1 as the first page', () => {
      expect(urls.archive('en', 0)).toBe('/issues/');
    });

    test('returns /issues/<number>/ for an issue', () => {
      expect(urls.issue('en', 4)).toBe('/issues/4/');
      expect(urls.issue('zh-CN', 4)).toBe('/zh/issues/4/');
    });

    test('returns the district index and one district page', () => {
      expect(urls.districts('en')).toBe('/districts/');
      expect(urls.districts('zh-CN')).toBe('/zh/districts/');
      expect(urls.district('en', 'hanting')).toBe('/districts/hanting/');
      expect(urls.district('zh-CN', 'hanting')).toBe('/zh/districts/hanting/');
    });

    test('returns the about page', () => {
      expect(urls.about('en')).toBe('/about/');
      expect(urls.about('zh-CN')).toBe('/zh/about/');
    });

    test('returns the project index and one project page', () => {
      expect(urls.projects('en')).toBe('/projects/');
      expect(urls.projects('zh-CN')).toBe('/zh/projects/');
      expect(urls.project('en', 'xingfu-road-primary')).toBe('/projects/xingfu-road-primary/');
      expect(urls.project('zh-CN', 'xingfu-road-primary')).toBe(
        '/zh/projects/xingfu-road-primary/',
      );
    });

    test('returns the data desk', () => {
      expect(urls.data('en')).toBe('/data/');
      expect(urls.data('zh-CN')).toBe('/zh/data/');
    });

    test('returns file paths without a trailing slash', () => {
      expect(urls.file('favicon.svg')).toBe('/favicon.svg');
      expect(urls.file('rss.xml')).toBe('/rss.xml');
      expect(urls.file('districts/hanting/rss.xml')).toBe('/districts/hanting/rss.xml');
    });

    test('drops leading slashes from file paths instead of doubling them', () => {
      expect(urls.file('/rss.xml')).toBe('/rss.xml');
      expect(urls.file('//robots.txt')).toBe('/robots.txt');
    });
  });

  describe('under a sub-path', () => {
    const urls = createUrls('/column/');

    test('prefixes every page with the base', () => {
      expect(urls.home('en')).toBe('/column/');
      expect(urls.home('zh-CN')).toBe('/column/zh/');
      expect(urls.archive('en')).toBe('/column/issues/');
      expect(urls.archive('en', 2)).toBe('/column/issues/page/2/');
      expect(urls.archive('zh-CN', 2)).toBe('/column/zh/issues/page/2/');
      expect(urls.issue('en', 4)).toBe('/column/issues/4/');
      expect(urls.issue('zh-CN', 12)).toBe('/column/zh/issues/12/');
      expect(urls.districts('en')).toBe('/column/districts/');
      expect(urls.district('en', 'hanting')).toBe('/column/districts/hanting/');
      expect(urls.district('zh-CN', 'hanting')).toBe('/column/zh/districts/hanting/');
      expect(urls.about('en')).toBe('/column/about/');
      expect(urls.about('zh-CN')).toBe('/column/zh/about/');
      expect(urls.projects('en')).toBe('/column/projects/');
      expect(urls.project('zh-CN', 'birch-high')).toBe('/column/zh/projects/birch-high/');
      expect(urls.data('zh-CN')).toBe('/column/zh/data/');
    });

    test('prefixes files with the base and no trailing slash', () => {
      expect(urls.file('favicon.svg')).toBe('/column/favicon.svg');
      expect(urls.file('/rss.xml')).toBe('/column/rss.xml');
    });

    test('returns the same URLs when the base lacks its trailing slash', () => {
      const bare = createUrls('/column');
      expect(bare.home('en')).toBe('/column/');
      expect(bare.issue('en', 4)).toBe('/column/issues/4/');
      expect(bare.file('rss.xml')).toBe('/column/rss.xml');
    });
  });

  test('returns only paths that start and end with "/" for every page in every language', () => {
    for (const base of ['/', '/column/']) {
      const urls = createUrls(base);
      for (const lang of LANGS) {
        const pages = [
          urls.home(lang),
          urls.archive(lang),
          urls.archive(lang, 2),
          urls.issue(lang, 4),
          urls.districts(lang),
          urls.district(lang, 'hanting'),
          urls.about(lang),
          urls.projects(lang),
          urls.project(lang, 'xingfu-road-primary'),
        ];
        for (const page of pages) {
          expect(page.startsWith(base)).toBe(true);
          expect(page.endsWith('/')).toBe(true);
          expect(page).not.toContain('//');
        }
      }
    }
  });
});

describe('localeParam', () => {
  test('returns undefined for English, which lives at the root', () => {
    expect(localeParam('en')).toBeUndefined();
  });

  test('returns "zh" for Chinese', () => {
    expect(localeParam('zh-CN')).toBe('zh');
  });
});

describe('localePaths', () => {
  test('returns one path per language, English at the root and Chinese under zh', () => {
    expect(localePaths(['en', 'zh-CN'])).toEqual([
      { params: { locale: undefined }, props: { lang: 'en' } },
      { params: { locale: 'zh' }, props: { lang: 'zh-CN' } },
    ]);
  });
});

describe('absolute', () => {
  test('returns a URL made here with the site’s origin', () => {
    const urls = createUrls('/column/', 'https://news.example.org');
    expect(urls.absolute(urls.issue('zh-CN', 4))).toBe(
      'https://news.example.org/column/zh/issues/4/',
    );
    expect(urls.absolute(urls.file('rss.xml'))).toBe('https://news.example.org/column/rss.xml');
  });
});

describe('ISSUE_PAGE_PATH', () => {
  test('reads the locale prefix and the number of every issue page below the base', () => {
    const urls = createUrls('/column/');
    for (const lang of LANGS) {
      const path = urls.issue(lang, 12).slice('/column/'.length);
      const [, prefix, number] = ISSUE_PAGE_PATH.exec(path) ?? [];
      expect({ prefix: prefix ?? '', number }).toEqual({
        prefix: localeParam(lang) ?? '',
        number: '12',
      });
    }
  });

  test('matches no other page', () => {
    const urls = createUrls('/');
    const others = [urls.archive('en'), urls.archive('en', 2), urls.district('zh-CN', 'hanting')];
    expect(others.map((url) => url.slice(1)).filter((path) => ISSUE_PAGE_PATH.test(path))).toEqual(
      [],
    );
    expect(ISSUE_PAGE_PATH.test('fr/issues/4/')).toBe(false);
  });
});

describe('PROJECT_PAGE_PATH', () => {
  test('reads the locale prefix and the id of every project page below the base', () => {
    const urls = createUrls('/column/');
    for (const lang of LANGS) {
      const path = urls.project(lang, 'xingfu-road-primary').slice('/column/'.length);
      const [, prefix, id] = PROJECT_PAGE_PATH.exec(path) ?? [];
      expect({ prefix: prefix ?? '', id }).toEqual({
        prefix: localeParam(lang) ?? '',
        id: 'xingfu-road-primary',
      });
    }
  });

  test('matches neither the project index nor an issue page', () => {
    const urls = createUrls('/');
    const others = [urls.projects('en'), urls.projects('zh-CN'), urls.issue('en', 4)];
    expect(
      others.map((url) => url.slice(1)).filter((path) => PROJECT_PAGE_PATH.test(path)),
    ).toEqual([]);
  });
});
