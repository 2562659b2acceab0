import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { describedIn, linesIn, saidIn } from '../../test/support/messages';
import { describeIssue, fixFor, parseYaml, schemaProblems, syntaxProblems } from './yamlCheck';

describe('fixFor', () => {
  test.each([
    [['title'], 'write a headline of at most 120 characters', '写标题，不超过 120 个字符'],
    [
      ['summary'],
      'write one or two sentences, at most 300 characters',
      '写一两句话，不超过 300 个字符',
    ],
    [['issue'], 'write the issue number in digits, e.g. 5', '用数字写期号，如 5'],
    [
      ['district'],
      'use an id from content/districts.yaml',
      '填 content/districts.yaml 中的一个 id',
    ],
    [
      ['published'],
      'write the date as YYYY-MM-DD, e.g. 2022-08-15',
      '日期写成 YYYY-MM-DD，如 2022-08-15',
    ],
    [
      ['corrections', 0, 'date'],
      'write the date as YYYY-MM-DD, e.g. 2022-08-15',
      '日期写成 YYYY-MM-DD，如 2022-08-15',
    ],
    [
      ['updated'],
      'write the date as YYYY-MM-DD, on or after `published`',
      '日期写成 YYYY-MM-DD，不早于 `published`',
    ],
    [['lang'], 'use one of: en, zh-CN', '填以下之一：en、zh-CN'],
    [['defaultLang'], 'use one of: en, zh-CN', '填以下之一：en、zh-CN'],
    [['author'], 'write the byline, e.g. Hanting Rong Media', '写署名，如“寒亭区融媒体中心”'],
    [['source'], 'write the office that supplied the report', '写供稿单位'],
    [
      ['cover', 'alt'],
      'describe the picture in a sentence for readers who cannot see it',
      '用一句话说明图片内容，供看不到图片的读者了解',
    ],
    [
      ['cover', 'src'],
      'put the picture in content/images/ and write its path from the issue, e.g. ../images/school.jpg',
      '把图片放进 content/images/，从本期文件出发写路径，如 ../images/school.jpg',
    ],
    [
      ['stats', 'investmentYuan'],
      'write the amount in yuan, digits only, e.g. 3076000000 for 3.076 billion',
      '以元为单位，只写数字，如 30.76亿元写作 3076000000',
    ],
    [
      ['stats', 'publicKindergartenShareTarget'],
      'write a fraction between 0 and 1, e.g. 0.9 for 90%',
      '写 0 到 1 之间的小数，如 90% 写作 0.9',
    ],
    [['projects', 0, 'year'], 'write a four-digit year, e.g. 2023', '写四位数的年份，如 2023'],
    [['stats', 'period', 'start'], 'write a four-digit year, e.g. 2022', '写四位数的年份，如 2022'],
    [
      ['stats', 'period', 'end'],
      'write a four-digit year, not before `start`',
      '写四位数的年份，不早于 `start`',
    ],
    [['draft'], 'write true or false', '写 true 或 false'],
    [
      ['tags'],
      'write a list, e.g. [kindergartens, primary schools]',
      '写成列表，如 [幼儿园, 小学]',
    ],
    [
      [0, 'id'],
      'use lower-case letters, digits and hyphens, starting with a letter, e.g. hanting',
      '只用小写字母、数字和连字符，以字母开头，如 hanting',
    ],
    [
      [0, 'name'],
      'give the name in both languages: { en: Hanting District, zh: 寒亭区 }',
      '中英文名称都要写：{ en: Hanting District, zh: 寒亭区 }',
    ],
    [
      [0, 'blurb'],
      'write one line in both languages: { en: …, zh: … }',
      '中英文各写一句：{ en: …, zh: … }',
    ],
    [
      [0, 'kind'],
      'use one of: district, county-level-city, county',
      '填以下之一：district、county-level-city、county',
    ],
    [['title', 'en'], 'write the English text', '写英文'],
    [['title', 'zh'], 'write the Chinese text', '写中文'],
    [
      ['corrections', 0, 'note'],
      'say in a few words what was corrected or what the figures refer to',
      '用几个字说明更正了什么，或这些数字指什么',
    ],
    [
      ['projects', 0, 'id'],
      'use lower-case words joined by hyphens, the same in every issue that names the project, e.g. xingfu-road-primary',
      '用连字符连接的小写拼音或英文单词，凡提到这个项目的各期都用同一个，如 xingfu-road-primary',
    ],
    [
      ['projects', 0, 'name'],
      'write the school’s or kindergarten’s name as the source gives it',
      '照来源写学校或幼儿园的名称',
    ],
    [
      ['projects', 0, 'kind'],
      'use one of: kindergarten, primary, middle, nine-year, high, other',
      '填以下之一：kindergarten、primary、middle、nine-year、high、other',
    ],
    [
      ['projects', 0, 'status'],
      'use one of: planned, under-construction, completed',
      '填以下之一：planned、under-construction、completed',
    ],
    [
      ['stats', 'schools'],
      'write the counts the source gives, e.g. { planned: 5, underConstruction: 2, completed: 1 }',
      '写来源给出的数量，如 { planned: 5, underConstruction: 2, completed: 1 }',
    ],
    [['stats', 'highSchools', 'planned'], 'write digits only, e.g. 600', '只写数字，如 600'],
    [
      ['colour'],
      'see the frontmatter table in docs/editing.md',
      '见 docs/editing.zh-CN.md 中的字段表',
    ],
  ] as const)('returns the advice for %j', (path, en, zh) => {
    expect(saidIn(fixFor(path))).toEqual({ en, 'zh-CN': zh });
  });
});

