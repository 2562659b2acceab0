import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'astro/zod';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { checkContent } from './contentCheck';
import { describedIn, linesIn, saidIn } from '../../test/support/messages';
import { msg } from '../i18n/checks';
import { describeIssue } from './yamlCheck';

const COLUMN_YAML = `title: { en: Three-Year Tackling Operation, zh: 三年攻坚行动 }
publisher: { en: Weifang Education Release, zh: 潍坊教育发布 }
description: { en: The column follows each district., zh: 本栏目逐一跟踪各县市区。 }
defaultLang: en
targets:
  period: { start: 2022, end: 2024 }
  publicKindergartens: 360
  compulsorySchools: 134
  highSchools: 10
`;

const DISTRICTS_YAML = `- id: kuiwen
  name: { en: Kuiwen District, zh: 奎文区 }
  kind: district
  blurb: { en: The central urban district., zh: 中心城区。 }
- id: hanting
  name: { en: Hanting District, zh: 寒亭区 }
  kind: district
  blurb: { en: Home to Yangjiabu., zh: 境内有杨家埠。 }
`;

/**
 * Frontmatter lines of a valid issue. In the file, line 1 is `---`, so these are lines 2–8
 * and the first extra line given to `issueFile` is line 9.
 */
const BASE_FIELDS = {
  title: 'title: Hanting plans new schools',
  summary: 'summary: Hanting will build schools and kindergartens.',
  issue: 'issue: 4',
  district: 'district: hanting',
  published: 'published: 2022-08-15',
  author: 'author: Hanting Rong Media',
  source: 'source: School Construction Office',
} as const;

type BaseField = keyof typeof BASE_FIELDS;

interface IssueOptions {
  /** Base fields to replace (by whole line) or drop (with `null`). */
  replace?: Partial<Record<BaseField, string | null>>;
  /** Lines added after the base fields, starting at line 9 when none is dropped. */
  extra?: string[];
  /** Lines of the article; the body starts two lines after the closing `---`. */
  body?: string[];
}

function issueFile({
  replace = {},
  extra = [],
  body = ['Hanting plans new schools.'],
}: IssueOptions = {}) {
  const fields = (Object.keys(BASE_FIELDS) as BaseField[])
    .map((key) => (key in replace ? replace[key] : BASE_FIELDS[key]))
    .filter((line): line is string => typeof line === 'string');
  return ['---', ...fields, ...extra, '---', '', ...body, ''].join('\n');
}

/** `text` as Notepad on Windows saves it: a UTF-8 byte-order mark and CRLF line endings. */
const savedOnWindows = (text: string) => `\uFEFF${text.replace(/\n/g, '\r\n')}`;

/** Line of the first body line in an `issueFile` with `frontmatterLines` field lines. */
const firstBodyLine = (frontmatterLines: number) => frontmatterLines + 4;

const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/**
 * Writes a content folder under a fresh temporary root: `column.yaml` and `districts.yaml`
 * unless overridden (`null` leaves a file out), plus the given files.
 */
