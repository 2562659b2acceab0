import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, test } from 'vitest';
import { COLUMN as column, HANTING as hanting } from '../../test/fixtures/unit';
import type { Stats } from './schema';
import {
  HEIGHT,
  TITLE_MAX_LINES,
  TITLE_SIZES,
  WIDTH,
  cacheKey,
  defaultCard,
  ellipsize,
  escapeMarkup,
  fitTitle,
  fitWidth,
  headlineFigure,
  issueCard,
  lineCount,
  loadFonts,
  renderCard,
  renderText,
  socialImage,
  type CardIssue,
} from './socialImage';
import { districtTotals } from './stats';

const issue = (stats?: Stats, title = 'Hanting District sets out its plan'): CardIssue => ({
  issue: 4,
  title,
  published: new Date('2022-08-15T00:00:00Z'),
  stats,
});

const figureOf = (stats: Stats, lang: 'en' | 'zh-CN' = 'en') =>
  headlineFigure(districtTotals([issue(stats)]), lang, stats.period);

describe('headlineFigure', () => {
  test('returns the investment in yuan with its period when both are reported', () => {
    const stats = { investmentYuan: 3_076_000_000, period: { start: 2022, end: 2024 } };
    expect(figureOf(stats)).toEqual({
      value: '3.076 billion yuan',
      label: 'Planned investment, 2022–2024',
    });
    expect(figureOf(stats, 'zh-CN')).toEqual({ value: '30.76亿元', label: '2022—2024年计划投资' });
  });

  test('returns the investment without a period when none is reported', () => {
    expect(figureOf({ investmentYuan: 250_000_000, newPlaces: 900 })).toEqual({
      value: '250 million yuan',
      label: 'Planned investment',
    });
  });

  test('returns the new school places when the investment is not reported', () => {
    expect(figureOf({ newPlaces: 6684, kindergartens: { planned: 34 } })).toEqual({
      value: '6,684',
      label: 'New school places',
    });
  });

  test('returns a kindergarten count, planned first, when only counts are reported', () => {
    expect(
      figureOf({ kindergartens: { completed: 17, planned: 34 }, schools: { planned: 5 } }),
    ).toEqual({ value: '34', label: 'Kindergartens planned' });
    expect(figureOf({ kindergartens: { underConstruction: 12 } }, 'zh-CN')).toEqual({
      value: '12',
      label: '在建幼儿园',
    });
  });

  test('returns a school count when no kindergarten count is reported', () => {
    expect(figureOf({ schools: { completed: 3 } })).toEqual({
      value: '3',
      label: 'Schools completed',
    });
  });

  test('returns undefined when the issue reports no figure', () => {
    expect(figureOf({ period: { start: 2022, end: 2024 } })).toBeUndefined();
    expect(headlineFigure(districtTotals([issue()]), 'en')).toBeUndefined();
  });
});

describe('issueCard', () => {
  test('returns the number, district and column names in the issue’s language', () => {
    const stats = { investmentYuan: 3_076_000_000 };
    expect(issueCard({ lang: 'en', column, district: hanting, issue: issue(stats) })).toEqual({
      kind: 'issue',
      lang: 'en',
      column: { primary: 'Three-Year Tackling Operation', secondary: '三年攻坚行动' },
      publisher: 'Weifang Education Release',
      number: 'No. 4',
      district: 'Hanting District',
      title: 'Hanting District sets out its plan',
      figure: { value: '3.076 billion yuan', label: 'Planned investment' },
    });
    const zh = issueCard({
      lang: 'zh-CN',
      column,
      district: hanting,
      issue: issue(stats, '寒亭区计划'),
    });
    expect(zh).toMatchObject({
      column: { primary: '三年攻坚行动', secondary: 'Three-Year Tackling Operation' },
      publisher: '潍坊教育发布',
      number: '第4期',
      district: '寒亭区',
      title: '寒亭区计划',
      figure: { value: '30.76亿元', label: '计划投资' },
    });
  });

  test('leaves the figure out when the issue reports none', () => {
    expect(issueCard({ lang: 'en', column, district: hanting, issue: issue() })).not.toHaveProperty(
      'figure',
    );
  });
});

describe('defaultCard', () => {
  test('returns the city-wide targets in the column’s language', () => {
    expect(defaultCard(column)).toEqual({
      kind: 'default',
      lang: 'en',
      column: { primary: 'Three-Year Tackling Operation', secondary: '三年攻坚行动' },
      publisher: 'Weifang Education Release',
      heading: 'City-wide targets, 2022–2024',
      targets: [
        { value: '360', label: 'public kindergartens' },
        { value: '134', label: 'compulsory-education schools' },
        { value: '10', label: 'high schools' },
      ],
    });
  });
});

describe('escapeMarkup', () => {
  test('returns text that Pango reads as text, not markup', () => {
    expect(escapeMarkup(`<b>Schools & "kindergartens"</b> it's`)).toBe(
      '&lt;b&gt;Schools &amp; &quot;kindergartens&quot;&lt;/b&gt; it&apos;s',
    );
  });
});

describe('ellipsize', () => {
  test('returns the text unchanged when it has no more characters than the count', () => {
    expect(ellipsize('寒亭区', 3)).toBe('寒亭区');
  });

  test('cuts Chinese anywhere and drops punctuation before the ellipsis', () => {
    expect(ellipsize('寒亭区计划新建学校', 5)).toBe('寒亭区计划…');
    expect(ellipsize('寒亭区，计划新建', 4)).toBe('寒亭区…');
  });

  test('goes back to the start of a Latin word cut in the middle', () => {
    expect(ellipsize('Hanting District sets out its plan', 20)).toBe('Hanting District…');
    expect(ellipsize('Hanting District sets out its plan', 21)).toBe('Hanting District sets…');
  });

  test('keeps a cut word when going back would lose more than half the text', () => {
    expect(ellipsize('Kindergartens', 6)).toBe('Kinder…');
  });

  test('never splits a character made of several code points', () => {
    expect(ellipsize('Cafe\u0301 Nord', 4)).toBe('Cafe\u0301…');
  });
});