describe('describeIssue', () => {
  /** The first issue Zod reports for `input`, with the input recorded as the check does. */
  function firstIssue(schema: z.ZodType, input: unknown): z.core.$ZodIssue {
    const issue = schema.safeParse(input, { reportInput: true }).error?.issues[0];
    if (!issue) throw new Error('expected the input to be rejected');
    return issue;
  }

  test.each([
    [
      'a number, given true',
      z.number(),
      true,
      'expected a number, got true',
      '应为数字，现在是true',
    ],
    [
      'a group',
      z.object({}),
      'x',
      'expected a group of fields, got "x"',
      '应为一组字段，现在是“x”',
    ],
    ['a date, given a number', z.date(), 7, 'expected a date, got 7', '应为日期，现在是7'],
    [
      'text',
      z.string(),
      { a: 1 },
      'expected text, got a group of fields',
      '应为文字，现在是一组字段',
    ],
    ['text, given nothing', z.string(), null, 'expected text, got nothing', '应为文字，现在是空值'],
  ])('names what is expected and the value given: %s', (_, schema, input, en, zh) => {
    const said = describedIn(describeIssue(firstIssue(z.object({ v: schema }), { v: input })));
    expect({ en: said.en.problem, 'zh-CN': said['zh-CN'].problem }).toEqual({ en, 'zh-CN': zh });
  });

  test('returns a value that does not match its pattern in plain words', () => {
    const id = z.string().regex(/^[a-z-]+$/);
    expect(
      describedIn(
        describeIssue(
          firstIssue(z.object({ projects: z.array(z.object({ id })) }), {
            projects: [{ id: 'Xingfu Road' }],
          }),
        ),
      ),
    ).toEqual({
      en: {
        problem: '"Xingfu Road" is not written the way this field needs',
        fix: 'use lower-case words joined by hyphens, the same in every issue that names the project, e.g. xingfu-road-primary',
      },
      'zh-CN': {
        problem: '“Xingfu Road”的写法不符合这个字段的要求',
        fix: '用连字符连接的小写拼音或英文单词，凡提到这个项目的各期都用同一个，如 xingfu-road-primary',
      },
    });
  });

  test('returns a union of other kinds than dates in plain words', () => {
    const either = z.union([z.number(), z.boolean()]);
    expect(
      describedIn(describeIssue(firstIssue(z.object({ draft: either }), { draft: 'no' }))),
    ).toEqual({
      en: { problem: '"no" is not written the way this field needs', fix: 'write true or false' },
      'zh-CN': { problem: '“no”的写法不符合这个字段的要求', fix: '写 true 或 false' },
    });
  });
});