function site(files: Record<string, string | null> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'column-content-check-'));
  roots.push(root);
  const contentDir = join(root, 'content');
  const all: Record<string, string | null> = {
    'column.yaml': COLUMN_YAML,
    'districts.yaml': DISTRICTS_YAML,
    // The picture <Figure src="images/school.jpg"> points at, relative to the content folder.
    'images/school.jpg': 'jpeg',
    ...files,
  };
  for (const [path, text] of Object.entries(all)) {
    if (text === null) continue;
    const full = join(contentDir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return { root, contentDir };
}

/** The problem lines for a content folder, in each language. */
function lines(files: Record<string, string | null>) {
  const { root, contentDir } = site(files);
  return linesIn(checkContent(contentDir, root).problems);
}

const ISSUE_4 = 'content/issues/004-hanting.mdx';

describe('checkContent', () => {
  describe('on clean content', () => {
    test('returns no problems and counts issues and districts', () => {
      const { root, contentDir } = site({
        'issues/004-hanting.mdx': issueFile(),
        'issues/005-kuiwen.mdx': issueFile({
          replace: { issue: 'issue: 5', district: 'district: kuiwen' },
        }),
      });
      expect(checkContent(contentDir, root)).toEqual({
        problems: [],
        issueCount: 2,
        districtCount: 2,
      });
    });

    test('counts drafts and leaves the operating system’s own files alone', () => {
      const { root, contentDir } = site({
        'issues/004-hanting.mdx': issueFile({ extra: ['draft: true'] }),
        'issues/.DS_Store': 'Finder',
        'issues/Thumbs.db': 'Explorer',
      });
      expect(checkContent(contentDir, root)).toEqual({
        problems: [],
        issueCount: 1,
        districtCount: 2,
      });
    });

    test('accepts a full issue with a cover, stats, projects and images with alt text', () => {
      const { root, contentDir } = site({
        'issues/004-hanting.mdx': issueFile({
          extra: [
            'updated: 2022-08-20',
            'cover: { src: ../images/school.jpg, alt: A new primary school }',
            'stats:',
            '  investmentYuan: 3076000000',
            '  period: { start: 2022, end: 2024 }',
            '  kindergartens: { planned: 34, underConstruction: 12, completed: 17 }',
            '  publicKindergartenShareTarget: 0.9',
            'projects:',
            '  - { id: xingfu-road-primary, name: Xingfu Road Primary School, kind: primary, year: 2023, status: planned }',
            'tags: [kindergartens, Investment]',
            'corrections:',
            '  - { date: 2022-08-20, note: Corrected a figure. }',
          ],
          body: [
            '![The new school](images/school.jpg)',
            '<Figure src="images/school.jpg" alt="The new school" />',
            '<Figure src="images/school.jpg" alt={"The new school"} />',
          ],
        }),
      });
      expect(checkContent(contentDir, root).problems).toEqual([]);
    });

    test('allows the same issue number in two languages', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile(),
          'issues/004-hanting-zh.mdx': issueFile({ extra: ['lang: zh-CN'] }),
        }),
      ).toEqual({ en: [], 'zh-CN': [] });
    });

    test('accepts files saved on Windows, with a byte-order mark and CRLF line endings', () => {
      const { root, contentDir } = site({
        'column.yaml': savedOnWindows(COLUMN_YAML),
        'districts.yaml': savedOnWindows(DISTRICTS_YAML),
        'issues/004-hanting.mdx': savedOnWindows(
          issueFile({
            extra: ['stats:', '  newPlaces: 6684'],
            body: ['Hanting plans new schools.', '', '<Stat value="6,684" label="new places" />'],
          }),
        ),
      });
      expect(checkContent(contentDir, root)).toEqual({
        problems: [],
        issueCount: 1,
        districtCount: 2,
      });
    });

    test('counts no issues when the issues folder is missing', () => {
      const { root, contentDir } = site();
      expect(checkContent(contentDir, root)).toEqual({
        problems: [],
        issueCount: 0,
        districtCount: 2,
      });
    });
  });

  describe('in an issue', () => {
    test('reports a count written in words with its line and the fix', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({ extra: ['stats:', '  newPlaces: "many"'] }),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:10 stats.newPlaces: expected a whole number, got "many" — write digits only, e.g. 600`,
        ],
        'zh-CN': [`${ISSUE_4}:10 stats.newPlaces: 应为整数，现在是“many” — 只写数字，如 600`],
      });
    });

    test('reports a count written with the source’s qualifier in words, suggesting the qualified form', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({ extra: ['stats:', '  newPlaces: "about 600"'] }),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:10 stats.newPlaces: expected a whole number, got "about 600" — write the number and the source’s qualifier apart: { value: 600, qualifier: about }`,
        ],
        'zh-CN': [
          `${ISSUE_4}:10 stats.newPlaces: 应为整数，现在是“about 600” — 把数字和来源的限定词分开写：{ value: 600, qualifier: about }`,
        ],
      });
    });

    test('reports a fractional count as not a whole number', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({
            extra: ['stats:', '  kindergartens: { planned: 3.5 }'],
          }),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:10 stats.kindergartens.planned: expected a whole number, got 3.5 — write digits only, e.g. 600`,
        ],
        'zh-CN': [
          `${ISSUE_4}:10 stats.kindergartens.planned: 应为整数，现在是3.5 — 只写数字，如 600`,
        ],
      });
    });

    test('reports stages under way that add up to more than the plan, with the rule and its fix', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({
            extra: [
              'stats:',
              '  kindergartens:',
              '    planned: 20',
              '    underConstruction: 12',
              '    completed: 17',
            ],
          }),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:12 stats.kindergartens.underConstruction: underConstruction + completed (29) is more than planned (20); under construction and completed are parts of the plan — check the counts against the source: planned counts every one in the plan, including those started or finished`,
        ],
        'zh-CN': [
          `${ISSUE_4}:12 stats.kindergartens.underConstruction: underConstruction + completed（29）大于计划数（20）；在建和竣工都是计划的一部分 — 对照来源核对：planned 是计划的全部，包括已开工和已竣工的`,
        ],
      });
    });

    test('reports a qualified figure with an unknown qualifier on its qualifier, naming the ones allowed', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({
            extra: ['stats:', '  newPlaces:', '    value: 600', '    qualifier: above'],
          }),
        }).en,
      ).toEqual([
        `${ISSUE_4}:12 stats.newPlaces.qualifier: "above" is not an allowed value — use one of: more-than, at-least, about, up-to`,
      ]);
    });

    test('accepts qualified figures and a project without a year', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({
            extra: [
              'stats:',
              '  publicKindergartenShareTarget: { value: 0.9, qualifier: more-than }',
              '  schools: { planned: { value: 13, qualifier: about }, completed: 5 }',
              '  milestones:',
              '    - { year: 2023, schools: 4 }',
              '    - { year: 2023, kindergartens: 5, places: { value: 1560, qualifier: at-least } }',
              'projects:',
              '  - { id: xingfu-road-primary, name: Xingfu Road Primary School, kind: primary, status: planned }',
            ],
          }),
        }),
      ).toEqual({ en: [], 'zh-CN': [] });
    });

    test('reports a negative count and a share above 1 with their limits', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({
            extra: ['stats:', '  newPlaces: -5', '  publicKindergartenShareTarget: 1.5'],
          }),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:10 stats.newPlaces: -5 is below the minimum of 0 — write digits only, e.g. 600`,
          `${ISSUE_4}:11 stats.publicKindergartenShareTarget: 1.5 is above the maximum of 1 — write a fraction between 0 and 1, e.g. 0.9 for 90%`,
        ],
        'zh-CN': [
          `${ISSUE_4}:10 stats.newPlaces: -5 低于下限 0 — 只写数字，如 600`,
          `${ISSUE_4}:11 stats.publicKindergartenShareTarget: 1.5 超过了上限 1 — 写 0 到 1 之间的小数，如 90% 写作 0.9`,
        ],
      });
    });

    test('reports a missing required field at the start of the frontmatter', () => {
      expect(lines({ 'issues/004-hanting.mdx': issueFile({ replace: { author: null } }) })).toEqual(
        {
          en: [
            `${ISSUE_4}:2 author: is missing — add it: write the byline, e.g. Hanting Rong Media`,
          ],
          'zh-CN': [`${ISSUE_4}:2 author: 缺少这一项 — 补上：写署名，如“寒亭区融媒体中心”`],
        },
      );
    });

    test('reports a title over the limit with its length', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({ replace: { title: `title: ${'x'.repeat(121)}` } }),
        }),
      ).toEqual({
        en: [`${ISSUE_4}:2 title: is 121 characters long; the limit is 120 — shorten it`],
        'zh-CN': [`${ISSUE_4}:2 title: 有 121 个字符，超过了 120 个字符的上限 — 改短一些`],
      });
    });

    test('reports an issue number below 1', () => {
      expect(
        lines({ 'issues/004-hanting.mdx': issueFile({ replace: { issue: 'issue: 0' } }) }),
      ).toEqual({
        en: [
          `${ISSUE_4}:4 issue: 0 is below the minimum of 1 — write the issue number in digits, e.g. 5`,
        ],
        'zh-CN': [`${ISSUE_4}:4 issue: 0 低于下限 1 — 用数字写期号，如 5`],
      });
    });

    test('reports an unknown enum value with the allowed values', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({
            extra: [
              'lang: fr',
              'projects:',
              '  - { id: hanting-college, name: Hanting College, kind: university, year: 2023, status: planned }',
            ],
          }),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:9 lang: "fr" is not an allowed value — use one of: en, zh-CN`,
          `${ISSUE_4}:11 projects[0].kind: "university" is not an allowed value — use one of: kindergarten, primary, middle, nine-year, high, other`,
        ],
        'zh-CN': [
          `${ISSUE_4}:9 lang: “fr”不是允许的值 — 改用以下之一：en、zh-CN`,
          `${ISSUE_4}:11 projects[0].kind: “university”不是允许的值 — 改用以下之一：kindergarten、primary、middle、nine-year、high、other`,
        ],
      });
    });

    test('reports an unknown district and lists the valid ids', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({ replace: { district: 'district: weicheng' } }),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:5 district: "weicheng" is not in content/districts.yaml — use one of: kuiwen, hanting`,
        ],
        'zh-CN': [
          `${ISSUE_4}:5 district: content/districts.yaml 中没有这个县市区：“weicheng” — 改用以下之一：kuiwen、hanting`,
        ],
      });
    });

    test('reports an update date before the publication date', () => {
      expect(
        lines({ 'issues/004-hanting.mdx': issueFile({ extra: ['updated: 2022-08-14'] }) }),
      ).toEqual({
        en: [
          `${ISSUE_4}:9 updated: the update date is before the publication date — write the date as YYYY-MM-DD, on or after \`published\``,
        ],
        'zh-CN': [
          `${ISSUE_4}:9 updated: 更新日期早于发布日期 — 日期写成 YYYY-MM-DD，不早于 \`published\``,
        ],
      });
    });

    test('reports a date in another format in plain words', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({ replace: { published: 'published: 15/08/2022' } }),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:6 published: expected a date written YYYY-MM-DD, got "15/08/2022" — write the date as YYYY-MM-DD, e.g. 2022-08-15`,
        ],
        'zh-CN': [
          `${ISSUE_4}:6 published: 应为日期（写成 YYYY-MM-DD），现在是“15/08/2022” — 日期写成 YYYY-MM-DD，如 2022-08-15`,
        ],
      });
    });

    test('reports a period that starts after it ends at its end year', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({
            extra: ['stats:', '  period:', '    start: 2024', '    end: 2022'],
          }),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:12 stats.period.end: the start year is after the end year — write a four-digit year, not before \`start\``,
        ],
        'zh-CN': [
          `${ISSUE_4}:12 stats.period.end: 开始年份晚于结束年份 — 写四位数的年份，不早于 \`start\``,
        ],
      });
    });

    test('reports a cover without alt text', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({ extra: ['cover: { src: ../images/school.jpg }'] }),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:9 cover.alt: is missing — add it: describe the picture in a sentence for readers who cannot see it`,
        ],
        'zh-CN': [
          `${ISSUE_4}:9 cover.alt: 缺少这一项 — 补上：用一句话说明图片内容，供看不到图片的读者了解`,
        ],
      });
    });

    test('reports a cover whose file does not exist', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({
            extra: ['cover:', '  src: ./images/missing.jpg', '  alt: A new primary school'],
          }),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:10 cover.src: no image at ./images/missing.jpg — put the picture in content/images/ and write its path from the issue, e.g. ../images/school.jpg`,
        ],
        'zh-CN': [
          `${ISSUE_4}:10 cover.src: 找不到图片：./images/missing.jpg — 把图片放进 content/images/，从本期文件出发写路径，如 ../images/school.jpg`,
        ],
      });
    });

    test('reports a Markdown image without alt text on its body line', () => {
      const body = ['Hanting plans new schools.', '', '![](images/school.jpg)'];
      expect(lines({ 'issues/004-hanting.mdx': issueFile({ body }) })).toEqual({
        en: [
          `${ISSUE_4}:${firstBodyLine(7) + 2} body: an image has no alt text — describe the picture between the brackets: ![what it shows](…)`,
        ],
        'zh-CN': [
          `${ISSUE_4}:${firstBodyLine(7) + 2} body: 图片缺少替代文字 — 在方括号里描述图片：![图片内容](…)`,
        ],
      });
    });

    test('reports a <Figure> without alt text or with an empty one', () => {
      const body = [
        '<Figure src="images/school.jpg" />',
        '',
        '<Figure src="images/school.jpg" alt="" />',
      ];
      expect(lines({ 'issues/004-hanting.mdx': issueFile({ body }) })).toEqual({
        en: [
          `${ISSUE_4}:${firstBodyLine(7)} body: a <Figure> has no alt text — add alt="what the picture shows"`,
          `${ISSUE_4}:${firstBodyLine(7) + 2} body: a <Figure> has no alt text — add alt="what the picture shows"`,
        ],
        'zh-CN': [
          `${ISSUE_4}:${firstBodyLine(7)} body: <Figure> 缺少替代文字 — 加上 alt="图片内容"`,
          `${ISSUE_4}:${firstBodyLine(7) + 2} body: <Figure> 缺少替代文字 — 加上 alt="图片内容"`,
        ],
      });
    });

    test('accepts <Figure> alt text in any JSX attribute form', () => {
      const body = [
        `<Figure src="images/school.jpg" alt='The new school' />`,
        '<Figure src="images/school.jpg" alt={"The new school"} />',
        '<Figure src="images/school.jpg" alt={`The new school`} />',
      ];
      expect(lines({ 'issues/004-hanting.mdx': issueFile({ body }) })).toEqual({
        en: [],
        'zh-CN': [],
      });
    });

    test('reports a <Figure> without alt text written over several lines', () => {
      const body = ['<Figure', '  src="images/school.jpg"', '  caption="The new school"', '/>'];
      expect(lines({ 'issues/004-hanting.mdx': issueFile({ body }) })).toEqual({
        en: [
          `${ISSUE_4}:${firstBodyLine(7)} body: a <Figure> has no alt text — add alt="what the picture shows"`,
        ],
        'zh-CN': [
          `${ISSUE_4}:${firstBodyLine(7)} body: <Figure> 缺少替代文字 — 加上 alt="图片内容"`,
        ],
      });
    });

    test('reports an unknown field on its own line', () => {
      expect(
        lines({ 'issues/004-hanting.mdx': issueFile({ extra: ['subtitle: A plan'] }) }),
      ).toEqual({
        en: [
          `${ISSUE_4}:9 subtitle: unknown field subtitle — check the spelling against the frontmatter table in docs/editing.md, or remove it`,
        ],
        'zh-CN': [
          `${ISSUE_4}:9 subtitle: 没有 subtitle 这个字段 — 对照 docs/editing.zh-CN.md 中的字段表检查拼写，或者删掉它`,
        ],
      });
    });

    test('reports each unknown field inside a group at its own line', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({
            extra: ['stats:', '  places: 600', '  newPlaces: 600', '  schoolz: 3'],
          }),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:10 stats.places: unknown field places — check the spelling against the frontmatter table in docs/editing.md, or remove it`,
          `${ISSUE_4}:12 stats.schoolz: unknown field schoolz — check the spelling against the frontmatter table in docs/editing.md, or remove it`,
        ],
        'zh-CN': [
          `${ISSUE_4}:10 stats.places: 没有 places 这个字段 — 对照 docs/editing.zh-CN.md 中的字段表检查拼写，或者删掉它`,
          `${ISSUE_4}:12 stats.schoolz: 没有 schoolz 这个字段 — 对照 docs/editing.zh-CN.md 中的字段表检查拼写，或者删掉它`,
        ],
      });
    });

    test('reports broken YAML with its line', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({
            replace: { title: 'title: Hanting: 3.076 billion yuan for schools' },
          }),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:2 frontmatter: Nested mappings are not allowed in compact mappings — fix the YAML syntax on that line`,
        ],
        'zh-CN': [
          `${ISSUE_4}:2 frontmatter: YAML 写法有误：一行里有两个“: ”，文字里带“: ”时整段要加引号 — 改正这一行的 YAML 写法`,
        ],
      });
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({ extra: ['tags: [kindergartens, investment'] }),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:9 frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ] — fix the YAML syntax on that line`,
        ],
        'zh-CN': [
          `${ISSUE_4}:9 frontmatter: YAML 写法有误：缩进不对，或括号没有闭合 — 改正这一行的 YAML 写法`,
        ],
      });
    });

    test('reports the right lines in a file with a byte-order mark and CRLF line endings', () => {
      const body = ['Hanting plans new schools.', '', '![](images/school.jpg)'];
      expect(
        lines({
          'issues/004-hanting.mdx': savedOnWindows(
            issueFile({ replace: { author: 'author: ""' }, body }),
          ),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:7 author: is empty — write the byline, e.g. Hanting Rong Media`,
          `${ISSUE_4}:${firstBodyLine(7) + 2} body: an image has no alt text — describe the picture between the brackets: ![what it shows](…)`,
        ],
        'zh-CN': [
          `${ISSUE_4}:7 author: 内容为空 — 写署名，如“寒亭区融媒体中心”`,
          `${ISSUE_4}:${firstBodyLine(7) + 2} body: 图片缺少替代文字 — 在方括号里描述图片：![图片内容](…)`,
        ],
      });
      expect(
        lines({
          'issues/004-hanting.mdx': savedOnWindows(
            issueFile({ extra: ['tags: [kindergartens, investment'] }),
          ),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:9 frontmatter: Flow sequence in block collection must be sufficiently indented and end with a ] — fix the YAML syntax on that line`,
        ],
        'zh-CN': [
          `${ISSUE_4}:9 frontmatter: YAML 写法有误：缩进不对，或括号没有闭合 — 改正这一行的 YAML 写法`,
        ],
      });
    });

    test('reports a file without frontmatter', () => {
      expect(lines({ 'issues/004-hanting.mdx': '# Hanting\n\nNo fields here.\n' })).toEqual({
        en: [
          `${ISSUE_4}:1 frontmatter: no frontmatter found — start the file with a line "---", the fields, then another "---"`,
        ],
        'zh-CN': [
          `${ISSUE_4}:1 frontmatter: 找不到文件开头的字段 — 文件第一行写“---”，接着写各字段，再写一行“---”`,
        ],
      });
    });
  });

  describe('with a cache folder', () => {
    /** The issue's problems in English, checked with `cacheDir`. */
    const problemsIn = (contentDir: string, root: string, cacheDir: string) =>
      linesIn(checkContent(contentDir, root, { cacheDir }).problems).en;

    test('keeps what each issue holds for the next run, which finds the same problems', async () => {
      const body = ['<Chart />', '', '<Figure src="images/school.jpg" alt="The new school" />'];
      const { root, contentDir } = site({
        'issues/004-hanting.mdx': issueFile({ body, extra: ['stats:', '  newPlaces: many'] }),
      });
      const cacheDir = join(root, '.astro');
      const first = problemsIn(contentDir, root, cacheDir);
      expect(first).toEqual([
        `${ISSUE_4}:10 stats.newPlaces: expected a whole number, got "many" — write digits only, e.g. 600`,
        `${ISSUE_4}:13 body: unknown component <Chart> — use one of: <Callout>, <Figure>, <PullQuote>, <Stat> (see docs/editing.md)`,
      ]);
      expect(readdirSync(join(cacheDir, 'content-check')).toSorted()).toEqual([
        'bodies.json',
        'frontmatter.json',
      ]);
      // As the next build reads it: a new process, with only the cache folder in common.
      vi.resetModules();
      const { checkContent: nextRun } = await import('./contentCheck');
      expect(linesIn(nextRun(contentDir, root, { cacheDir }).problems).en).toEqual(first);
    });

    test('looks for the pictures a kept body names on every run', () => {
      const body = ['<Figure src="images/school.jpg" alt="The new school" />'];
      const { root, contentDir } = site({ 'issues/004-hanting.mdx': issueFile({ body }) });
      const cacheDir = join(root, '.astro');
      expect(problemsIn(contentDir, root, cacheDir)).toEqual([]);
      rmSync(join(contentDir, 'images/school.jpg'));
      expect(problemsIn(contentDir, root, cacheDir)).toEqual([
        `${ISSUE_4}:11 body: <Figure> image images/school.jpg does not exist — put the picture in content/images/ and write src="images/<file name>"`,
      ]);
    });

    test('reads an edited body again', () => {
      const { root, contentDir } = site({ 'issues/004-hanting.mdx': issueFile() });
      const cacheDir = join(root, '.astro');
      expect(problemsIn(contentDir, root, cacheDir)).toEqual([]);
      writeFileSync(
        join(contentDir, 'issues/004-hanting.mdx'),
        issueFile({ body: ['Hanting plans new schools.', '', '<Chart />'] }),
      );
      expect(problemsIn(contentDir, root, cacheDir)).toEqual([
        `${ISSUE_4}:13 body: unknown component <Chart> — use one of: <Callout>, <Figure>, <PullQuote>, <Stat> (see docs/editing.md)`,
      ]);
    });
  });

  describe('in the issues folder', () => {
    test('reports an issue saved as .md instead of leaving it out, and does not count it', () => {
      const { root, contentDir } = site({
        'issues/004-hanting.mdx': issueFile(),
        'issues/005-kuiwen.md': issueFile({
          replace: { issue: 'issue: 5', district: 'district: kuiwen' },
        }),
      });
      expect(checkContent(contentDir, root)).toEqual({
        problems: [
          {
            file: 'content/issues/005-kuiwen.md',
            field: 'file',
            problem: msg('file.notMdx'),
            fix: msg('file.rename.fix', { name: '005-kuiwen.mdx' }),
          },
        ],
        issueCount: 1,
        districtCount: 2,
      });
    });

    test('lists files that are not issues in folder order, among the issues’ own problems', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({ replace: { author: null } }),
          'issues/004-hanting.mdx~': issueFile(),
          'issues/images/school.jpg': 'jpeg',
          'issues/2022/003-kuiwen.mdx': issueFile(),
          'issues/notes.txt': 'not an issue',
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:2 author: is missing — add it: write the byline, e.g. Hanting Rong Media`,
          'content/issues/004-hanting.mdx~ file: is a backup or temporary file, not an issue — close the issue in your editor, then delete this file or move it out of content/issues/',
          'content/issues/2022/003-kuiwen.mdx file: is in a subfolder, so it is not read as an issue — move it to content/issues/003-kuiwen.mdx',
          'content/issues/images/school.jpg file: is a picture; only issues belong in content/issues/ — move it to content/images/ and write its path from the issue as ../images/school.jpg',
          'content/issues/notes.txt file: is not an issue; only issues belong in content/issues/ — move it out of content/issues/, or delete it',
        ],
        'zh-CN': [
          `${ISSUE_4}:2 author: 缺少这一项 — 补上：写署名，如“寒亭区融媒体中心”`,
          'content/issues/004-hanting.mdx~ file: 是备份或临时文件，不是一期报道 — 先在编辑器中关闭这期报道，再删除这个文件，或把它移出 content/issues/',
          'content/issues/2022/003-kuiwen.mdx file: 在子文件夹里，不会当作一期报道读取 — 移到 content/issues/003-kuiwen.mdx',
          'content/issues/images/school.jpg file: 是图片；content/issues/ 里只放各期报道 — 移到 content/images/，在本期中把路径写作 ../images/school.jpg',
          'content/issues/notes.txt file: 不是一期报道；content/issues/ 里只放各期报道 — 移出 content/issues/，或者删除它',
        ],
      });
    });
  });

  describe('across issues', () => {
    test('reports a duplicate issue number, naming the other file and the next free number', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile(),
          'issues/005-kuiwen.mdx': issueFile({ replace: { district: 'district: kuiwen' } }),
        }),
      ).toEqual({
        en: [
          `content/issues/005-kuiwen.mdx:4 issue: number 4 (en) is already used by ${ISSUE_4} — give this issue a free number, e.g. 5`,
        ],
        'zh-CN': [
          `content/issues/005-kuiwen.mdx:4 issue: 期号 4（en）已被 content/issues/004-hanting.mdx 占用 — 改用没有占用的期号，如 5`,
        ],
      });
    });

    test('suggests a number no other file uses, including files checked later', () => {
      expect(
        lines({
          'issues/001-a.mdx': issueFile(),
          'issues/002-b.mdx': issueFile(),
          'issues/003-c.mdx': issueFile({ replace: { issue: 'issue: 5' } }),
        }),
      ).toEqual({
        en: [
          `content/issues/002-b.mdx:4 issue: number 4 (en) is already used by content/issues/001-a.mdx — give this issue a free number, e.g. 6`,
        ],
        'zh-CN': [
          'content/issues/002-b.mdx:4 issue: 期号 4（en）已被 content/issues/001-a.mdx 占用 — 改用没有占用的期号，如 6',
        ],
      });
    });
  });

  describe('project ids', () => {
    const withProjects = (issue: number, district: string, ...projects: string[]) =>
      issueFile({
        replace: { issue: `issue: ${issue}`, district: `district: ${district}` },
        extra: ['projects:', ...projects.map((project) => `  - ${project}`)],
      });
    const xingfu = (kind = 'primary', id = 'xingfu-road-primary') =>
      `{ id: ${id}, name: Xingfu Road Primary School, kind: ${kind}, year: 2023, status: planned }`;

    test('accept one id in several issues of its district, and in another language’s edition', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': withProjects(4, 'hanting', xingfu()),
          'issues/004-hanting.zh-CN.mdx': withProjects(4, 'hanting', xingfu()).replace(
            'issue: 4',
            'issue: 4\nlang: zh-CN',
          ),
          'issues/009-hanting.mdx': withProjects(9, 'hanting', xingfu()),
        }),
      ).toEqual({ en: [], 'zh-CN': [] });
    });

    test('report two projects of one issue with one id', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': withProjects(
            4,
            'hanting',
            xingfu(),
            xingfu('primary', 'xingfu-road-primary'),
          ),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:11 projects[1].id: "xingfu-road-primary" is already the id of projects[0] in this issue — give each project in an issue its own id`,
        ],
        'zh-CN': [
          `${ISSUE_4}:11 projects[1].id: “xingfu-road-primary”已是本期 projects[0] 的 id — 本期每个项目各用一个 id`,
        ],
      });
    });

    test('report an id that moves to another district, naming the issue that first placed it', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': withProjects(4, 'hanting', xingfu()),
          'issues/005-kuiwen.mdx': withProjects(5, 'kuiwen', xingfu()),
        }),
      ).toEqual({
        en: [
          `content/issues/005-kuiwen.mdx:10 projects[0].id: "xingfu-road-primary" is a project in hanting in ${ISSUE_4}, and this issue is about kuiwen — a project never changes district: if this is another school, give it its own id`,
        ],
        'zh-CN': [
          `content/issues/005-kuiwen.mdx:10 projects[0].id: “xingfu-road-primary”在 content/issues/004-hanting.mdx 中是 hanting 的项目，本期报道的却是 kuiwen — 项目不会换县市区：如果这是另一所学校，给它另起一个 id`,
        ],
      });
    });

    test('report an id whose kind changes', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': withProjects(4, 'hanting', xingfu()),
          'issues/009-hanting.mdx': withProjects(9, 'hanting', xingfu('nine-year')),
        }),
      ).toEqual({
        en: [
          `content/issues/009-hanting.mdx:10 projects[0].kind: "xingfu-road-primary" is primary in ${ISSUE_4}, and nine-year here — a project keeps its kind: correct it here or there, or give this project its own id`,
        ],
        'zh-CN': [
          `content/issues/009-hanting.mdx:10 projects[0].kind: “xingfu-road-primary”在 content/issues/004-hanting.mdx 中是 primary，这里却是 nine-year — 项目的类型不会变：改正这里或那里，或者给这个项目另起一个 id`,
        ],
      });
    });

    test('suggest the id another issue gives the same name, else one made from the name', () => {
      const unnamed =
        '{ name: Xingfu Road Primary School, kind: primary, year: 2024, status: under-construction }';
      expect(
        lines({
          'issues/004-hanting.mdx': withProjects(4, 'hanting', xingfu('primary', 'xingfu-lu')),
          'issues/009-hanting.mdx': withProjects(
            9,
            'hanting',
            unnamed,
            '{ name: Baiyun Road Primary School, kind: primary, year: 2024, status: planned }',
          ),
        }),
      ).toEqual({
        en: [
          `content/issues/009-hanting.mdx:10 projects[0].id: is missing — add it: id: xingfu-lu (the id ${ISSUE_4} gives it), the same in every issue that names this project`,
          `content/issues/009-hanting.mdx:11 projects[1].id: is missing — add it: id: baiyun-road-primary (made from its name), the same in every issue that names this project`,
        ],
        'zh-CN': [
          `content/issues/009-hanting.mdx:10 projects[0].id: 缺少这一项 — 补上：id: xingfu-lu（content/issues/004-hanting.mdx 用的就是它），凡提到这个项目的各期都用同一个`,
          'content/issues/009-hanting.mdx:11 projects[1].id: 缺少这一项 — 补上：id: baiyun-road-primary（由名称生成），凡提到这个项目的各期都用同一个',
        ],
      });
    });
  });

  describe('two editions of one issue', () => {
    const edition = (lang: string, ...extra: string[]) =>
      issueFile({ extra: [`lang: ${lang}`, ...extra] });
    const stats = (places: number, note: string) => [
      'stats:',
      `  newPlaces: ${places}`,
      `  milestones: [{ year: 2022, places: ${places}, note: "${note}" }]`,
    ];
    const project = (name: string, status = 'planned') => [
      'projects:',
      `  - { id: xingfu-road-primary, name: ${name}, kind: primary, year: 2023, status: ${status} }`,
    ];

    test('may differ in names and notes only', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': edition(
            'en',
            ...stats(6684, 'schools built'),
            ...project('Xingfu Road Primary School'),
          ),
          'issues/004-hanting.zh-CN.mdx': edition(
            'zh-CN',
            ...stats(6684, '建成学校'),
            ...project('幸福路小学'),
          ),
        }),
      ).toEqual({ en: [], 'zh-CN': [] });
    });

    const differs = (line: number, field: string) =>
      `content/issues/004-hanting.zh-CN.mdx:${line} ${field}: differs from the en edition, ${ISSUE_4} — two editions of one issue are one report: give them the same district, figures and projects (only names and notes are translated)`;

    test('report figures and projects that differ, on the translated edition', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': edition('en', ...stats(6684, 'built'), ...project('Xingfu')),
          'issues/004-hanting.zh-CN.mdx': edition(
            'zh-CN',
            ...stats(6000, '建成'),
            ...project('幸福路小学', 'completed'),
          ),
        }),
      ).toEqual({
        en: [differs(11, 'stats'), differs(14, 'projects')],
        'zh-CN': [
          'content/issues/004-hanting.zh-CN.mdx:11 stats: 与 en 版 content/issues/004-hanting.mdx 不一致 — 同一期的两个语言版本是同一篇报道：县市区、数字和项目都要一致（只翻译名称和说明）',
          'content/issues/004-hanting.zh-CN.mdx:14 projects: 与 en 版 content/issues/004-hanting.mdx 不一致 — 同一期的两个语言版本是同一篇报道：县市区、数字和项目都要一致（只翻译名称和说明）',
        ],
      });
    });

    test('report a district that differs', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': edition('en'),
          'issues/004-hanting.zh-CN.mdx': issueFile({
            replace: { district: 'district: kuiwen' },
            extra: ['lang: zh-CN'],
          }),
        }),
      ).toEqual({
        en: [differs(5, 'district')],
        'zh-CN': [
          'content/issues/004-hanting.zh-CN.mdx:5 district: 与 en 版 content/issues/004-hanting.mdx 不一致 — 同一期的两个语言版本是同一篇报道：县市区、数字和项目都要一致（只翻译名称和说明）',
        ],
      });
    });

    test('report figures one edition gives and the other leaves out', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': edition('en', ...stats(6684, 'built')),
          'issues/004-hanting.zh-CN.mdx': edition('zh-CN'),
        }),
      ).toEqual({
        en: [differs(2, 'stats')],
        'zh-CN': [
          'content/issues/004-hanting.zh-CN.mdx:2 stats: 与 en 版 content/issues/004-hanting.mdx 不一致 — 同一期的两个语言版本是同一篇报道：县市区、数字和项目都要一致（只翻译名称和说明）',
        ],
      });
    });
  });

  describe('counts toward the targets', () => {
    test('report a part larger than the count it is part of', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({
            extra: [
              'stats:',
              '  schools: { planned: 9 }',
              '  compulsorySchools: { planned: 8 }',
              '  highSchools: { planned: 2 }',
            ],
          }),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:11 stats.compulsorySchools.planned: compulsorySchools.planned + highSchools.planned (10) is more than schools.planned (9), the count it is part of — check both counts against the source: schools counts every one`,
        ],
        'zh-CN': [
          `${ISSUE_4}:11 stats.compulsorySchools.planned: compulsorySchools.planned + highSchools.planned（10）大于它所属的 schools.planned（9） — 对照来源核对这两个数：schools 统计的是全部`,
        ],
      });
    });
  });

  describe('in column.yaml and districts.yaml', () => {
    test('reports a missing column.yaml and still checks the rest', () => {
      expect(lines({ 'column.yaml': null, 'issues/004-hanting.mdx': issueFile() })).toEqual({
        en: ['content/column.yaml file: is missing — restore it from git'],
        'zh-CN': ['content/column.yaml file: 缺少这个文件 — 用 git 恢复这个文件'],
      });
    });

    test('reports a missing districts.yaml without flagging every issue’s district', () => {
      const { root, contentDir } = site({
        'districts.yaml': null,
        'issues/004-hanting.mdx': issueFile(),
      });
      const report = checkContent(contentDir, root);
      expect(linesIn(report.problems)).toEqual({
        en: ['content/districts.yaml file: is missing — restore it from git'],
        'zh-CN': ['content/districts.yaml file: 缺少这个文件 — 用 git 恢复这个文件'],
      });
      expect(report.districtCount).toBe(0);
    });

    test('reports an unknown default language in column.yaml', () => {
      expect(
        lines({ 'column.yaml': COLUMN_YAML.replace('defaultLang: en', 'defaultLang: fr') }),
      ).toEqual({
        en: [
          'content/column.yaml:4 defaultLang: "fr" is not an allowed value — use one of: en, zh-CN',
        ],
        'zh-CN': ['content/column.yaml:4 defaultLang: “fr”不是允许的值 — 改用以下之一：en、zh-CN'],
      });
    });

    test('reports broken YAML in column.yaml with its line', () => {
      expect(
        lines({ 'column.yaml': COLUMN_YAML.replace('defaultLang: en', 'defaultLang: en: zh-CN') }),
      ).toEqual({
        en: [
          'content/column.yaml:4 yaml: Nested mappings are not allowed in compact mappings — fix the YAML syntax on that line',
        ],
        'zh-CN': [
          'content/column.yaml:4 yaml: YAML 写法有误：一行里有两个“: ”，文字里带“: ”时整段要加引号 — 改正这一行的 YAML 写法',
        ],
      });
    });

    test('reports a district problem with its index and line', () => {
      expect(
        lines({
          'districts.yaml': DISTRICTS_YAML.replace(
            'kind: district\n  blurb: { en: Home',
            'kind: province\n  blurb: { en: Home',
          ),
        }),
      ).toEqual({
        en: [
          'content/districts.yaml:7 [1].kind: "province" is not an allowed value — use one of: district, county-level-city, county',
        ],
        'zh-CN': [
          'content/districts.yaml:7 [1].kind: “province”不是允许的值 — 改用以下之一：district、county-level-city、county',
        ],
      });
    });

    test('reports a district id used twice', () => {
      expect(
        lines({ 'districts.yaml': DISTRICTS_YAML.replace('id: hanting', 'id: kuiwen') }),
      ).toEqual({
        en: [
          'content/districts.yaml:5 [1].id: "kuiwen" is used twice — give each district its own id',
        ],
        'zh-CN': ['content/districts.yaml:5 [1].id: “kuiwen”用了两次 — 每个县市区各用一个 id'],
      });
    });

    test('reports districts.yaml that is not a list', () => {
      expect(lines({ 'districts.yaml': 'kuiwen: Kuiwen District\n' })).toEqual({
        en: [
          'content/districts.yaml:1 districts: expected a list of districts — start each district with "- id: …"',
        ],
        'zh-CN': ['content/districts.yaml:1 districts: 应为县市区列表 — 每个县市区以“- id: …”开头'],
      });
    });

    test('uses the column’s default language for issues that leave lang out', () => {
      const chinese = COLUMN_YAML.replace('defaultLang: en', 'defaultLang: zh-CN');
      expect(
        lines({
          'column.yaml': chinese,
          'issues/004-hanting.mdx': issueFile(),
          'issues/005-hanting.mdx': issueFile({ extra: ['lang: zh-CN'] }),
        }),
      ).toEqual({
        en: [
          'content/issues/005-hanting.mdx:4 issue: number 4 (zh-CN) is already used by content/issues/004-hanting.mdx — give this issue a free number, e.g. 5',
        ],
        'zh-CN': [
          'content/issues/005-hanting.mdx:4 issue: 期号 4（zh-CN）已被 content/issues/004-hanting.mdx 占用 — 改用没有占用的期号，如 5',
        ],
      });
    });
  });

  describe('with several problems', () => {
    test('reports every problem of every file in one run', () => {
      const { root, contentDir } = site({
        'column.yaml': COLUMN_YAML.replace('defaultLang: en', 'defaultLang: fr'),
        'issues/004-hanting.mdx': issueFile({
          replace: { district: 'district: atlantis' },
          extra: ['stats:', '  newPlaces: 6684', '  schools: { completed: -1 }'],
          body: ['![](images/school.jpg)'],
        }),
        'issues/005-kuiwen.mdx': issueFile({
          replace: { issue: 'issue: 5', title: null, district: 'district: kuiwen' },
          extra: ['colour: red'],
        }),
      });
      const report = checkContent(contentDir, root);
      expect(report.issueCount).toBe(2);
      expect(linesIn(report.problems)).toEqual({
        en: [
          'content/column.yaml:4 defaultLang: "fr" is not an allowed value — use one of: en, zh-CN',
          `${ISSUE_4}:5 district: "atlantis" is not in content/districts.yaml — use one of: kuiwen, hanting`,
          `${ISSUE_4}:11 stats.schools.completed: -1 is below the minimum of 0 — write digits only, e.g. 600`,
          `${ISSUE_4}:${firstBodyLine(10)} body: an image has no alt text — describe the picture between the brackets: ![what it shows](…)`,
          'content/issues/005-kuiwen.mdx:2 title: is missing — add it: write a headline of at most 120 characters',
          'content/issues/005-kuiwen.mdx:8 colour: unknown field colour — check the spelling against the frontmatter table in docs/editing.md, or remove it',
        ],
        'zh-CN': [
          'content/column.yaml:4 defaultLang: “fr”不是允许的值 — 改用以下之一：en、zh-CN',
          `${ISSUE_4}:5 district: content/districts.yaml 中没有这个县市区：“atlantis” — 改用以下之一：kuiwen、hanting`,
          `${ISSUE_4}:11 stats.schools.completed: -1 低于下限 0 — 只写数字，如 600`,
          `${ISSUE_4}:${firstBodyLine(10)} body: 图片缺少替代文字 — 在方括号里描述图片：![图片内容](…)`,
          'content/issues/005-kuiwen.mdx:2 title: 缺少这一项 — 补上：写标题，不超过 120 个字符',
          'content/issues/005-kuiwen.mdx:8 colour: 没有 colour 这个字段 — 对照 docs/editing.zh-CN.md 中的字段表检查拼写，或者删掉它',
        ],
      });
    });

    test('reports a date-order problem alongside a value out of range in the same issue', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({
            extra: ['updated: 2022-08-14', 'stats: { newPlaces: -5 }'],
          }),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:9 updated: the update date is before the publication date — write the date as YYYY-MM-DD, on or after \`published\``,
          `${ISSUE_4}:10 stats.newPlaces: -5 is below the minimum of 0 — write digits only, e.g. 600`,
        ],
        'zh-CN': [
          `${ISSUE_4}:9 updated: 更新日期早于发布日期 — 日期写成 YYYY-MM-DD，不早于 \`published\``,
          `${ISSUE_4}:10 stats.newPlaces: -5 低于下限 0 — 只写数字，如 600`,
        ],
      });
    });

    test('reports a date-order problem alongside a missing or wrongly typed field', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile({
            replace: { author: null },
            extra: ['updated: 2022-08-14'],
          }),
        }),
      ).toEqual({
        en: [
          `${ISSUE_4}:2 author: is missing — add it: write the byline, e.g. Hanting Rong Media`,
          `${ISSUE_4}:8 updated: the update date is before the publication date — write the date as YYYY-MM-DD, on or after \`published\``,
        ],
        'zh-CN': [
          `${ISSUE_4}:2 author: 缺少这一项 — 补上：写署名，如“寒亭区融媒体中心”`,
          `${ISSUE_4}:8 updated: 更新日期早于发布日期 — 日期写成 YYYY-MM-DD，不早于 \`published\``,
        ],
      });
    });

    test('reports a duplicate issue number even when that issue has another problem', () => {
      expect(
        lines({
          'issues/004-hanting.mdx': issueFile(),
          'issues/005-hanting.mdx': issueFile({ replace: { author: null } }),
        }),
      ).toEqual({
        en: [
          'content/issues/005-hanting.mdx:2 author: is missing — add it: write the byline, e.g. Hanting Rong Media',
          `content/issues/005-hanting.mdx:4 issue: number 4 (en) is already used by ${ISSUE_4} — give this issue a free number, e.g. 5`,
        ],
        'zh-CN': [
          'content/issues/005-hanting.mdx:2 author: 缺少这一项 — 补上：写署名，如“寒亭区融媒体中心”',
          `content/issues/005-hanting.mdx:4 issue: 期号 4（en）已被 content/issues/004-hanting.mdx 占用 — 改用没有占用的期号，如 5`,
        ],
      });
    });
  });
});

