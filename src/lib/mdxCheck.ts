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
import type { ContentProblem } from './contentProblem.ts';
import { attributeText, isUnsafeElement, unsafeMarkup } from './unsafeMarkup.ts';

/** The components `src/components/mdx/index.ts` provides; a test keeps the two in step. */
export const MDX_COMPONENT_NAMES = ['Callout', 'Figure', 'PullQuote', 'Stat'] as const;

/** Attributes each component needs. */
const REQUIRED_ATTRIBUTES: Record<string, { name: string; problem: string; fix: string }[]> = {
  Stat: [
    {
      name: 'value',
      problem: 'a <Stat> has no value',
      fix: 'add value="…", e.g. value="6,684 places"',
    },
    {
      name: 'label',
      problem: 'a <Stat> has no label',
      fix: 'add label="…" saying what the figure counts',
    },
  ],
  Figure: [
    {
      name: 'src',
      problem: 'a <Figure> has no src',
      fix: 'add src="images/<file name>" for a picture in content/images/',
    },
    { name: 'alt', problem: 'a <Figure> has no alt text', fix: 'add alt="what the picture shows"' },
  ],
};

// GFM as the build reads it (Sätteri, astro.config.mjs): without it, a footnote such as
// `[^1]: [x](javascript:…)` parses as a link definition to a harmless-looking address, and
// the check would pass a script link the build renders. A test keeps the two parsers agreeing
// on what they can read.
const parser = createProcessor({ format: 'mdx', remarkPlugins: [remarkGfm] });

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function attribute(node: JsxElement, name: string): { present: boolean; value?: string } {
  const found = node.attributes.find(
    (item): item is MdxJsxAttribute => item.type === 'mdxJsxAttribute' && item.name === name,
  );
  if (!found) return { present: false };
  const value = attributeText(found.value);
  return value === undefined ? { present: true } : { present: true, value };
}

/**
 * Problems in `body`, an issue's text after its frontmatter. `firstLine` is the file line the
 * body starts on, so reported lines match the editor's view of the whole file.
 */
export function checkMdxBody(
  file: string,
  body: string,
  firstLine: number,
  contentDir: string,
): ContentProblem[] {
  const at = (line: number | undefined) =>
    line === undefined ? {} : { line: line + firstLine - 1 };
  let tree: Root;
  try {
    tree = parser.parse(body);
  } catch (error) {
    const { reason, line } = error as { reason?: string; line?: number };
    return [
      {
        file,
        ...at(line),
        field: 'body',
        problem: `MDX cannot read this: ${reason ?? String(error)}`,
        fix: 'MDX reads < and { as the start of a component or code: write \\< or \\{ for the plain character, and close every component tag',
      },
    ];
  }

  const problems: ContentProblem[] = [];
  visit(tree as Nodes, (node) => {
    const line = node.position?.start.line;
    const unsafe = unsafeMarkup(node);
    for (const found of unsafe)
      problems.push({
        file,
        ...at(found.line),
        field: 'body',
        problem: found.problem,
        fix: found.fix,
      });
    if (node.type === 'image' && !(node as Image).alt?.trim()) {
      problems.push({
        file,
        ...at(line),
        field: 'body',
        problem: 'an image has no alt text',
        fix: 'describe the picture between the brackets: ![what it shows](…)',
      });
    }
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      const code = (node as { value: string }).value.trim();
      // `{/* … */}` is how MDX writes a comment; any other braces run as code at build time.
      if (code.replace(/\/\*[\s\S]*?\*\//g, '').trim() !== '') {
        problems.push({
          file,
          ...at(line),
          field: 'body',
          problem: `{${code}} is read as code, not text`,
          fix: 'write \\{ and \\} for plain braces, or {/* … */} for a note that readers do not see',
        });
      }
      return;
    }
    if (node.type === 'mdxjsEsm') {
      problems.push({
        file,
        ...at(line),
        field: 'body',
        problem: 'an import or export line',
        fix: 'remove it: the components work in every issue without an import',
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
        file,
        ...at(line),
        field: 'body',
        problem: `unknown component <${name}>`,
        fix: `use one of: ${MDX_COMPONENT_NAMES.map((known) => `<${known}>`).join(', ')} (see docs/editing.md)`,
      });
      return;
    }
    for (const required of REQUIRED_ATTRIBUTES[name] ?? []) {
      const found = attribute(element, required.name);
      if (!found.present || found.value?.trim() === '') {
        problems.push({
          file,
          ...at(line),
          field: 'body',
          problem: required.problem,
          fix: required.fix,
        });
      }
    }
    const src = name === 'Figure' ? attribute(element, 'src').value : undefined;
    const srcRefused = unsafe.some((found) => found.attribute === 'src');
    if (src && !srcRefused && !existsSync(join(contentDir, src))) {
      problems.push({
        file,
        ...at(line),
        field: 'body',
        problem: `<Figure> image ${src} does not exist`,
        fix: 'put the picture in content/images/ and write src="images/<file name>"',
      });
    }
  });
  return problems;
}
