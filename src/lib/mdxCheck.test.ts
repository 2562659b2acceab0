import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mdxToJs } from 'satteri';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { problemsIn, saidAboutIn, shownIn } from '../../test/support/messages';
import type { ContentProblem } from './contentProblem';
import { checkMdxBody, MDX_COMPONENT_NAMES } from './mdxCheck';

const FILE = 'content/issues/005-test.mdx';

let contentDir: string;

beforeAll(() => {
  contentDir = mkdtempSync(join(tmpdir(), 'mdx-check-'));
  mkdirSync(join(contentDir, 'images'));
  writeFileSync(join(contentDir, 'images', 'school.png'), 'not really a picture');
});

afterAll(() => {
  rmSync(contentDir, { recursive: true, force: true });
});

/** Problems in a body made of `lines`, which starts on line 1 of the file unless told. */
function check(lines: string[], firstLine = 1): ContentProblem[] {
  return checkMdxBody(FILE, lines.join('\n'), firstLine, contentDir);
}

describe('checkMdxBody', () => {
  test('returns no problems for a clean body with every component', () => {
    expect(
      check([
        'Hanting plans new schools.',
        '',
        '<Stat value="3.076 billion yuan" label="planned investment" />',
        '',
        '## A heading',
        '',
        '<Callout title="In brief">Some **Markdown** here.</Callout>',
        '',
        '<PullQuote>A line worth repeating.</PullQuote>',
        '',
        '<Figure src="images/school.png" alt="A new school" caption="Caption" />',
        '',
        '![A playground](../images/school.png)',
        '',
        '| a | b |',
        '| - | - |',
        '| 1 | 2 |',
      ]),
    ).toEqual([]);
  });

  test('returns no problems for an empty body', () => {
    expect(check([''])).toEqual([]);
  });

  test('returns one syntax problem at the line of a stray <, offset by the first line', () => {
    const problems = check(['First paragraph.', '', 'Fewer than <6 places left.'], 12);
    expect(problems).toHaveLength(1);
    expect(shownIn(problems)).toMatchObject({
      en: [
        {
          file: FILE,
          line: 14,
          field: 'body',
          problem: expect.stringMatching(/^MDX cannot read this: Unexpected character `6`/),
          fix: expect.stringContaining('write \\< or \\{ for the plain character'),
        },
      ],
      'zh-CN': [
        {
          file: FILE,
          line: 14,
          field: 'body',
          problem: 'MDX 读不懂这里：标签里不能出现“6”',
          fix: 'MDX 把 < 和 { 当作组件或代码的开头：普通字符写成 \\< 或 \\{，组件标签都要闭合',
        },
      ],
    });
  });

  test.each([
    ['Budget {3076', 'Unexpected end of file in expression', '花括号 { 没有闭合'],
    ['<Callout>\n\nText.', 'Expected a closing tag for `<Callout>`', '开始标签和结束标签对不上'],
    ['<Callout>text</Stat>', 'Unexpected closing tag `</Stat>`', '开始标签和结束标签对不上'],
    ['</Callout>', 'Unexpected closing slash', '结束标签前面没有对应的开始标签'],
    [
      '<Callout title="x"',
      'Unexpected end of file before attribute name',
      '标签还没写完，文件就结束了',
    ],
    ['<a {x}>y</a>', 'Unexpected `Property` in code', '标签里的花括号只能写 {...名称}'],
    ['import x from', 'Could not parse import/exports', 'import 或 export 行写法有误'],
  ])(
    'returns what MDX cannot read in %j, in its words and in Chinese',
    (body, english, chinese) => {
      expect(problemsIn(check([body]))).toEqual({
        en: [expect.stringContaining(`MDX cannot read this: ${english}`)],
        'zh-CN': [`MDX 读不懂这里：${chinese}`],
      });
    },
  );

  test('returns the syntax problem at the body line itself when the body starts on line 1', () => {
    expect(check(['a', 'b', 'c <6'])[0]?.line).toBe(3);
  });

  // The build parses with Sätteri (astro.config.mjs), the check with micromark: a body one
  // reads and the other cannot would pass the check and break the build, or the reverse.
  test.each([
    'Fewer than <6 places left.',
    'Fewer than \\<6 and &lt;6 places, a < b and c > d.',
    'Line<br>break',
    '<!-- a note -->',
    '<https://example.org/report>',
    '<Callout>Never closed.',
    '</div>',
    '{/* a note */} and {draft}',
    '{1 +}',
    'An unmatched } brace.',
    '| Site | {Rooms |\n| --- | --- |',
    '| Site | `<6` \\{ |\n| --- | --- |\n| <b>East</b> | 24 |',
    '~~<6~~ and ~one~',
    'See www.example.org/<6 and https://example.org/{x}.',
    '- [ ] <6\n- [x] done',
    'A note.[^1]\n\n[^1]:\n    Indented <br /> text.',
    'A note.[^1]\n\n[^1]: <6',
    '> A quotation with <6',
    '```\n<6 {\n```',
    '<Callout>\n\n| In | a box |\n| -: | - |\n| <6 | 2 |\n\n</Callout>',
    '<Stat value={1 +} label="x" />',
  ])('reads %j as the build does', (body) => {
    const checkReads = !checkMdxBody(FILE, body, 1, contentDir).some(
      (problem) => problem.problem.key === 'body.unreadable',
    );
    const buildReads = (() => {
      try {
        mdxToJs(body);
        return true;
      } catch {
        return false;
      }
    })();
    expect(checkReads).toBe(buildReads);
  });

  test('returns a problem listing the known components for an unknown one', () => {
    const problems = check(['Intro.', '', '<Chart />'], 10);
    expect(shownIn(problems)).toEqual({
      en: [
        {
          file: FILE,
          line: 12,
          field: 'body',
          problem: 'unknown component <Chart>',
          fix: 'use one of: <Callout>, <Figure>, <PullQuote>, <Stat> (see docs/editing.md)',
        },
      ],
      'zh-CN': [
        {
          file: FILE,
          line: 12,
          field: 'body',
          problem: '没有 <Chart> 这个组件',
          fix: '改用以下之一：<Callout>、<Figure>、<PullQuote>、<Stat>（见 docs/editing.zh-CN.md）',
        },
      ],
    });
    for (const name of MDX_COMPONENT_NAMES) {
      expect(shownIn(problems).en[0]?.fix).toContain(`<${name}>`);
      expect(shownIn(problems)['zh-CN'][0]?.fix).toContain(`<${name}>`);
    }
  });

  test('returns a problem for an unknown component used inline', () => {
    const problems = check(['Text with <Badge>new</Badge> inside.']);
    expect(problemsIn(problems)).toEqual({
      en: ['unknown component <Badge>'],
      'zh-CN': ['没有 <Badge> 这个组件'],
    });
  });

  test('returns no problem for lower-case HTML elements', () => {
    expect(
      check([
        '<div class="note">A note with <abbr title="kindergarten">KG</abbr>.</div>',
        '',
        'Line<br />break and <sup>1</sup>.',
      ]),
    ).toEqual([]);
  });

  test('returns a problem for a <Figure> without alt text', () => {
    const problems = check(['<Figure src="images/school.png" />']);
    expect(shownIn(problems)).toEqual({
      en: [
        {
          file: FILE,
          line: 1,
          field: 'body',
          problem: 'a <Figure> has no alt text',
          fix: 'add alt="what the picture shows"',
        },
      ],
      'zh-CN': [
        {
          file: FILE,
          line: 1,
          field: 'body',
          problem: '<Figure> 缺少替代文字',
          fix: '加上 alt="图片内容"',
        },
      ],
    });
  });

  test('returns a problem for a <Figure> whose alt text is blank', () => {
    const problems = check(['<Figure src="images/school.png" alt="  " />']);
    expect(problemsIn(problems)).toEqual({
      en: ['a <Figure> has no alt text'],
      'zh-CN': ['<Figure> 缺少替代文字'],
    });
  });

  test('returns a problem for a <Figure> without src', () => {
    const problems = check(['Intro.', '', '<Figure alt="A new school" />'], 20);
    expect(shownIn(problems)).toEqual({
      en: [
        {
          file: FILE,
          line: 22,
          field: 'body',
          problem: 'a <Figure> has no src',
          fix: 'add src="images/<file name>" for a picture in content/images/',
        },
      ],
      'zh-CN': [
        {
          file: FILE,
          line: 22,
          field: 'body',
          problem: '<Figure> 缺少 src',
          fix: '加上 src="images/<文件名>"，图片放在 content/images/ 中',
        },
      ],
    });
  });

  test('returns a problem for a <Figure> whose picture is not in the content folder', () => {
    const problems = check(['<Figure src="images/nowhere.png" alt="A new school" />'], 5);
    expect(shownIn(problems)).toEqual({
      en: [
        {
          file: FILE,
          line: 5,
          field: 'body',
          problem: '<Figure> image images/nowhere.png does not exist',
          fix: 'put the picture in content/images/ and write src="images/<file name>"',
        },
      ],
      'zh-CN': [
        {
          file: FILE,
          line: 5,
          field: 'body',
          problem: '<Figure> 的图片 images/nowhere.png 不存在',
          fix: '把图片放进 content/images/，再写 src="images/<文件名>"',
        },
      ],
    });
  });

  test('returns no problem for a <Figure> whose picture exists in the content folder', () => {
    expect(check(['<Figure src="images/school.png" alt="A new school" />'])).toEqual([]);
  });

  test('looks the <Figure> picture up in the content folder it is given', () => {
    const other = mkdtempSync(join(tmpdir(), 'mdx-check-empty-'));
    try {
      const problems = checkMdxBody(
        FILE,
        '<Figure src="images/school.png" alt="A new school" />',
        1,
        other,
      );
      expect(problemsIn(problems)).toEqual({
        en: ['<Figure> image images/school.png does not exist'],
        'zh-CN': ['<Figure> 的图片 images/school.png 不存在'],
      });
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  test('returns a problem at its line for a Markdown image with empty alt text', () => {
    const problems = check(['Intro.', '', '![](../images/school.png)'], 30);
    expect(shownIn(problems)).toEqual({
      en: [
        {
          file: FILE,
          line: 32,
          field: 'body',
          problem: 'an image has no alt text',
          fix: 'describe the picture between the brackets: ![what it shows](…)',
        },
      ],
      'zh-CN': [
        {
          file: FILE,
          line: 32,
          field: 'body',
          problem: '图片缺少替代文字',
          fix: '在方括号里描述图片：![图片内容](…)',
        },
      ],
    });
  });

  test('returns a problem for a Markdown image whose alt text is only spaces', () => {
    expect(problemsIn(check(['![   ](x.png)']))).toEqual({
      en: ['an image has no alt text'],
      'zh-CN': ['图片缺少替代文字'],
    });
  });

  test('returns no problem for an image or component inside a fenced code block', () => {
    expect(
      check([
        'How to add a picture:',
        '',
        '```md',
        '![](images/school.png)',
        '<Chart />',
        '<Figure />',
        '```',
      ]),
    ).toEqual([]);
  });

  test('returns a problem for a <Stat> without value and one without label', () => {
    const problems = check(['<Stat label="planned investment" />', '', '<Stat value="600" />'], 7);
    expect(shownIn(problems)).toEqual({
      en: [
        {
          file: FILE,
          line: 7,
          field: 'body',
          problem: 'a <Stat> has no value',
          fix: 'add value="…", e.g. value="6,684 places"',
        },
        {
          file: FILE,
          line: 9,
          field: 'body',
          problem: 'a <Stat> has no label',
          fix: 'add label="…" saying what the figure counts',
        },
      ],
      'zh-CN': [
        {
          file: FILE,
          line: 7,
          field: 'body',
          problem: '<Stat> 缺少 value',
          fix: '加上 value="…"，如 value="6684个学位"',
        },
        {
          file: FILE,
          line: 9,
          field: 'body',
          problem: '<Stat> 缺少 label',
          fix: '加上 label="…"，说明这个数字统计的是什么',
        },
      ],
    });
  });

  test('returns both problems for a <Stat> with neither value nor label', () => {
    expect(problemsIn(check(['<Stat />']))).toEqual({
      en: ['a <Stat> has no value', 'a <Stat> has no label'],
      'zh-CN': ['<Stat> 缺少 value', '<Stat> 缺少 label'],
    });
  });

  test('accepts a <Stat> value given as an expression', () => {
    expect(check(['<Stat value={600} label="new places" />'])).toEqual([]);
  });

  test('returns a problem at its line for braces that MDX would run as code', () => {
    const problems = check(['Intro.', '', 'The budget is {3076000000} yuan.'], 40);
    expect(shownIn(problems)).toEqual({
      en: [
        {
          file: FILE,
          line: 42,
          field: 'body',
          problem: '{3076000000} is read as code, not text',
          fix: 'write \\{ and \\} for plain braces, or {/* … */} for a note that readers do not see',
        },
      ],
      'zh-CN': [
        {
          file: FILE,
          line: 42,
          field: 'body',
          problem: '{3076000000} 会被当作代码，而不是文字',
          fix: '普通的花括号写成 \\{ 和 \\}；不给读者看的备注写成 {/* … */}',
        },
      ],
    });
  });

  test('returns no problem for an MDX comment or escaped braces', () => {
    expect(
      check(['{/* A note for editors,', 'over two lines. */}', '', 'Plain \\{braces\\} here.']),
    ).toEqual([]);
  });

  test('returns a problem for braces that hold code between two comments', () => {
    const problems = check(['{/* a */ new Date().getFullYear() /* b */}']);
    expect(problemsIn(problems)).toEqual({
      en: ['{/* a */ new Date().getFullYear() /* b */} is read as code, not text'],
      'zh-CN': ['{/* a */ new Date().getFullYear() /* b */} 会被当作代码，而不是文字'],
    });
  });

  test('returns a problem for an import line', () => {
    const problems = check(["import Chart from '../components/Chart.astro';", '', 'Text.'], 9);
    expect(shownIn(problems)).toEqual({
      en: [
        {
          file: FILE,
          line: 9,
          field: 'body',
          problem: 'an import or export line',
          fix: 'remove it: the components work in every issue without an import',
        },
      ],
      'zh-CN': [
        {
          file: FILE,
          line: 9,
          field: 'body',
          problem: '这是 import 或 export 行',
          fix: '删掉这一行：各期不用 import 就能使用这些组件',
        },
      ],
    });
  });

  test('returns every problem in the body, not only the first', () => {
    const problems = check([
      '<Chart />',
      '',
      '![](a.png)',
      '',
      '<Figure src="images/nowhere.png" alt="x" />',
      '',
      '<Stat value="1" />',
    ]);
    expect(problems.map((problem) => problem.line)).toEqual([1, 3, 5, 7]);
  });
});

describe('checkMdxBody on markup that must not reach readers', () => {
  const SCRIPT_FIX = {
    en: 'remove it: an issue cannot run scripts; show a figure with <Stat> and a picture with <Figure>',
    'zh-CN': '删掉它：各期不能运行脚本；数字用 <Stat> 展示，图片用 <Figure>',
  };
  const STYLE_FIX = {
    en: 'remove it: the site styles every issue; set text apart with <Callout> or <PullQuote>',
    'zh-CN': '删掉它：各期的样式由网站统一设定；要突出的文字用 <Callout> 或 <PullQuote>',
  };
  const EMBED_FIX = {
    en: 'remove it: an issue cannot embed other pages or players; link to the page instead, e.g. [watch the video](https://example.org/video)',
    'zh-CN':
      '删掉它：各期不能嵌入其他网页或播放器；改为链接到该网页，如 [观看视频](https://example.org/video)',
  };
  const LINK_FIX = {
    en: 'link to a web page with a plain https address, e.g. [the report](https://example.org/report)',
    'zh-CN': '链接到以 https 开头的普通网址，如 [报告原文](https://example.org/report)',
  };
  const PICTURE_FIX = {
    en: 'put the picture in content/images/ and show it with <Figure src="images/<file name>" alt="…" />',
    'zh-CN': '把图片放进 content/images/，用 <Figure src="images/<文件名>" alt="…" /> 显示',
  };

  /** `problem — fix` of each problem in a body made of `lines`, in each language. */
  const said = (lines: string[]) => saidAboutIn(check(lines));
  /** What `said` returns for one problem. */
  const one = (en: string, zh: string) => ({ en: [en], 'zh-CN': [zh] });

  /** An element refused, with the fix for its kind. */
  const refused = (tag: string, fix: { en: string; 'zh-CN': string }) =>
    one(`${tag} is not allowed in an issue — ${fix.en}`, `各期不能使用 ${tag} — ${fix['zh-CN']}`);

  test.each([
    ['<script>alert(1)</script>', refused('<script>', SCRIPT_FIX)],
    ['<SCRIPT>alert(1)</SCRIPT>', refused('<SCRIPT>', SCRIPT_FIX)],
    ['<Script src="x.js" />', refused('<Script>', SCRIPT_FIX)],
    ['<svg><svg:script>alert(1)</svg:script></svg>', refused('<svg:script>', SCRIPT_FIX)],
    ['<style>@import url(x.css);</style>', refused('<style>', STYLE_FIX)],
    ['<iframe src="https://example.org/video"></iframe>', refused('<iframe>', EMBED_FIX)],
    ['<object data="x.swf"></object>', refused('<object>', EMBED_FIX)],
    ['<embed src="x.swf" />', refused('<embed>', EMBED_FIX)],
    [
      'A paragraph with <IFrame src="https://example.org"></IFrame> inside.',
      refused('<IFrame>', EMBED_FIX),
    ],
    [
      '<meta http-equiv="refresh" content="0; url=https://example.org" />',
      refused('<meta>', {
        en: "remove it: the site writes each page's links and metadata itself",
        'zh-CN': '删掉它：每个网页的链接和元数据由网站自己生成',
      }),
    ],
  ])('refuses the element in %s', (body, expected) => {
    expect(said([body])).toEqual(expected);
  });

  test.each([
    ['<a href="https://example.org" onclick="steal()">the report</a>', 'onclick', '<a>'],
    ['<img src="images/school.png" alt="A school" onError="steal()" />', 'onError', '<img>'],
    ['<Figure src="images/school.png" alt="A school" onLoad="steal()" />', 'onLoad', '<Figure>'],
    ['<Callout title="Note" ONMOUSEOVER="steal()">Text.</Callout>', 'ONMOUSEOVER', '<Callout>'],
  ])('refuses the event handler in %s', (body, name, tag) => {
    expect(said([body])).toEqual(
      one(
        `${name} on ${tag} would run a script — remove ${name}: an issue cannot run scripts`,
        `${tag} 上的 ${name} 会运行脚本 — 删掉 ${name}：各期不能运行脚本`,
      ),
    );
  });

  test.each([
    ['[the report](javascript:alert(1))', 'javascript'],
    ['[the report](JaVaScRiPt:alert(1))', 'javascript'],
    ['[the report](java&#x09;script:alert(1))', 'javascript'],
    ['[the report](&#x20;javascript:alert(1))', 'javascript'],
    ['[the report](<javascript:alert(1)>)', 'javascript'],
    ['[the report](vbscript:msgbox(1))', 'vbscript'],
    ['[the report](data:text/html;base64,PHNjcmlwdD4=)', 'data'],
  ])('refuses the Markdown link %s', (body, scheme) => {
    expect(said([body])).toEqual(
      one(
        `a link points to a ${scheme}: address — ${LINK_FIX.en}`,
        `链接指向 ${scheme}: 地址 — ${LINK_FIX['zh-CN']}`,
      ),
    );
  });

  test('refuses a reference definition at its own line', () => {
    const problems = check(['See [the report][r].', '', '[r]: javascript:alert(1)'], 20);
    expect(shownIn(problems)).toEqual({
      en: [
        {
          file: FILE,
          line: 22,
          field: 'body',
          problem: 'the link definition [r] points to a javascript: address',
          fix: LINK_FIX.en,
        },
      ],
      'zh-CN': [
        {
          file: FILE,
          line: 22,
          field: 'body',
          problem: '链接定义 [r] 指向 javascript: 地址',
          fix: LINK_FIX['zh-CN'],
        },
      ],
    });
  });

  test('refuses a script address in a footnote, as GFM reads it', () => {
    // Without GFM, `[^1]: [x](…)` is a reference definition whose address is the whole
    // `[x](…)`; the build reads a footnote holding a link.
    expect(said(['See the note.[^1]', '', '[^1]: [report](javascript:alert(1))'])).toEqual(
      one(
        `a link points to a javascript: address — ${LINK_FIX.en}`,
        `链接指向 javascript: 地址 — ${LINK_FIX['zh-CN']}`,
      ),
    );
  });

  test('refuses a script address in a table cell', () => {
    expect(said(['| Report |', '| --- |', '| [x](javascript:alert(1)) |'])).toEqual(
      one(
        `a link points to a javascript: address — ${LINK_FIX.en}`,
        `链接指向 javascript: 地址 — ${LINK_FIX['zh-CN']}`,
      ),
    );
  });

  test('refuses a Markdown picture from a data: address', () => {
    expect(said(['![A school](data:image/png;base64,AAAA)'])).toEqual(
      one(
        `a picture points to a data: address — ${PICTURE_FIX.en}`,
        `图片指向 data: 地址 — ${PICTURE_FIX['zh-CN']}`,
      ),
    );
  });

  /** An attribute whose address is refused, with the fix for a link or a picture. */
  const address = (element: string, scheme: string, fix: { en: string; 'zh-CN': string }) =>
    one(
      `<${element}> points to a ${scheme}: address — ${fix.en}`,
      `<${element}> 指向 ${scheme}: 地址 — ${fix['zh-CN']}`,
    );

  test.each([
    ['<a href="javascript:alert(1)">x</a>', address('a href', 'javascript', LINK_FIX)],
    ['<a href="java&#x09;script:alert(1)">x</a>', address('a href', 'javascript', LINK_FIX)],
    ['<a href={"javascript:alert(1)"}>x</a>', address('a href', 'javascript', LINK_FIX)],
    ['<a href={`vbscript:msgbox(1)`}>x</a>', address('a href', 'vbscript', LINK_FIX)],
    [
      '<svg><a xlink:href="javascript:alert(1)">x</a></svg>',
      address('a xlink:href', 'javascript', LINK_FIX),
    ],
    [
      '<img src="data:image/png;base64,AAAA" alt="A school" />',
      address('img src', 'data', PICTURE_FIX),
    ],
    [
      '<img src="images/school.png" srcset="images/school.png 1x, javascript:alert(1) 2x" alt="A school" />',
      address('img srcset', 'javascript', PICTURE_FIX),
    ],
    [
      '<Figure src="data:image/png;base64,AAAA" alt="A school" />',
      address('Figure src', 'data', PICTURE_FIX),
    ],
  ])('refuses the address in %s', (body, expected) => {
    expect(said([body])).toEqual(expected);
  });

  test('still looks for a <Figure> picture when another attribute is refused', () => {
    expect(problemsIn(check(['<Figure src="images/nowhere.png" alt={schoolAlt} />']))).toEqual({
      en: [
        'alt={schoolAlt} on <Figure> is read as code, not text',
        '<Figure> image images/nowhere.png does not exist',
      ],
      'zh-CN': [
        '<Figure> 上的 alt={schoolAlt} 会被当作代码，而不是文字',
        '<Figure> 的图片 images/nowhere.png 不存在',
      ],
    });
  });

  test('reports an attribute at its own line when the tag spans several', () => {
    const problems = check(
      ['<a', '  title="The report"', '  href="javascript:alert(1)"', '>x</a>'],
      10,
    );
    expect(problems.map((problem) => problem.line)).toEqual([12]);
  });

  test.each([
    [
      '<a href={`javascript:${code}`}>x</a>',
      one(
        'href={`javascript:${code}`} on <a> is read as code, not text — write the value in quotes instead, e.g. href="…"',
        '<a> 上的 href={`javascript:${code}`} 会被当作代码，而不是文字 — 把值写在引号里，如 href="…"',
      ),
    ],
    [
      '<Figure src="images/school.png" alt={schoolAlt} />',
      one(
        'alt={schoolAlt} on <Figure> is read as code, not text — write the value in quotes instead, e.g. alt="…"',
        '<Figure> 上的 alt={schoolAlt} 会被当作代码，而不是文字 — 把值写在引号里，如 alt="…"',
      ),
    ],
    [
      '<div {...props}>x</div>',
      one(
        '{...props} on <div> is read as code, not text — remove it and write each attribute as name="value"',
        '<div> 上的 {...props} 会被当作代码，而不是文字 — 删掉它，每个属性都写成 name="value"',
      ),
    ],
    [
      '<div set:html="<b>bold</b>" />',
      one(
        'set:html on <div> would put raw HTML on the page — remove it and write the text in the article itself',
        '<div> 上的 set:html 会把原始 HTML 放进网页 — 删掉它，把文字直接写进正文',
      ),
    ],
  ])('refuses the attribute in %s', (body, expected) => {
    expect(said([body])).toEqual(expected);
  });

  test('accepts web, e-mail, telephone, page and relative addresses and plain values', () => {
    expect(
      check([
        '[a](https://example.org/report) [b](http://example.org) [c](mailto:desk@example.org)',
        '[d](tel:+865361234567) [e](#projects) [f](/issues/4/) [g](../districts/)',
        '',
        '![A school](images/school.png) ![A school](https://example.org/school.png)',
        '',
        '<a href="https://example.org" title={"The report"}>the report</a>',
        '',
        '<img src="images/school.png" srcset="images/school.png 1x, images/school.png 2x" alt="A school" />',
        '',
        '```html',
        '<script>alert(1)</script> <a href="javascript:alert(1)">x</a>',
        '```',
        '',
        'Inline code is text too: `<iframe onload="x">`.',
      ]),
    ).toEqual([]);
  });

  test('leaves an autolink to a script address to MDX, which cannot read it', () => {
    expect(problemsIn(check(['<javascript:alert(1)>']))).toEqual({
      en: [expect.stringMatching(/^MDX cannot read this: /)],
      'zh-CN': ['MDX 读不懂这里：标签里不能出现“(”'],
    });
  });
});

describe('checkMdxBody on Markdown that does not read as the editor meant', () => {
  const said = (lines: string[]) => saidAboutIn(check(lines));

  test('returns bold markers left showing when punctuation sits just inside them', () => {
    const problems = check(['- **牵头：**区教育主管部门。', '', '**Lead:**the bureau'], 30);
    expect(problems.map((problem) => problem.line)).toEqual([30, 32]);
    expect(said(['- **牵头：**区教育主管部门。'])).toEqual({
      en: [
        '"**牵头：**区教育主管部门。" is not read as bold: readers see the ** — put the punctuation outside the **, e.g. **Lead**: the education bureau',
      ],
      'zh-CN': [
        '“**牵头：**区教育主管部门。”没有变成粗体，读者会看到 ** — 标点放在 ** 外面，如 **牵头**：区教育局',
      ],
    });
  });

  test('returns nothing for bold that reads, or for asterisks the editor escaped', () => {
    expect(
      check([
        '- **牵头**：区教育主管部门。',
        '',
        '**Lead**: the bureau',
        '',
        'A \\*\\*star\\*\\* and 5 * 3.',
      ]),
    ).toEqual([]);
  });

  test('returns a bare address that takes the full-width punctuation after it', () => {
    expect(said(['详见 https://example.org/report。下一句。'])).toEqual({
      en: [
        'the bare address https://example.org/report。下一句。 runs into the punctuation after it — write it as a link, e.g. [the report](https://example.org/report)。',
      ],
      'zh-CN': [
        '网址 https://example.org/report。下一句。 把后面的标点也连进了链接 — 写成链接，如 [报告原文](https://example.org/report)。',
      ],
    });
  });

  test('returns nothing for an address written as a link, or followed by a space', () => {
    expect(
      check([
        '详见 [报告](https://example.org/report)。',
        '',
        'See https://example.org/report. Next.',
      ]),
    ).toEqual([]);
  });
});
