import { describe, expect, test } from 'vitest';
import {
  TITLE_MAX_LINES,
  TITLE_SIZES,
  ellipsize,
  escapeMarkup,
  fitTitle,
  fitWidth,
  lineCount,
  renderText,
} from './draw';
import { emptyFontconfigFile, loadFonts } from './fonts';

// This file draws text in its own Vitest process (the unit project runs each file in a fork of
// its own), so it takes the drawing process's fontconfig setup before anything is drawn.
process.env['FONTCONFIG_FILE'] = await emptyFontconfigFile();

const INK = '#1b1917';

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
    const fitted = await fitTitle('港湾区计划新建两所小学', 1072, INK, fonts);
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
    const fitted = await fitTitle(title, 1072, INK, fonts);
    expect(fitted.size).toBeLessThan(TITLE_SIZES[0]);
    expect(fitted.shown).toBe(title);
    expect(fitted.lines).toBe(TITLE_MAX_LINES);
  });

  test('returns the start of a title too long for three lines, with an ellipsis', async () => {
    const fonts = await loadFonts();
    const title = '寒亭区三年投资30.76亿元新建改扩建中小学幼儿园'.repeat(4);
    const fitted = await fitTitle(title, 1072, INK, fonts);
    expect(fitted.size).toBe(TITLE_SIZES.at(-1));
    expect(fitted.lines).toBe(TITLE_MAX_LINES);
    expect(fitted.shown).toMatch(/…$/);
    expect(title.startsWith(fitted.shown.slice(0, -1))).toBe(true);
    // Three lines of about 23 characters at the smallest size: little room is left unused.
    expect(fitted.shown.length).toBeGreaterThan(60);
  });
});

describe('renderText', () => {
  test('returns a one-line block drawn before as the same pixels, without drawing it again', async () => {
    const fonts = await loadFonts();
    const block = { markup: 'Hanting District', size: 30, weight: 'bold' as const };
    const first = await renderText(block, fonts);
    expect(await renderText({ ...block }, fonts)).toBe(first);
    expect(await renderText({ ...block, size: 31 }, fonts)).not.toBe(first);
  });

  test('draws a wrapped block each time: titles are seldom repeated and large', async () => {
    const fonts = await loadFonts();
    const block = { markup: 'Hanting District sets out its plan', size: 60, width: 400 };
    const first = await renderText(block, fonts);
    const again = await renderText(block, fonts);
    expect(again).not.toBe(first);
    expect(again.data.equals(first.data)).toBe(true);
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
