import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from './contentFile';
import { checkMdxBody } from './mdxCheck';
import {
  issueFileName,
  issueSlug,
  nextIssueNumber,
  renderIssue,
  type ScaffoldInput,
} from './scaffold';
import { issueSchema, LANGS, PROJECT_KINDS, PROJECT_STATUSES, QUALIFIERS } from './schema';

describe('nextIssueNumber', () => {
  test('returns 1 when there are no issues', () => {
    expect(nextIssueNumber([])).toBe(1);
  });

  test('returns one more than the highest, not the first gap', () => {
    expect(nextIssueNumber([{ issue: 1 }, { issue: 9 }, { issue: 4 }])).toBe(10);
  });

  test('counts the issues of every language, so a new report never joins another as its edition', () => {
    const existing = [
      { issue: 4, lang: 'en' },
      { issue: 12, lang: 'en' },
      { issue: 2, lang: 'zh-CN' },
    ] as const;
    expect(nextIssueNumber(existing)).toBe(13);
    const chineseFirst = [
      { issue: 2, lang: 'zh-CN' },
      { issue: 7, lang: 'en' },
    ] as const;
    expect(nextIssueNumber(chineseFirst)).toBe(8);
  });
});

describe('issueSlug', () => {
  test('returns the English title as lower-case words joined by hyphens', () => {
    expect(issueSlug('Hanting Builds New Schools', 'hanting', 'en')).toBe(
      'hanting-builds-new-schools',
    );
  });

  test('drops apostrophes instead of splitting the word', () => {
    expect(issueSlug("Weifang's schools", 'kuiwen', 'en')).toBe('weifangs-schools');
    expect(issueSlug('Qingzhou’s old town', 'qingzhou', 'en')).toBe('qingzhous-old-town');
  });

  test('strips accents to plain letters', () => {
    expect(issueSlug('Café École Zürich', 'kuiwen', 'en')).toBe('cafe-ecole-zurich');
  });

  test('drops punctuation and keeps digits', () => {
    expect(issueSlug('3.076 billion yuan: a plan!', 'hanting', 'en')).toBe(
      '3-076-billion-yuan-a-plan',
    );
  });

  test('returns at most six words', () => {
    expect(
      issueSlug('One two three four five six seven eight', 'hanting', 'en').split('-'),
    ).toEqual(['one', 'two', 'three', 'four', 'five', 'six']);
  });

  test('returns the district id with -zh for a Chinese title', () => {
    expect(issueSlug('寒亭区新建学校', 'hanting', 'zh-CN')).toBe('hanting-zh');
  });

  test('returns the district id when a Chinese title holds only numbers in ASCII', () => {
    expect(issueSlug('寒亭区2024年新建学校', 'hanting', 'zh-CN')).toBe('hanting-zh');
  });

  test('returns the ASCII words of a Chinese title that has some', () => {
    expect(issueSlug('寒亭区 Xingfu Road 小学 2024', 'hanting', 'zh-CN')).toBe('xingfu-road-2024');
  });

  test('returns the district id when there is no title', () => {
    expect(issueSlug(undefined, 'qingzhou', 'en')).toBe('qingzhou');
    expect(issueSlug('', 'qingzhou', 'en')).toBe('qingzhou');
    expect(issueSlug('  ', 'qingzhou', 'en')).toBe('qingzhou');
  });

  test('returns the district id with -zh when a Chinese issue has no title', () => {
    expect(issueSlug(undefined, 'hanting', 'zh-CN')).toBe('hanting-zh');
  });
});

describe('issueFileName', () => {
  test('returns the number padded to three digits, then the slug', () => {
    expect(issueFileName(5, 'hanting-schools')).toBe('005-hanting-schools.mdx');
    expect(issueFileName(42, 'x')).toBe('042-x.mdx');
    expect(issueFileName(123, 'x')).toBe('123-x.mdx');
  });

  test('returns numbers above 999 in full', () => {
    expect(issueFileName(1000, 'x')).toBe('1000-x.mdx');
  });
});

/** The scaffold's frontmatter, body and body line, split as the content check splits an issue. */
function splitIssue(text: string) {
  const parts = splitFrontmatter(text);
  if (!parts) throw new Error('no frontmatter in the scaffold');
  return parts;
}

/** The schema the content check validates issues with. */
const schema = issueSchema({ coverImage: z.string(), district: z.string(), defaultLang: 'en' });

const EN_INPUT: ScaffoldInput = {
  number: 5,
  districtId: 'qingzhou',
  districtName: 'Qingzhou City',
  lang: 'en',
  title: 'Qingzhou opens new schools',
  today: '2024-03-09',
  author: 'Weifang Education Release',
};

const ZH_INPUT: ScaffoldInput = {
  number: 1,
  districtId: 'hanting',
  districtName: '寒亭区',
  lang: 'zh-CN',
  title: '寒亭区新建学校',
  today: '2024-03-09',
  author: '潍坊教育发布',
};

let contentDir: string;

beforeAll(() => {
  contentDir = mkdtempSync(join(tmpdir(), 'scaffold-'));
});

afterAll(() => {
  rmSync(contentDir, { recursive: true, force: true });
});

