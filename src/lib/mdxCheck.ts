/**
 * Checks an issue's MDX body the way the build will read it: syntax, components, images, and
 * markup that must not reach readers (src/lib/unsafeMarkup.ts). Parsing (not compiling) is
 * enough to find every problem and costs a fraction of a render.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import type { Image, Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import { mdxError, msg, quoted, type CheckMessage } from '../i18n/checks.ts';
import type { ContentProblem } from './contentProblem.ts';
import type { DigestMemo } from './digestMemo.ts';
import { attributeText, isUnsafeElement, unsafeMarkup } from './unsafeMarkup.ts';

/** The components `src/components/mdx/index.ts` provides; a test keeps the two in step. */
export const MDX_COMPONENT_NAMES = ['Callout', 'Figure', 'PullQuote', 'Stat'] as const;

/** Attributes each component needs. */
const REQUIRED_ATTRIBUTES: Record<
  string,
  { name: string; problem: CheckMessage; fix: CheckMessage }[]
> = {
  Stat: [
    { name: 'value', problem: msg('body.statNoValue'), fix: msg('body.statNoValue.fix') },
    { name: 'label', problem: msg('body.statNoLabel'), fix: msg('body.statNoLabel.fix') },
  ],
  Figure: [
    { name: 'src', problem: msg('body.figureNoSrc'), fix: msg('body.figureNoSrc.fix') },
    { name: 'alt', problem: msg('body.figureNoAlt'), fix: msg('body.figureNoAlt.fix') },
  ],
};

// GFM as the build reads it (Sätteri, astro.config.mjs): without it, a footnote such as
// `[^1]: [x](javascript:…)` parses as a link definition to a harmless-looking address, and
// the check would pass a script link the build renders. A test keeps the two parsers agreeing
// on what they can read.
const parser = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Bold or strong markers left as text: Markdown reads `**` as closing only when the character
 * before it is not punctuation or the one after it is, so `**牵头：**区教育局` and
 * `**Lead:**the bureau` show their asterisks. An escaped `\*\*` is meant and is left alone.
 */
const UNREAD_BOLD = /(?<!\\)(\*\*|__)(?=\S)/;

/** Full-width punctuation, which GFM takes into a bare address that runs up to it. */
const FULL_WIDTH_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20]/u;

