/**
 * Checks over a built site that need no browser: html-validate on every page, the Content
 * Security Policy in every page and in `_headers`, and no JavaScript on reading pages.
 * Each returns its problems as readable lines, so a failing assertion lists them all.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { cspMeta, headersFile } from '../../src/lib/csp';
import { allTags, listPages, pageFile, type Tag } from './html';

/**
 * html-validate's errors on every page, with the project's `.htmlvalidate.mjs` (found from
 * each file's folder upwards, as the command line finds it; builds live inside the project).
 */
export async function htmlValidationErrors(outDir: string): Promise<string[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: string[] = [];
  for (const page of listPages(outDir)) {
    const report = await validator.validateFile(pageFile(outDir, page));
    for (const result of report.results) {
      for (const message of result.messages) {
        errors.push(
          `${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
        );
      }
    }
  }
  return errors;
}

/** Pages that hold a search form driven by the browser script: the one place JavaScript is allowed. */
export function isSearchPage(page: string): boolean {
  return /^\/(zh\/)?search\/$/.test(page);
}

/** What in one tag would run JavaScript, or undefined. JSON-LD scripts are data, never run. */
function scriptIn({ name, attributes }: Tag): string | undefined {
  if (name === 'script' && attributes.get('type') !== 'application/ld+json') {
    return attributes.has('src') ? `<script src="${attributes.get('src')}">` : '<script>';
  }
  if (name === 'link' && attributes.get('rel') === 'modulepreload') {
    return `<link rel="modulepreload" href="${attributes.get('href')}">`;
  }
  const handler = [...attributes].find(
    ([key, value]) => key.startsWith('on') || /^\s*javascript:/i.test(value),
  );
  return handler && `${handler[0]} attribute on <${name}>`;
}

/**
 * Reading pages (every page but search) that would run JavaScript: a script other than
 * JSON-LD data, a module preload, an event-handler attribute or a `javascript:` URL.
 */
export function readingPagesWithScripts(outDir: string): string[] {
  return listPages(outDir)
    .filter((page) => !isSearchPage(page))
    .flatMap((page) =>
      allTags(readFileSync(pageFile(outDir, page), 'utf8'))
        .map(scriptIn)
        .filter((what) => what !== undefined)
        .map((what) => `${page}: ${what}`),
    );
}

const isPolicy = ({ name, attributes }: Tag) =>
  name === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy';

/**
 * What breaks the Content Security Policy: a page without the policy, or with another one, or
 * with the policy after something it should cover; anything inline it would refuse (script,
 * style element, style attribute, event handler); and a `_headers` file out of step.
 */
export function cspProblems(outDir: string, base: string): string[] {
  const problems: string[] = [];
  for (const page of listPages(outDir)) {
    const tags = allTags(readFileSync(pageFile(outDir, page), 'utf8'));
    const policyAt = tags.findIndex(isPolicy);
    const policies = tags.filter(isPolicy);
    if (policies.length !== 1) problems.push(`${page}: ${policies.length} CSP <meta> elements`);
    else if (policies[0]?.attributes.get('content') !== cspMeta())
      problems.push(`${page}: the CSP <meta> is not the policy in src/lib/csp.ts`);
    const loadsBefore = tags
      .slice(0, Math.max(policyAt, 0))
      .filter(({ name }) => ['link', 'script', 'style', 'img'].includes(name));
    if (loadsBefore.length) problems.push(`${page}: <${loadsBefore[0]?.name}> before the CSP`);
    for (const { name, attributes } of tags) {
      if (
        name === 'script' &&
        !attributes.has('src') &&
        attributes.get('type') !== 'application/ld+json'
      )
        problems.push(`${page}: inline <script>`);
      if (name === 'style') problems.push(`${page}: <style> element`);
      if (attributes.has('style'))
        problems.push(`${page}: style="${attributes.get('style')}" on <${name}>`);
      const handler = [...attributes.keys()].find((key) => /^on/.test(key));
      if (handler) problems.push(`${page}: ${handler} attribute on <${name}>`);
    }
  }
  const headers = join(outDir, '_headers');
  if (!existsSync(headers)) problems.push('no _headers file');
  else if (readFileSync(headers, 'utf8') !== headersFile(base))
    problems.push('_headers does not carry the policy from src/lib/csp.ts for this base');
  return problems;
}
