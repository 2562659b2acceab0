/**
 * Footnotes in the issue's own language. Sätteri, Astro's Markdown processor, labels the
 * footnotes section ("Footnotes", read out by screen readers) and each back link ("Back to
 * reference 1") with one set of English words for the whole site, fixed in its conversion
 * options; a Chinese issue gets the Chinese words here, from the site's dictionary, in the
 * article's rendered HTML.
 */
import { t } from '../i18n';
import type { Lang } from '../i18n/langs';

const SECTION_LABEL = /(<h2 class="sr-only" id="footnote-label">)Footnotes(<\/h2>)/;
const BACK_LABEL = /(data-footnote-backref aria-label=")Back to reference (\d+(?:-\d+)?)(")/g;

/** `html`, an article as Sätteri renders it, with its footnote labels in `lang`. */
export function localiseFootnotes(html: string, lang: Lang): string {
  if (!html.includes('data-footnotes')) return html;
  return html
    .replace(SECTION_LABEL, (_match, open: string, close: string) =>
      [open, t(lang, 'footnotes.label'), close].join(''),
    )
    .replace(BACK_LABEL, (_match, open: string, number: string, close: string) =>
      [open, t(lang, 'footnotes.back', { number }), close].join(''),
    );
}
