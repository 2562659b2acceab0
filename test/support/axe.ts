/**
 * axe-core in the page under test. Returns each violation as one readable line, so a
 * failing assertion says what is wrong and where.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

export interface AxeOptions {
  /** Only report these impacts, e.g. ['serious', 'critical']; every violation when absent. */
  impacts?: string[];
}

export async function axeViolations(page: Page, { impacts }: AxeOptions = {}): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run: (context: Document) => Promise<{
          violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[];
        }>;
      };
    };
    const result = await axe.run(document);
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  });
  const path = new URL(page.url()).pathname;
  return violations
    .filter((violation) => !impacts || impacts.includes(violation.impact))
    .map(
      (violation) =>
        `${path}: ${violation.id} (${violation.impact}) at ${violation.targets.join(', ')}`,
    );
}
