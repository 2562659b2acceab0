import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyFontconfigFile, loadFonts } from './fonts';

describe('loadFonts', () => {
  test('returns both weights of the npm font and one hash of their bytes', async () => {
    const fonts = await loadFonts();
    expect(Object.keys(fonts.files).toSorted()).toEqual(['bold', 'regular']);
    for (const file of Object.values(fonts.files)) {
      expect(file).toMatch(/node_modules\/@embedpdf\/fonts-sc\/fonts\/NotoSansHans-\w+\.otf$/);
      expect(existsSync(file)).toBe(true);
    }
    expect(fonts.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await loadFonts()).toBe(fonts);
  });
});

describe('emptyFontconfigFile', () => {
  test('returns a fontconfig setup that lists no font folder and includes no other setup', async () => {
    const conf = readFileSync(await emptyFontconfigFile(), 'utf8');
    expect(conf).toContain('<fontconfig>');
    expect(conf).not.toMatch(/<dir|<include/);
  });

  test('leaves the environment of the process that asks alone', async () => {
    const before = process.env['FONTCONFIG_FILE'];
    await emptyFontconfigFile();
    expect(process.env['FONTCONFIG_FILE']).toBe(before);
  });
});