describe('lineCount', () => {
  test('returns the lines whose ink makes the height, one line being up to a pitch tall', () => {
    expect(lineCount(40, 75)).toBe(1);
    expect(lineCount(75, 75)).toBe(1);
    expect(lineCount(76, 75)).toBe(2);
    expect(lineCount(210, 75)).toBe(3);
    expect(lineCount(0, 75)).toBe(1);
  });
});

describe('fitTitle', () => {
  test('returns a short title whole, on one line, at the largest size', async () => {
    const fonts = await loadFonts();
    const fitted = await fitTitle('港湾区计划新建两所小学', 1072, fonts);
    expect(fitted).toMatchObject({
      size: TITLE_SIZES[0],
      lines: 1,
      shown: '港湾区计划新建两所小学',
    });
  });

  test('returns a long title smaller before it cuts anything', async () => {
    const fonts = await loadFonts();
    const title =
      'Hanting District sets out 3.076 billion yuan plan for new schools and kindergartens through 2024 and beyond';
    const fitted = await fitTitle(title, 1072, fonts);
    expect(fitted.size).toBeLessThan(TITLE_SIZES[0]);
    expect(fitted.shown).toBe(title);
    expect(fitted.lines).toBe(TITLE_MAX_LINES);
  });

  test('returns the start of a title too long for three lines, with an ellipsis', async () => {
    const fonts = await loadFonts();
    const title = '寒亭区三年投资30.76亿元新建改扩建中小学幼儿园'.repeat(4);
    const fitted = await fitTitle(title, 1072, fonts);
    expect(fitted.size).toBe(TITLE_SIZES.at(-1));
    expect(fitted.lines).toBe(TITLE_MAX_LINES);
    expect(fitted.shown).toMatch(/…$/);
    expect(title.startsWith(fitted.shown.slice(0, -1))).toBe(true);
    // Three lines of about 23 characters at the smallest size: little room is left unused.
    expect(fitted.shown.length).toBeGreaterThan(60);
  });
});

describe('fitWidth', () => {
  test('returns the first size that fits, else the last one cut at the width', async () => {
    const fonts = await loadFonts();
    const block = (size: number) => ({ markup: 'Weifang Education Release', size });
    const blocks = [block(60), block(30)];
    const wide = await renderText(block(60), fonts);
    const narrow = await renderText(block(30), fonts);
    expect((await fitWidth(blocks, wide.width, fonts)).width).toBe(wide.width);
    expect((await fitWidth(blocks, wide.width - 1, fonts)).width).toBe(narrow.width);
    const cut = await fitWidth(blocks, 100, fonts);
    expect({ width: cut.width, height: cut.height }).toEqual({ width: 100, height: narrow.height });
    expect(cut.data.length).toBe(100 * narrow.height * 4);
  });
});

describe('loadFonts', () => {
  test('shows the text renderer no font but the npm one, on a machine that has others', async () => {
    // loadFonts throws when a script our font lacks (Hebrew, Arabic, Thai) is drawn from a
    // machine font; resolving is the proof. The setup file it points fontconfig at lists no
    // font folder, so there is nothing else to find.
    await loadFonts();
    const conf = readFileSync(process.env['FONTCONFIG_FILE'] ?? '', 'utf8');
    expect(conf).toContain('<fontconfig>');
    expect(conf).not.toMatch(/<dir|<include/);
  });
});

describe('renderCard', () => {
  test('returns a 1200×630 PNG for an issue and for the default card', async () => {
    const cards = [
      issueCard({
        lang: 'zh-CN',
        column,
        district: hanting,
        issue: issue({ investmentYuan: 3_076_000_000 }, '寒亭区计划新建学校'),
      }),
      defaultCard(column),
    ];
    for (const card of cards) {
      const meta = await sharp(await renderCard(card)).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
        format: 'png',
        width: WIDTH,
        height: HEIGHT,
      });
    }
  });
});

describe('socialImage', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'social-image-test-'));
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
  const card = issueCard({ lang: 'en', column, district: hanting, issue: issue() });

  test('returns the cached PNG for an unchanged card without drawing it again', async () => {
    const drawn = await socialImage(card, cacheDir);
    const folder = join(cacheDir, 'social-images');
    const name = `${await cacheKey(card)}.png`;
    expect(readdirSync(folder)).toEqual([name]);
    expect(readFileSync(join(folder, name))).toEqual(drawn);
    // Marked bytes in the cache come back as they are: nothing was drawn.
    writeFileSync(join(folder, name), 'cached bytes');
    const before = statSync(join(folder, name));
    expect((await socialImage(card, cacheDir)).toString()).toBe('cached bytes');
    expect(statSync(join(folder, name)).mtimeMs).toBe(before.mtimeMs);
  });

  test('returns a new key when anything on the card changes', async () => {
    const key = await cacheKey(card);
    expect(await cacheKey({ ...card })).toBe(key);
    expect(await cacheKey({ ...card, title: `${card.title}.` })).not.toBe(key);
    expect(await cacheKey({ ...card, lang: 'zh-CN' })).not.toBe(key);
  });
});
