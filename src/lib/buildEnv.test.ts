import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SITE_URL, normaliseBase, readBuildEnv } from './buildEnv';

const CWD = resolve('/srv/column-site');

describe('normaliseBase', () => {
  test('returns "/" when the base is missing, empty or only a slash', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('  ')).toBe('/');
  });

  test('returns /column/ whichever slashes the operator wrote', () => {
    expect(normaliseBase('column')).toBe('/column/');
    expect(normaliseBase('/column')).toBe('/column/');
    expect(normaliseBase('column/')).toBe('/column/');
    expect(normaliseBase('/column/')).toBe('/column/');
  });

  test('trims spaces and keeps nested paths', () => {
    expect(normaliseBase(' /a/b/ ')).toBe('/a/b/');
  });

  test('collapses repeated leading and trailing slashes', () => {
    expect(normaliseBase('//column//')).toBe('/column/');
  });
});

describe('readBuildEnv', () => {
  test('returns the defaults when no variable is set', () => {
    expect(readBuildEnv({}, CWD)).toEqual({
      site: DEFAULT_SITE_URL,
      base: '/',
      contentDir: resolve(CWD, 'content'),
      outDir: resolve(CWD, 'dist'),
      cacheDir: resolve(CWD, '.astro'),
    });
  });

  test('returns the overrides, resolved against cwd', () => {
    const env = readBuildEnv(
      {
        SITE_URL: 'https://news.example.org',
        SITE_BASE: 'column',
        COLUMN_CONTENT_DIR: 'test/fixtures/basic/content',
        COLUMN_OUT_DIR: 'test/.output/basic/dist',
      },
      CWD,
    );
    expect(env).toEqual({
      site: 'https://news.example.org',
      base: '/column/',
      contentDir: resolve(CWD, 'test/fixtures/basic/content'),
      outDir: resolve(CWD, 'test/.output/basic/dist'),
      cacheDir: resolve(CWD, 'test/.output/basic/.astro-cache'),
    });
  });

  test('keeps absolute content and output folders as they are', () => {
    const env = readBuildEnv(
      { COLUMN_CONTENT_DIR: '/data/content', COLUMN_OUT_DIR: '/data/out/dist' },
      CWD,
    );
    expect(env.contentDir).toBe(resolve('/data/content'));
    expect(env.outDir).toBe(resolve('/data/out/dist'));
    expect(env.cacheDir).toBe(resolve('/data/out/.astro-cache'));
  });

  test('returns the origin of SITE_URL, dropping a trailing slash and spaces', () => {
    expect(readBuildEnv({ SITE_URL: ' https://news.example.org/ ' }, CWD).site).toBe(
      'https://news.example.org',
    );
    expect(readBuildEnv({ SITE_URL: 'http://127.0.0.1:8080' }, CWD).site).toBe(
      'http://127.0.0.1:8080',
    );
  });

  test('falls back to the default site when SITE_URL is blank', () => {
    expect(readBuildEnv({ SITE_URL: '   ' }, CWD).site).toBe(DEFAULT_SITE_URL);
  });

  test('throws with the fix when SITE_URL is not an absolute URL', () => {
    expect(() => readBuildEnv({ SITE_URL: 'news.example.org' }, CWD)).toThrow(
      'SITE_URL: "news.example.org" is not an absolute http(s) URL — set it like SITE_URL=https://news.example.org',
    );
  });

  test('throws when SITE_URL is not http or https', () => {
    expect(() => readBuildEnv({ SITE_URL: 'ftp://news.example.org' }, CWD)).toThrow(
      'SITE_URL: "ftp://news.example.org" is not an absolute http(s) URL — set it like SITE_URL=https://news.example.org',
    );
  });

  test('normalises SITE_BASE', () => {
    expect(readBuildEnv({ SITE_BASE: ' /a/b ' }, CWD).base).toBe('/a/b/');
  });

  test('returns no messages language when COLUMN_MESSAGES_LANG is unset or blank', () => {
    expect(readBuildEnv({}, CWD).messagesLang).toBeUndefined();
    expect(readBuildEnv({ COLUMN_MESSAGES_LANG: ' ' }, CWD).messagesLang).toBeUndefined();
  });

  test('returns the language COLUMN_MESSAGES_LANG names', () => {
    expect(readBuildEnv({ COLUMN_MESSAGES_LANG: 'zh-CN' }, CWD).messagesLang).toBe('zh-CN');
    expect(readBuildEnv({ COLUMN_MESSAGES_LANG: ' en ' }, CWD).messagesLang).toBe('en');
  });

  test('throws with the languages when COLUMN_MESSAGES_LANG names another', () => {
    expect(() => readBuildEnv({ COLUMN_MESSAGES_LANG: 'zh' }, CWD)).toThrow(
      'COLUMN_MESSAGES_LANG: "zh" is not a language of the column — set it to one of: en, zh-CN',
    );
  });
});
