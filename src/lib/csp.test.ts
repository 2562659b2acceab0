import { describe, expect, test } from 'vitest';
import { CSP_DIRECTIVES, cspHeader, cspMeta, headersFile } from './csp';

/** Directive name → sources, read back from a serialised policy. */
const parse = (policy: string) =>
  Object.fromEntries(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );

describe('CSP_DIRECTIVES', () => {
  test('refuses everything not named, and anything inline or evaluated', () => {
    expect(CSP_DIRECTIVES['default-src']).toEqual(["'none'"]);
    const sources = Object.values(CSP_DIRECTIVES).flat();
    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
  });

  test('allows only the site itself, never another host, scheme or wildcard', () => {
    const sources = Object.values(CSP_DIRECTIVES).flat();
    expect(sources.filter((source) => !/^'[a-z-]+'$/.test(source))).toEqual([]);
  });

  test("gives scripts the site's files plus WebAssembly for Pagefind, and nothing more", () => {
    expect(CSP_DIRECTIVES['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});

describe('cspMeta', () => {
  test('leaves out frame-ancestors, which browsers ignore in <meta>', () => {
    const policy = parse(cspMeta());
    expect(policy['frame-ancestors']).toBeUndefined();
    expect(policy['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });
});

describe('cspHeader', () => {
  test('returns every directive, frame-ancestors included', () => {
    expect(parse(cspHeader())).toEqual(CSP_DIRECTIVES);
  });

  test('returns the <meta> policy plus the header-only directives', () => {
    expect(cspHeader()).toBe(`${cspMeta()}; frame-ancestors 'none'`);
  });
});

describe('headersFile', () => {
  test('returns the policy for every path under the base, and caching for _astro/', () => {
    expect(headersFile('/column/')).toBe(
      [
        '/column/*',
        `  Content-Security-Policy: ${cspHeader()}`,
        '  X-Content-Type-Options: nosniff',
        '',
        '/column/_astro/*',
        '  Cache-Control: public, max-age=31536000, immutable',
        '',
      ].join('\n'),
    );
  });

  test('returns root paths for a site at the domain root', () => {
    expect(
      headersFile('/')
        .split('\n')
        .filter((line) => line.startsWith('/')),
    ).toEqual(['/*', '/_astro/*']);
  });
});
