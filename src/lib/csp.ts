/**
 * The site's Content Security Policy, in one place. The `<meta http-equiv>` in every page,
 * the `_headers` file for hosts that read one, and deploy/nginx.conf (checked by its test)
 * all come from here, so they cannot drift apart.
 *
 * Nothing inline is allowed: no inline script or style, no `style` attribute. The only
 * script is the search page's bundle under `_astro/` and Pagefind under `pagefind/`, both
 * on the site's own origin.
 */

/** Directive → sources. Order is kept when the policy is written out. */
export type CspDirectives = Readonly<Record<string, readonly string[]>>;

export const CSP_DIRECTIVES = {
  // Anything not named below (fonts, frames, media, plugins, manifests) is refused.
  'default-src': ["'none'"],
  // Pagefind compiles its WebAssembly search engine, which needs 'wasm-unsafe-eval' (a
  // narrower grant than 'unsafe-eval': it allows WebAssembly only, never JavaScript eval).
  // It searches in the page (src/scripts/search.ts), so no worker is allowed.
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // Pagefind fetches its index, filters and excerpts.
  'connect-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'form-action': ["'self'"],
  'base-uri': ["'none'"],
  // Browsers ignore frame-ancestors in a <meta> policy: it is sent as a header only.
  'frame-ancestors': ["'none'"],
} as const satisfies CspDirectives;

/** Directives that browsers ignore, with a console warning, when the policy comes from `<meta>`. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

function serialise(directives: CspDirectives, keep: (name: string) => boolean): string {
  return Object.entries(directives)
    .filter(([name]) => keep(name))
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** The policy for `<meta http-equiv="Content-Security-Policy">`. */
export function cspMeta(directives: CspDirectives = CSP_DIRECTIVES): string {
  return serialise(directives, (name) => !HEADER_ONLY.has(name));
}

/** The policy for the `Content-Security-Policy` HTTP header: every directive. */
export function cspHeader(directives: CspDirectives = CSP_DIRECTIVES): string {
  return serialise(directives, () => true);
}

/**
 * Headers every response gets, besides the policy: `nosniff` keeps browsers from running a
 * file as a script or stylesheet when its content type says otherwise.
 */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': cspHeader(),
  'X-Content-Type-Options': 'nosniff',
};

/** Astro's bundles and pictures carry a content hash in their names, so they never change. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * The `_headers` file read by Netlify and Cloudflare Pages: the security headers on every
 * path under `base`, and a year's caching for the hashed files in `_astro/`.
 */
export function headersFile(base: string): string {
  const lines = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    lines(`${base}*`, SECURITY_HEADERS),
    lines(`${base}_astro/*`, { 'Cache-Control': IMMUTABLE_CACHE }),
  ].join('\n\n')}\n`;
}
