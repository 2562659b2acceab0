import { describe, expect, test } from 'vitest';
import { MDX_COMPONENT_NAMES } from '../lib/mdxCheck';
import { DISTRICT_KINDS, PROJECT_KINDS, PROJECT_STATUSES, QUALIFIERS } from '../lib/schema';
import {
  argError,
  counted,
  isCheckMessage,
  mdxError,
  msg,
  parseLang,
  quoted,
  renderMessage,
  yamlError,
} from './checks';
import { checksEn, type CheckKey } from './checks.en';
import { argErrorsZhCN, checksZhCN, mdxErrorsZhCN, yamlErrorsZhCN } from './checks.zh-CN';
import { LANGS } from './langs';

const KEYS = Object.keys(checksEn) as CheckKey[];

/** The `{name}` placeholders of a string, sorted. */
function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').toSorted();
}

describe('the catalogues', () => {
  test('have the same keys in both languages', () => {
    expect(Object.keys(checksZhCN).toSorted()).toEqual(KEYS.toSorted());
  });

  test.each(KEYS)('give %s the same placeholders in both languages', (key) => {
    expect(placeholders(checksZhCN[key])).toEqual(placeholders(checksEn[key]));
  });

  test('leave no string empty', () => {
    for (const key of KEYS) {
      expect(checksEn[key].trim(), key).not.toBe('');
      expect(checksZhCN[key].trim(), key).not.toBe('');
    }
  });

  /**
   * What a Chinese message may spell in Latin letters: field names and the values they take,
   * components and their attributes, commands, and the names of formats and tools.
   */
  const LATIN_ALLOWED = new Set<string>([
    ...PROJECT_KINDS,
    ...PROJECT_STATUSES,
    ...DISTRICT_KINDS,
    ...QUALIFIERS,
    ...LANGS,
    ...MDX_COMPONENT_NAMES,
    ...['alt', 'date', 'district', 'en', 'zh', 'id', 'kind', 'name', 'note', 'places', 'status'],
    ...['year', 'qualifier'],
    ...['projects', 'published', 'start', 'src', 'label', 'value', 'set', 'html', 'hanting'],
    ...['planned', 'underConstruction', 'completed', 'xingfu-road-primary'],
    ...['npm', 'run', 'validate', 'dev', 'astro', 'build', 'git', 'import', 'export'],
    ...['true', 'false', 'https'],
    ...['YAML', 'MDX', 'Markdown', 'HTML', 'Tab', 'YYYY-MM-DD'],
    // The English half of a bilingual name, in the example of how to write one.
    ...['Hanting', 'District'],
  ]);

  /** Latin words left in `text` once placeholders, code and paths are set aside. */
  function latinWords(text: string): string[] {
    const prose = text
      .replace(/\{\w+\}/g, ' ')
      .replace(/`[^`]*`/g, ' ')
      // Paths, file names and addresses: content/images/, 004-hanting.mdx, https://…
      .replace(/\S*(?:\/|\.[A-Za-z])\S*/g, ' ');
    return prose.match(/[A-Za-z][A-Za-z-]*/g) ?? [];
  }

  const chinese = [
    ...Object.entries(checksZhCN),
    ...Object.entries(yamlErrorsZhCN),
    ...Object.entries(mdxErrorsZhCN.rules),
    ['mdx other', mdxErrorsZhCN.other],
    ...Object.entries(argErrorsZhCN.codes),
    ['args other', argErrorsZhCN.other],
  ];

  test.each(chinese)('leave no English words in the Chinese of %s', (_, text) => {
    expect(latinWords(text).filter((word) => !LATIN_ALLOWED.has(word))).toEqual([]);
  });

  test('find English words where they are left', () => {
    expect(latinWords('请 check the spelling：见 docs/editing.md 和 {field}')).toEqual([
      'check',
      'the',
      'spelling',
    ]);
  });
});

describe('renderMessage', () => {
  test('returns the message in the language, its placeholders filled', () => {
    const message = msg('issue.taken.fix', { next: 5 });
    expect(renderMessage('en', message)).toBe('give this issue a free number, e.g. 5');
    expect(renderMessage('zh-CN', message)).toBe('改用没有占用的期号，如 5');
  });

  test('renders a message given as a value in the same language', () => {
    const message = msg('schema.missing.fix', { fix: msg('fix.count') });
    expect(renderMessage('en', message)).toBe('add it: write digits only, e.g. 600');
    expect(renderMessage('zh-CN', message)).toBe('补上：只写数字，如 600');
  });

  test('joins a list as the language joins one', () => {
    const message = msg('fix.oneOf', { values: ['en', 'zh-CN'] });
    expect(renderMessage('en', message)).toBe('use one of: en, zh-CN');
    expect(renderMessage('zh-CN', message)).toBe('填以下之一：en、zh-CN');
  });

  test('takes words given per language in the language asked for', () => {
    const message = msg('schema.other', { message: { en: 'Invalid input', 'zh-CN': '无效输入' } });
    expect(renderMessage('en', message)).toBe('Invalid input');
    expect(renderMessage('zh-CN', message)).toBe('无效输入');
  });

  test('throws naming the key when a value is missing', () => {
    expect(() => renderMessage('zh-CN', msg('issue.taken.fix'))).toThrow(
      'checks: "issue.taken.fix" needs a value for {next}',
    );
  });
});

describe('quoted', () => {
  test('quotes text as each language quotes what an editor wrote', () => {
    expect(renderMessage('en', quoted('about 600'))).toBe('"about 600"');
    expect(renderMessage('zh-CN', quoted('about 600'))).toBe('“about 600”');
  });

  test('escapes a line break, so a problem stays on one line', () => {
    expect(renderMessage('en', quoted('two\nlines'))).toBe('"two\\nlines"');
    expect(renderMessage('zh-CN', quoted('two\nlines'))).toBe('“two\\nlines”');
  });
});

describe('counted', () => {
  test('returns the singular for one and the plural otherwise, with the count', () => {
    expect(renderMessage('en', counted('build.problems', 1))).toBe(
      '1 content problem; nothing was built:',
    );
    expect(renderMessage('en', counted('build.problems', 3))).toBe(
      '3 content problems; nothing was built:',
    );
    expect(renderMessage('zh-CN', counted('build.problems', 1))).toBe(
      '内容有 1 处问题，网站没有生成：',
    );
    expect(renderMessage('zh-CN', counted('build.problems', 3))).toBe(
      '内容有 3 处问题，网站没有生成：',
    );
  });

  test('fills the other values given', () => {
    expect(renderMessage('en', counted('validate.valid', 2, { districts: 12 }))).toBe(
      'Content is valid: 2 issues and 12 districts checked.',
    );
    expect(renderMessage('zh-CN', counted('validate.valid', 2, { districts: 12 }))).toBe(
      '内容无误：已检查 2 期、12 个县市区。',
    );
  });
});

describe('the commands’ own lines', () => {
  test.each([
    [
      counted('validate.problems', 1, { dir: 'content' }),
      '1 problem in content/ — fix them and run npm run validate again.',
      '内容目录 content/ 中有 1 处问题，改正后再运行一次 npm run validate。',
    ],
    [
      counted('validate.problems', 2, { dir: 'content' }),
      '2 problems in content/ — fix them and run npm run validate again.',
      '内容目录 content/ 中有 2 处问题，改正后再运行一次 npm run validate。',
    ],
    [
      counted('validate.valid', 1, { districts: 12 }),
      'Content is valid: 1 issue and 12 districts checked.',
      '内容无误：已检查 1 期、12 个县市区。',
    ],
    [counted('dev.problems', 1), '1 content problem:', '内容有 1 处问题：'],
    [counted('dev.problems', 2), '2 content problems:', '内容有 2 处问题：'],
    [msg('build.astroStopped'), 'astro build was stopped.', 'astro build 被中止。'],
    [
      msg('build.missing', { files: ['index.html', '_headers'] }),
      'The build is missing index.html, _headers.',
      '生成的网站缺少 index.html、_headers。',
    ],
    [
      msg('build.moveFailed', { dir: 'dist', error: 'EXDEV' }),
      'Could not move the build into dist/: EXDEV',
      '无法把生成的网站移到 dist/：EXDEV',
    ],
    [
      msg('build.failedNothing'),
      'The build failed; nothing was written.',
      '网站生成失败；没有写入任何内容。',
    ],
  ])('render %j in both languages', (message, en, zh) => {
    expect(renderMessage('en', message)).toBe(en);
    expect(renderMessage('zh-CN', message)).toBe(zh);
  });
});

describe('isCheckMessage', () => {
  test('accepts a message of the catalogue', () => {
    expect(isCheckMessage(msg('schema.periodOrder'))).toBe(true);
  });

  test.each([undefined, null, 'schema.periodOrder', { key: 'no.such.key' }, { key: 3 }])(
    'refuses %j',
    (value) => {
      expect(isCheckMessage(value)).toBe(false);
    },
  );
});

describe('parseLang', () => {
  test('returns each language of the site by its exact name', () => {
    for (const lang of LANGS) expect(parseLang(lang)).toBe(lang);
  });

  test.each(['fr', 'zh', 'ZH-cn', ''])('returns undefined for %j', (name) => {
    expect(parseLang(name)).toBeUndefined();
  });
});

describe('yamlError', () => {
  test('returns the reader’s own words in English and the Chinese for its code', () => {
    expect(yamlError('MISSING_CHAR', 'Missing closing "quote')).toEqual({
      en: 'Missing closing "quote',
      'zh-CN': '缺少符号：引号、括号、逗号或冒号没有配对',
    });
  });
});

describe('mdxError', () => {
  test('returns the reason in English and the Chinese for its rule, naming the character', () => {
    expect(
      mdxError({
        reason: 'Unexpected character `6` (U+0036) before name',
        source: 'micromark-extension-mdx-jsx',
        ruleId: 'unexpected-character',
        char: '6',
      }),
    ).toEqual({
      en: 'Unexpected character `6` (U+0036) before name',
      'zh-CN': '标签里不能出现“6”',
    });
  });

  test('returns the general Chinese for a rule it does not know, or a character it lacks', () => {
    expect(mdxError({ reason: 'Something new', source: 'remark-mdx', ruleId: 'new-rule' })).toEqual(
      { en: 'Something new', 'zh-CN': '这里的写法无法识别' },
    );
    expect(
      mdxError({
        reason: 'Unexpected character',
        source: 'micromark-extension-mdx-jsx',
        ruleId: 'unexpected-character',
      })['zh-CN'],
    ).toBe('这里的写法无法识别');
  });
});

describe('argError', () => {
  test('returns Node’s words in English and the Chinese for its code', () => {
    expect(
      argError({ code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION', message: "Unknown option '--x'" }),
    ).toEqual({ en: "Unknown option '--x'", 'zh-CN': '没有这个选项' });
  });

  test('returns the general Chinese for an error without a known code', () => {
    expect(argError({ message: 'Something else' })).toEqual({
      en: 'Something else',
      'zh-CN': '命令写法不对',
    });
  });
});