describe('renderIssue', () => {
  describe.each([
    ['English', EN_INPUT],
    ['Chinese', ZH_INPUT],
  ] as const)('for an issue in %s', (_, input) => {
    const text = renderIssue(input);
    const { frontmatter, body, bodyStartLine } = splitIssue(text);
    const data: unknown = parse(frontmatter);

    test('returns frontmatter that validates against the issue schema', () => {
      const result = schema.safeParse(data);
      expect(result.error?.issues ?? []).toEqual([]);
    });

    test('returns a draft with the given number, district, date, language and byline', () => {
      const result = schema.parse(data);
      expect(result.draft).toBe(true);
      expect(result.issue).toBe(input.number);
      expect(result.district).toBe(input.districtId);
      expect(result.published).toEqual(new Date(`${input.today}T00:00:00Z`));
      expect(result.lang).toBe(input.lang);
      expect(result.author).toBe(input.author);
      expect(result.title).toBe(input.title);
      expect(result.stats).toBeUndefined();
      expect(result.projects).toEqual([]);
      expect(result.tags).toEqual([]);
      expect(result.corrections).toEqual([]);
    });

    test('returns frontmatter that still validates once draft is set to false', () => {
      expect(text.match(/^draft: true$/gm)).toHaveLength(1);
      const published = splitIssue(text.replace(/^draft: true$/m, 'draft: false'));
      const result = schema.safeParse(parse(published.frontmatter));
      expect(result.error?.issues ?? []).toEqual([]);
      expect(result.data?.draft).toBe(false);
    });

    test('returns a body that passes the MDX check', () => {
      expect(body.trim()).not.toBe('');
      expect(checkMdxBody('content/issues/new.mdx', body, bodyStartLine, contentDir)).toEqual([]);
    });

    test('returns a body that uses the components editors may use', () => {
      for (const name of ['Stat', 'Callout', 'PullQuote']) expect(body).toContain(`<${name}`);
    });
  });

  test('returns the title quoted so YAML keeps colons, quotes and # in it', () => {
    const title = 'Qingzhou: "new" schools # 2024';
    const data = schema.parse(parse(splitIssue(renderIssue({ ...EN_INPUT, title })).frontmatter));
    expect(data.title).toBe(title);
  });

  test('returns a placeholder English headline naming the district when there is no title', () => {
    const data = schema.parse(
      parse(splitIssue(renderIssue({ ...EN_INPUT, title: undefined })).frontmatter),
    );
    expect(data.title).toBe('Qingzhou City: headline to come');
  });

  test('returns a placeholder Chinese headline when a Chinese issue has a blank title', () => {
    const data = schema.parse(
      parse(splitIssue(renderIssue({ ...ZH_INPUT, title: '  ' })).frontmatter),
    );
    expect(data.title).toBe('寒亭区：标题待定');
  });

  test('returns Chinese placeholder text for a Chinese issue', () => {
    const data = schema.parse(parse(splitIssue(renderIssue(ZH_INPUT)).frontmatter));
    expect(data.summary).toBe('用一两句话概括本期内容。');
    expect(data.source).toBe('供稿单位');
  });

  describe('for a Chinese issue', () => {
    const text = renderIssue(ZH_INPUT);
    const { frontmatter, body } = splitIssue(text);
    /** The field names the frontmatter writes, commented out or not. */
    const fields = new Set([...frontmatter.matchAll(/([A-Za-z]+):/g)].map((match) => match[1]));
    /** What a Chinese comment may spell in Latin letters besides field names. */
    const allowed = new Set<string>([
      ...PROJECT_KINDS,
      ...PROJECT_STATUSES,
      ...QUALIFIERS,
      ...LANGS,
      ...['YYYY-MM-DD', 'true', 'false', 'npm', 'run', 'validate', 'dev'],
      // The example project's id.
      'xingfu-road-primary',
    ]);
    /** Latin words of four letters or more left in `line`, paths and allowed words aside. */
    const englishIn = (line: string, allow: (word: string) => boolean) =>
      (line.replace(/\S*(?:\/|\.[A-Za-z])\S*/g, ' ').match(/[A-Za-z][A-Za-z-]*/g) ?? []).filter(
        (word) => word.length >= 4 && !allow(word),
      );

    test('returns every comment in Chinese, field names and values aside', () => {
      const comments = frontmatter.split('\n').filter((line) => /^\s*#/.test(line));
      expect(comments.length).toBeGreaterThan(20);
      const english = comments.flatMap((line) =>
        englishIn(line, (word) => fields.has(word) || allowed.has(word)).map(
          (word) => `${word} in ${line.trim()}`,
        ),
      );
      expect(english).toEqual([]);
    });

    test('returns the article placeholders in Chinese, component markup aside', () => {
      const prose = body.replace(/<[^>]*>/g, ' ').replace(/\{\/\*|\*\/\}/g, ' ');
      expect(englishIn(prose, (word) => word === 'Markdown')).toEqual([]);
      expect(body).toContain('<Figure src="images/example.jpg" alt="图片内容"');
    });

    test('finds an English comment when one is left', () => {
      const line = '# Headline, at most 120 characters.';
      expect(englishIn(line, (word) => fields.has(word) || allowed.has(word))).toEqual([
        'Headline',
        'most',
        'characters',
      ]);
    });
  });
});