describe('describeIssue', () => {
  /** The first issue Zod reports for `input`, with the input recorded as the check does. */
  function firstIssue(schema: z.ZodType, input: unknown): z.core.$ZodIssue {
    const issue = schema.safeParse(input, { reportInput: true }).error?.issues[0];
    if (!issue) throw new Error('expected the input to be rejected');
    return issue;
  }

  test('returns "is missing" with the field’s fix for an absent value', () => {
    expect(describedIn(describeIssue(firstIssue(z.object({ summary: z.string() }), {})))).toEqual({
      en: {
        problem: 'is missing',
        fix: 'add it: write one or two sentences, at most 300 characters',
      },
      'zh-CN': { problem: '缺少这一项', fix: '补上：写一两句话，不超过 300 个字符' },
    });
  });

  test('returns the expected type in words and the value given', () => {
    expect(
      describedIn(describeIssue(firstIssue(z.object({ draft: z.boolean() }), { draft: 'yes' }))),
    ).toEqual({
      en: {
        problem: 'expected true or false, got "yes"',
        fix: 'write true or false',
      },
      'zh-CN': { problem: '应为布尔值（true 或 false），现在是“yes”', fix: '写 true 或 false' },
    });
    expect(
      describedIn(
        describeIssue(firstIssue(z.object({ tags: z.array(z.string()) }), { tags: 'a, b' })),
      ),
    ).toEqual({
      en: {
        problem: 'expected a list, got "a, b"',
        fix: 'write a list, e.g. [kindergartens, primary schools]',
      },
      'zh-CN': { problem: '应为列表，现在是“a, b”', fix: '写成列表，如 [幼儿园, 小学]' },
    });
    expect(
      describedIn(describeIssue(firstIssue(z.object({ title: z.string() }), { title: ['a'] }))),
    ).toEqual({
      en: {
        problem: 'expected text, got a list',
        fix: 'write a headline of at most 120 characters',
      },
      'zh-CN': { problem: '应为文字，现在是一个列表', fix: '写标题，不超过 120 个字符' },
    });
  });

  test('returns a whole-number problem for a fraction where an integer is needed', () => {
    expect(
      describedIn(describeIssue(firstIssue(z.object({ places: z.int() }), { places: 2.5 }))),
    ).toEqual({
      en: {
        problem: 'expected a whole number, got 2.5',
        fix: 'write digits only, e.g. 600',
      },
      'zh-CN': { problem: '应为整数，现在是2.5', fix: '只写数字，如 600' },
    });
  });

  test('returns the length and the limit for text that is too long', () => {
    expect(
      describedIn(
        describeIssue(firstIssue(z.object({ title: z.string().max(5) }), { title: 'Hanting' })),
      ),
    ).toEqual({
      en: {
        problem: 'is 7 characters long; the limit is 5',
        fix: 'shorten it',
      },
      'zh-CN': { problem: '有 7 个字符，超过了 5 个字符的上限', fix: '改短一些' },
    });
  });

  test('returns "is empty" for empty text', () => {
    expect(
      describedIn(
        describeIssue(firstIssue(z.object({ author: z.string().min(1) }), { author: '' })),
      ),
    ).toEqual({
      en: {
        problem: 'is empty',
        fix: 'write the byline, e.g. Hanting Rong Media',
      },
      'zh-CN': { problem: '内容为空', fix: '写署名，如“寒亭区融媒体中心”' },
    });
  });

  test('returns the value and the bound for numbers out of range', () => {
    expect(
      describedIn(describeIssue(firstIssue(z.object({ year: z.int().max(2100) }), { year: 3000 }))),
    ).toEqual({
      en: {
        problem: '3000 is above the maximum of 2100',
        fix: 'write a four-digit year, e.g. 2023',
      },
      'zh-CN': { problem: '3000 超过了上限 2100', fix: '写四位数的年份，如 2023' },
    });
    expect(
      describedIn(
        describeIssue(firstIssue(z.object({ newPlaces: z.int().min(0) }), { newPlaces: -1 })),
      ),
    ).toEqual({
      en: {
        problem: '-1 is below the minimum of 0',
        fix: 'write digits only, e.g. 600',
      },
      'zh-CN': { problem: '-1 低于下限 0', fix: '只写数字，如 600' },
    });
  });

  test('returns the allowed values for an enum', () => {
    expect(
      describedIn(
        describeIssue(
          firstIssue(z.object({ status: z.enum(['planned', 'completed']) }), { status: 'done' }),
        ),
      ),
    ).toEqual({
      en: { problem: '"done" is not an allowed value', fix: 'use one of: planned, completed' },
      'zh-CN': { problem: '“done”不是允许的值', fix: '改用以下之一：planned、completed' },
    });
  });

  test('names every unknown key, in the plural when there are several', () => {
    expect(
      describedIn(describeIssue(firstIssue(z.strictObject({}), { colour: 1, size: 2 }))),
    ).toEqual({
      en: {
        problem: 'unknown fields colour, size',
        fix: 'check the spelling against the frontmatter table in docs/editing.md, or remove it',
      },
      'zh-CN': {
        problem: '没有 colour、size 这些字段',
        fix: '对照 docs/editing.zh-CN.md 中的字段表检查拼写，或者删掉它',
      },
    });
    expect(saidIn(describeIssue(firstIssue(z.strictObject({}), { colour: 1 })).problem)).toEqual({
      en: 'unknown field colour',
      'zh-CN': '没有 colour 这个字段',
    });
  });

  test('returns the union’s message and the value for an invalid union', () => {
    const date = z.union([z.date(), z.iso.date()], { error: 'expected a date written YYYY-MM-DD' });
    expect(
      describedIn(
        describeIssue(firstIssue(z.object({ published: date }), { published: 20220815 })),
      ),
    ).toEqual({
      en: {
        problem: 'expected a date written YYYY-MM-DD, got 20220815',
        fix: 'write the date as YYYY-MM-DD, e.g. 2022-08-15',
      },
      'zh-CN': {
        problem: '应为日期（写成 YYYY-MM-DD），现在是20220815',
        fix: '日期写成 YYYY-MM-DD，如 2022-08-15',
      },
    });
  });

  test('returns a rule’s own message and fix, carried in its params', () => {
    const issue: z.core.$ZodIssue = {
      code: 'custom',
      path: ['updated'],
      message: 'the update date is before the publication date',
      params: { problem: msg('schema.updatedOrder'), fix: msg('fix.date') },
      input: undefined,
    };
    expect(describedIn(describeIssue(issue))).toEqual({
      en: {
        problem: 'the update date is before the publication date',
        fix: 'write the date as YYYY-MM-DD, e.g. 2022-08-15',
      },
      'zh-CN': { problem: '更新日期早于发布日期', fix: '日期写成 YYYY-MM-DD，如 2022-08-15' },
    });
  });

  test('returns Zod’s own words and the field’s fix for a rule without a message of ours', () => {
    const issue: z.core.$ZodIssue = {
      code: 'custom',
      path: ['corrections', 0, 'date'],
      message: 'the correction predates the issue',
      input: undefined,
    };
    expect(describedIn(describeIssue(issue))).toEqual({
      en: {
        problem: 'the correction predates the issue',
        fix: 'write the date as YYYY-MM-DD, e.g. 2022-08-15',
      },
      // Zod's zh-CN locale.
      'zh-CN': { problem: '无效输入', fix: '日期写成 YYYY-MM-DD，如 2022-08-15' },
    });
  });

  test('returns Zod’s own words for a kind of issue the contract never raises', () => {
    const issue = firstIssue(z.object({ places: z.int().multipleOf(10) }), { places: 15 });
    expect(describedIn(describeIssue(issue))).toEqual({
      en: {
        problem: 'Invalid number: must be a multiple of 10',
        fix: 'write digits only, e.g. 600',
      },
      'zh-CN': { problem: '无效数字：必须是 10 的倍数', fix: '只写数字，如 600' },
    });
  });

  test('returns the general advice for a field without its own fix', () => {
    expect(
      describedIn(describeIssue(firstIssue(z.object({ colour: z.string() }), { colour: 3 }))),
    ).toEqual({
      en: {
        problem: 'expected text, got 3',
        fix: 'see the frontmatter table in docs/editing.md',
      },
      'zh-CN': { problem: '应为文字，现在是3', fix: '见 docs/editing.zh-CN.md 中的字段表' },
    });
  });
});
