/**
 * Markup in an issue that must never reach readers: elements that run code, restyle the page
 * or embed another one; event-handler attributes; link and picture addresses that are not web
 * addresses (`javascript:`, `vbscript:`, `data:` …); and attribute values in braces, which MDX
 * runs as code when the site is built. The site's Content Security Policy would block most of
 * this in the browser, but an issue should say what it means in words an editor can act on,
 * not fail silently on readers' screens.
 */
import type { Nodes } from 'mdast';
import type {
  MdxJsxAttribute,
  MdxJsxAttributeValueExpression,
  MdxJsxExpressionAttribute,
  MdxJsxFlowElement,
  MdxJsxTextElement,
} from 'mdast-util-mdx-jsx';
import { msg, type CheckMessage } from '../i18n/checks.ts';

export interface MarkupProblem {
  /** Line in the text that was parsed, when the parser gives one. */
  line?: number;
  /** The attribute the problem is about, when it is about one. */
  attribute?: string;
  problem: CheckMessage;
  fix: CheckMessage;
}

const SCRIPT_FIX = msg('markup.script.fix');
const STYLE_FIX = msg('markup.style.fix');
const EMBED_FIX = msg('markup.embed.fix');
const HEAD_FIX = msg('markup.head.fix');

/** By lower-case name, so `<SCRIPT>` and `<Script>` are caught as well. */
const UNSAFE_ELEMENTS = new Map([
  ['script', SCRIPT_FIX],
  ['style', STYLE_FIX],
  ['iframe', EMBED_FIX],
  ['frame', EMBED_FIX],
  ['frameset', EMBED_FIX],
  ['object', EMBED_FIX],
  ['embed', EMBED_FIX],
  ['applet', EMBED_FIX],
  ['base', HEAD_FIX],
  ['link', HEAD_FIX],
  ['meta', HEAD_FIX],
]);

function unsafeElementFix(name: string): CheckMessage | undefined {
  // `<svg:script>` is a script too.
  return UNSAFE_ELEMENTS.get(name.split(':').at(-1)?.toLowerCase() ?? '');
}

/** Whether an element is refused whatever its attributes (`<script>`, `<iframe>` …). */
export function isUnsafeElement(name: string): boolean {
  return unsafeElementFix(name) !== undefined;
}

const LINK_FIX = msg('markup.link.fix');
const PICTURE_FIX = msg('markup.picture.fix');

/** What a link may open: web pages, e-mail and telephone numbers. */
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
/** Where a picture may come from: the site's own files or the web. */
const PICTURE_SCHEMES = new Set(['http', 'https']);

/**
 * Attributes holding an address, by lower-case name without `:` (`xlink:href` and `xlinkHref`
 * alike), and whether the address is a picture's.
 */
const ADDRESS_ATTRIBUTES = new Map<string, 'link' | 'picture'>([
  ['href', 'link'],
  ['xlinkhref', 'link'],
  ['action', 'link'],
  ['formaction', 'link'],
  ['src', 'picture'],
  ['srcset', 'picture'],
  ['poster', 'picture'],
]);

// Relative addresses resolve against a web address, so they count as https.
const RELATIVE_BASE = 'https://relative.invalid/';

/**
 * The scheme of `address` as a browser reads it (without the colon), or undefined when it is
 * not an address at all. The WHATWG URL parser is the one browsers use: it drops the leading
 * spaces and control characters and the tabs and line breaks that hide a scheme
 * (`java&#x09;script:`, whose character reference MDX has already decoded).
 */
function schemeOf(address: string): string | undefined {
  if (!URL.canParse(address, RELATIVE_BASE)) return undefined;
  return new URL(address, RELATIVE_BASE).protocol.slice(0, -1);
}

function refusedScheme(address: string, allowed: ReadonlySet<string>): string | undefined {
  const scheme = schemeOf(address);
  return scheme !== undefined && !allowed.has(scheme) ? scheme : undefined;
}

/** The addresses in a `srcset`: each candidate is an address, then an optional width or density. */
const srcsetAddresses = (srcset: string) =>
  srcset
    .split(',')
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((address) => address !== '');

