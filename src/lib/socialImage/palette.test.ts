import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cardPalette } from './palette';

const tokens = readFileSync(new URL('../../styles/tokens.css', import.meta.url), 'utf8');

describe('cardPalette', () => {
  test('returns the light-mode colours of src/styles/tokens.css', () => {
    expect(cardPalette(tokens)).toEqual({
      paper: '#faf8f3',
      ink: '#1b1917',
      ink2: '#4a4640',
      ink3: '#6b655c',
      hairline: '#d8d2c5',
      accent: '#b3121d',
      accentFill: '#b3121d',
      onAccent: '#ffffff',
    });
  });

  test('returns the first :root block’s values, not the dark ones after it', () => {
    const css = `:root { --col-paper: #fff; }\n@media (prefers-color-scheme: dark) { :root { --col-paper: #000; } }`;
    expect(() => cardPalette(css)).toThrow('--col-ink is missing');
    const full = tokens.replace('--col-paper: #faf8f3;', '--col-paper: #FAF;');
    expect(cardPalette(full).paper).toBe('#ffaaff');
  });

  test('throws naming a token that is not a hex colour', () => {
    expect(() =>
      cardPalette(tokens.replace('--col-ink-2: #4a4640;', '--col-ink-2: var(--col-ink);')),
    ).toThrow(
      'tokens.css: --col-ink-2 is "var(--col-ink)" — the social cards need it as a hex colour',
    );
  });
});
