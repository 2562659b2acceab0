/**
 * The card's colours, read from the site's design tokens (src/styles/tokens.css) so a card
 * is ink on paper with the masthead red exactly as the pages are. Cards are drawn once for
 * every reader, so they take the light-mode values: the first `:root` block of the file.
 */

export interface Palette {
  paper: string;
  ink: string;
  ink2: string;
  ink3: string;
  hairline: string;
  /** Red text. */
  accent: string;
  /** Red areas: the band and the number badge. */
  accentFill: string;
  /** Text on the red fill. */
  onAccent: string;
}

/** Each colour's custom property, without its `--col-` prefix. */
const TOKENS: Record<keyof Palette, string> = {
  paper: 'paper',
  ink: 'ink',
  ink2: 'ink-2',
  ink3: 'ink-3',
  hairline: 'hairline',
  accent: 'accent',
  accentFill: 'accent-fill',
  onAccent: 'on-accent',
};

/** `#fff` as `#ffffff`: one spelling per colour, so the cache key changes only with the colour. */
function longHex(value: string): string | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim())?.[1]?.toLowerCase();
  if (!hex) return undefined;
  return `#${hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex}`;
}

/** The palette from the text of tokens.css; throws naming the token it cannot use. */
export function cardPalette(tokensCss: string): Palette {
  const root = /:root\s*\{([^}]*)\}/.exec(tokensCss)?.[1];
  if (root === undefined) throw new Error('tokens.css: no :root block with the colour tokens');
  const declared = new Map(
    [...root.matchAll(/--col-([\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name, value]),
  );
  const palette = {} as Palette;
  for (const [key, token] of Object.entries(TOKENS) as [keyof Palette, string][]) {
    const value = declared.get(token);
    const hex = value === undefined ? undefined : longHex(value);
    if (!hex) {
      throw new Error(
        `tokens.css: --col-${token} ${value === undefined ? 'is missing' : `is "${value.trim()}"`} — the social cards need it as a hex colour such as #b3121d`,
      );
    }
    palette[key] = hex;
  }
  return palette;
}
