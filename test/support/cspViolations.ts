/**
 * Content Security Policy violations in Chromium, from two sources: the page's own
 * `securitypolicyviolation` events, and the browser's log, which also carries what the
 * page's workers were refused (Pagefind searches in a worker, whose violations never reach
 * the page's events).
 */
import type { Page } from 'playwright-core';

/** Starts recording on `page`, across navigations; returns the live list of violations. */
export async function watchCspViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding('__reportCspViolation', (_source, line: string) => {
    violations.push(line);
  });
  // Init scripts and bindings go through the DevTools protocol, which the policy does not govern.
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportCspViolation: (line: string) => void })
      .__reportCspViolation;
    document.addEventListener('securitypolicyviolation', (event) => {
      report(
        `${location.pathname}: ${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Log.entryAdded', ({ entry }) => {
    if (/Content.Security.Policy/i.test(entry.text)) {
      violations.push(`${entry.source} log: ${entry.text.split('\n')[0]}`);
    }
  });
  await cdp.send('Log.enable');
  return violations;
}