describe('schemaProblems and syntaxProblems', () => {
  test('return each problem at the line of its field', () => {
    const parsed = parseYaml('title: Hanting\nissue: four\n', 2);
    const { problems } = schemaProblems(
      'content/issues/004-hanting.mdx',
      parsed,
      z.object({ title: z.string(), issue: z.int() }),
    );
    expect(problems.map(({ line, field }) => ({ line, field }))).toEqual([
      { line: 3, field: 'issue' },
    ]);
  });

  test('return a YAML syntax error in the reader’s words and in Chinese', () => {
    const parsed = parseYaml('title: "Hanting\n', 2);
    const [problem] = syntaxProblems('content/issues/004-hanting.mdx', parsed, 'frontmatter');
    if (!problem) throw new Error('expected a syntax problem');
    expect(describedIn(problem)).toEqual({
      en: { problem: 'Missing closing "quote', fix: 'fix the YAML syntax on that line' },
      'zh-CN': {
        problem: 'YAML 写法有误：缺少符号：引号、括号、逗号或冒号没有配对',
        fix: '改正这一行的 YAML 写法',
      },
    });
  });
});

describe('readYaml', () => {
  const FILE = 'content/issues/005-qingzhou.mdx';
  const refusedLines = (source: string) =>
    linesIn(syntaxProblems(FILE, parseYaml(source, 2), 'frontmatter'));

  test('refuses anchors, aliases, tags and merge keys, each at its field and line, in both languages', () => {
    const lines = refusedLines(
      'author: &who Qingzhou Media\nsource: *who\ntitle: !!str Qingzhou\n<<: { draft: true }\n',
    );
    const fix =
      'write the value out in full: the column’s files take plain YAML, without anchors, aliases, tags or merge keys';
    expect(lines.en).toEqual([
      `${FILE}:2 author: sets a YAML anchor (&who) — ${fix}`,
      `${FILE}:3 source: uses a YAML alias (*who) — ${fix}`,
      `${FILE}:4 title: uses a YAML tag (!!str) — ${fix}`,
      `${FILE}:5 <<: uses a YAML merge key (<<) — ${fix}`,
    ]);
    expect(lines['zh-CN'][1]).toBe(
      `${FILE}:3 source: 用了 YAML 别名（*who） — 把值完整写出来：栏目的文件只用普通 YAML，不用锚点、别名、标签或合并键`,
    );
  });

  test('names an alias with no anchor instead of throwing', () => {
    const parsed = parseYaml('author: *nobody\n', 2);
    expect(parsed.data).toBeUndefined();
    expect(refusedLines('author: *nobody\n').en).toEqual([
      `${FILE}:2 author: uses a YAML alias (*nobody) — write the value out in full: the column’s files take plain YAML, without anchors, aliases, tags or merge keys`,
    ]);
  });

  test('refuses an alias chain ("billion laughs") without expanding it, one line per alias and line', () => {
    const rows = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [from, to] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
      ['f', 'g'],
      ['g', 'h'],
    ])
      rows.push(`${to}: &${to} [${Array.from({ length: 9 }, () => `*${from}`).join(', ')}]`);
    rows.push(`i: [${Array.from({ length: 9 }, () => '*h').join(', ')}]`);
    const started = performance.now();
    const parsed = parseYaml(`${rows.join('\n')}\n`, 1);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(parsed.data).toBeUndefined();
    // Eight anchors and eight aliased lines, not 9⁸ values.
    expect(parsed.errors).toHaveLength(16);
  });

  test('reads plain YAML with nothing refused', () => {
    const parsed = parseYaml('author: Qingzhou Media\ntags: [plan]\n', 2);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual({ author: 'Qingzhou Media', tags: ['plan'] });
  });
});
