/**
 * axe-core in the page under test. Returns each violation as one readable line, so a
 * failing assertion says what is wrong and where.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The axe-core tags for WCAG 2.0, 2.1 and 2.2, levels A and AA. */
export const WCAG22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export interface AxeOptions {
  /** Only report these impacts, e.g. ['serious', 'critical']; every violation when absent. */
  impacts?: string[];
  /** Only run the rules with these axe-core tags, e.g. WCAG22_AA; every rule when absent. */
  tags?: string[];
}

export async function axeViolations(
  page: Page,
  { impacts, tags }: AxeOptions = {},
): Promise<string[]> {
  // Evaluated through the DevTools protocol rather than added as a <script> element: the
  // site's Content Security Policy refuses inline scripts, and would refuse axe too.
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async (onlyTags) => {
    const { axe } = window as unknown as {
      axe: {
        run: (
          context: Document,
          options: { runOnly?: { type: 'tag'; values: string[] } },
        ) => Promise<{
          violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
        }>;
      };
    };
    const result = await axe.run(
      document,
      onlyTags ? { runOnly: { type: 'tag', values: onlyTags } } : {},
    );
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  }, tags);
  const path = new URL(page.url()).pathname;
  return violations
    .filter((violation) => !impacts || impacts.includes(violation.impact))
    .map(
      (violation) =>
        `${path}: ${violation.id} (${violation.impact}) at ${violation.targets.join(', ')}`,
    );
}