/**
 * The text an attribute's value stands for: a quoted value, or a plain literal in braces
 * (`{"…"}`, `{600}`, a template with no `${}`); undefined when the braces hold code.
 */
export function attributeText(
  value: string | MdxJsxAttributeValueExpression | null | undefined,
): string | undefined {
  if (typeof value === 'string') return value;
  const program = value?.data?.estree;
  const statement = program?.body.length === 1 ? program.body[0] : undefined;
  if (statement?.type !== 'ExpressionStatement') return undefined;
  const expression = statement.expression;
  if (expression.type === 'Literal' && ['string', 'number'].includes(typeof expression.value))
    return String(expression.value);
  if (expression.type === 'TemplateLiteral' && expression.expressions.length === 0)
    return expression.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

function attributeProblems(
  element: JsxElement,
  attribute: MdxJsxAttribute | MdxJsxExpressionAttribute,
): Omit<MarkupProblem, 'line'>[] {
  const tag = `<${element.name ?? ''}>`;
  if (attribute.type === 'mdxJsxExpressionAttribute')
    return [
      {
        problem: msg('markup.spread', { code: attribute.value, tag }),
        fix: msg('markup.spread.fix'),
      },
    ];
  const { name, value } = attribute;
  if (/^on/i.test(name))
    return [
      {
        problem: msg('markup.handler', { name, tag }),
        fix: msg('markup.handler.fix', { name }),
      },
    ];
  if (name.toLowerCase() === 'set:html')
    return [
      {
        problem: msg('markup.setHtml', { tag }),
        fix: msg('markup.setHtml.fix'),
      },
    ];
  const text = attributeText(value);
  if (text === undefined && value != null && typeof value !== 'string')
    return [
      {
        problem: msg('markup.codeValue', { name, code: value.value, tag }),
        fix: msg('markup.codeValue.fix', { name }),
      },
    ];
  const kind = ADDRESS_ATTRIBUTES.get(name.toLowerCase().replace(':', ''));
  if (!kind || text === undefined) return [];
  const addresses = name.toLowerCase() === 'srcset' ? srcsetAddresses(text) : [text];
  const allowed = kind === 'picture' ? PICTURE_SCHEMES : LINK_SCHEMES;
  const scheme = addresses.map((address) => refusedScheme(address, allowed)).find(Boolean);
  if (!scheme) return [];
  return [
    {
      problem: msg('markup.attributeAddress', { element: element.name ?? '', name, scheme }),
      fix: kind === 'picture' ? PICTURE_FIX : LINK_FIX,
    },
  ];
}

/** What is unsafe in one node of an issue's MDX tree; nothing for safe nodes. */
export function unsafeMarkup(node: Nodes): MarkupProblem[] {
  const line = node.position?.start.line;
  const at = (found: number | undefined) => (found === undefined ? {} : { line: found });
  const address = (
    url: string,
    allowed: ReadonlySet<string>,
    problem: (scheme: string) => CheckMessage,
    fix: CheckMessage,
  ) => {
    const scheme = refusedScheme(url, allowed);
    return scheme ? [{ ...at(line), problem: problem(scheme), fix }] : [];
  };
  switch (node.type) {
    case 'link':
      return address(
        node.url,
        LINK_SCHEMES,
        (scheme) => msg('markup.linkAddress', { scheme }),
        LINK_FIX,
      );
    case 'image':
      return address(
        node.url,
        PICTURE_SCHEMES,
        (scheme) => msg('markup.pictureAddress', { scheme }),
        PICTURE_FIX,
      );
    case 'definition':
      return address(
        node.url,
        LINK_SCHEMES,
        (scheme) => msg('markup.definitionAddress', { label: node.label ?? '', scheme }),
        LINK_FIX,
      );
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const elementFix = unsafeElementFix(name);
      if (elementFix)
        return [{ ...at(line), problem: msg('markup.element', { name }), fix: elementFix }];
      return node.attributes.flatMap((attribute) =>
        attributeProblems(node, attribute).map((found) => ({
          ...at(attribute.position?.start.line ?? line),
          ...(attribute.type === 'mdxJsxAttribute' ? { attribute: attribute.name } : {}),
          ...found,
        })),
      );
    }
    default:
      return [];
  }
}