function attribute(node: JsxElement, name: string): { present: boolean; value?: string } {
  const found = node.attributes.find(
    (item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name,
  );
  if (!found) return { present: false };
  const value = attributeText(found.value);
  return value === undefined ? { present: true } : { present: true, value };
}

/** A problem an issue's text shows by itself, its line counted from the text's first line. */
export type BodyProblem = Omit<ContentProblem, 'file'>;

/**
 * What reading a body finds: every problem its text shows, and the pictures it names, which
 * are looked for on disk each time. Depends on the text alone, so it can be kept by digest
 * (./digestMemo.ts).
 */
export interface BodyFindings {
  problems: BodyProblem[];
  figures: { src: string; line?: number }[];
}

/**
 * Problems in `body`, an issue's text after its frontmatter. `firstLine` is the file line the
 * body starts on, so reported lines match the editor's view of the whole file. `memo` keeps
 * what each text was found to hold, so an unchanged body is not parsed again.
 */
export function checkMdxBody(
  file: string,
  body: string,
  firstLine: number,
  contentDir: string,
  memo?: DigestMemo<BodyFindings>,
): ContentProblem[] {
  const { problems, figures } = memo ? memo.get(body, readBody) : readBody(body);
  const missing = figures
    .filter(({ src }) => !existsSync(join(contentDir, src)))
    .map(({ src, line }) => ({
      ...(line === undefined ? {} : { line }),
      field: 'body',
      problem: msg('body.figureMissing', { src }),
      fix: msg('body.figureMissing.fix'),
    }));
  // From top to bottom, as the editor reads them.
  return [...problems, ...missing]
    .toSorted((a, b) => (a.line ?? 0) - (b.line ?? 0))
    .map(({ line, ...problem }) => ({
      file,
      ...(line === undefined ? {} : { line: line + firstLine - 1 }),
      ...problem,
    }));
}

/** What `body` holds, lines counted from its own first line. */
export function readBody(body: string): BodyFindings {
  const at = (line: number | undefined) => (line === undefined ? {} : { line });
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const { reason, line, column, source, ruleId } = error as {
      reason?: string;
      line?: number;
      column?: number;
      source?: string;
      ruleId?: string;
    };
    // The character MDX stumbled on, which the Chinese words of its error name.
    const char =
      line !== undefined && column !== undefined
        ? [...(body.split(/\r?\n/)[line - 1] ?? '').slice(column - 1)][0]
        : undefined;
    const unreadable = {
      ...at(line),
      field: 'body',
      problem: msg('body.unreadable', {
        reason: mdxError({ reason: reason ?? String(error), source, ruleId, char }),
      }),
      fix: msg('body.unreadable.fix'),
    };
    return { problems: [unreadable], figures: [] };
  }

  const problems: BodyProblem[] = [];
  const figures: BodyFindings['figures'] = [];
  const source = (node: Nodes) =>
    body.slice(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
  visit(tree as Nodes, (node) => {
    const line = node.position?.start.line;
    if (node.type === 'text') {
      const marks = UNREAD_BOLD.exec(source(node))?.[1];
      if (marks)
        problems.push({
          ...at(line),
          field: 'body',
          problem: msg('body.boldUnread', { marks, text: quoted(node.value.trim()) }),
          fix: msg('body.boldUnread.fix', { marks }),
        });
      return;
    }
    // A bare address (GFM's autolink literal), not one in [text](…) or <…>.
    if (
      node.type === 'link' &&
      !/^[[<]/.test(source(node)) &&
      FULL_WIDTH_PUNCTUATION.test(node.url)
    )
      problems.push({
        ...at(line),
        field: 'body',
        problem: msg('body.linkRunsOn', { url: node.url }),
        fix: msg('body.linkRunsOn.fix'),
      });
    const unsafe = unsafeMarkup(node);
    for (const found of unsafe)
      problems.push({
        ...at(found.line),
        field: 'body',
        problem: found.problem,
        fix: found.fix,
      });
    if (node.type === 'image' && !(node as Image).alt?.trim()) {
      problems.push({
        ...at(line),
        field: 'body',
        problem: msg('body.imageNoAlt'),
        fix: msg('body.imageNoAlt.fix'),
      });
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const code = (node as { value: string }).value.trim();
      // `{/* … */}` is how MDX writes a comment; any other braces run as code at build time.
      if (code.replace(/\/\*[\s\S]*?\*\//g, '').trim() !== '') {
        problems.push({
          ...at(line),
          field: 'body',
          problem: msg('body.code', { code }),
          fix: msg('body.code.fix'),
        });
      }
      return;
    }
    if (node.type === 'mdxjsEsm') {
      problems.push({
        ...at(line),
        field: 'body',
        problem: msg('body.esm'),
        fix: msg('body.esm.fix'),
      });
      return;
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
    const element = node as JsxElement;
    const name = element.name ?? '';
    if (isUnsafeElement(name)) return;
    // Lower-case names are plain HTML elements, which MDX passes through.
    if (!/^[A-Z]/.test(name)) return;
    if (!(MDX_COMPONENT_NAMES as readonly string[]).includes(name)) {
      problems.push({
        ...at(line),
        field: 'body',
        problem: msg('body.unknownComponent', { name }),
        fix: msg('body.unknownComponent.fix', {
          names: MDX_COMPONENT_NAMES.map((known) => `<${known}>`),
        }),
      });
      return;
    }
    for (const required of REQUIRED_ATTRIBUTES[name] ?? []) {
      const found = attribute(element, required.name);
      if (!found.present || found.value?.trim() === '') {
        problems.push({
          ...at(line),
          field: 'body',
          problem: required.problem,
          fix: required.fix,
        });
      }
    }
    const src = name === 'Figure' ? attribute(element, 'src').value : undefined;
    const srcRefused = unsafe.some((found) => found.attribute === 'src');
    if (src && !srcRefused) figures.push({ src, ...at(line) });
  });
  return { problems, figures };
}
