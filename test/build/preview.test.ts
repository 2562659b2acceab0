/**
 * Drafts and scheduled issues: the editor sees them in `npm run dev`, marked with a banner;
 * a build never contains them (the `basic` build tests check every page and list for that).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withDevServer } from '../support/dev';
import { fixtureContent } from '../support/paths';

describe('astro dev on the basic fixture', () => {
  it('shows drafts and scheduled issues with a banner, and lists them', async () => {
    await withDevServer(
      { name: 'dev-basic', contentDir: fixtureContent('basic') },
      async (server) => {
        const draft = await fetch(`${server.url}issues/17/`);
        expect(draft.status).toBe(200);
        const draftHtml = await draft.text();
        expect(draftHtml).toContain('Draft report on the Marigold campus in Cedar County');
        expect(draftHtml).toContain(
          'Draft: this issue is visible only in preview and will not be published.',
        );

        const scheduledHtml = await (await fetch(`${server.url}issues/16/`)).text();
        expect(scheduledHtml).toContain(
          'Scheduled for 1 January 2999: visible only in preview until then.',
        );

        const published = await (await fetch(`${server.url}issues/15/`)).text();
        expect(published).not.toContain('class="preview-banner"');

        const district = await (await fetch(`${server.url}districts/cedar/`)).text();
        expect(district).toContain('/issues/17/');
        expect(district).toContain('/issues/16/');
      },
    );
  });
});

describe.each([
  {
    lang: 'en',
    env: {},
    heading: '1 content problem:',
    problem: 'issue: expected a whole number, got "one" — write the issue number in digits, e.g. 5',
    clean: 'Content checks pass.',
  },
  {
    lang: 'zh-CN',
    env: { COLUMN_MESSAGES_LANG: 'zh-CN' },
    heading: '内容有 1 处问题：',
    problem: 'issue: 应为整数，现在是“one” — 用数字写期号，如 5',
    clean: '内容检查通过。',
  },
])(
  'astro dev while an editor works, messages in $lang',
  ({ lang, env, heading, problem, clean }) => {
    it('checks the content again when a file changes, with the same plain message as the build', async () => {
      const root = mkdtempSync(join(tmpdir(), 'column-dev-'));
      const contentDir = join(root, 'content');
      cpSync(fixtureContent('basic'), contentDir, { recursive: true });
      try {
        await withDevServer({ name: `dev-recheck-${lang}`, contentDir, env }, async (server) => {
          const issue = join(contentDir, 'issues', '001-alder-plan.mdx');
          const broken = readFileSync(issue, 'utf8').replace(/^issue: 1$/m, 'issue: "one"');
          writeFileSync(issue, broken);
          const line = broken.split('\n').findIndex((text) => text === 'issue: "one"') + 1;
          await expect
            .poll(() => server.output(), { timeout: 15_000 })
            .toContain(`001-alder-plan.mdx:${line} ${problem}`);
          expect(server.output()).toContain(heading);
          writeFileSync(issue, broken.replace('issue: "one"', 'issue: 1'));
          await expect.poll(() => server.output(), { timeout: 15_000 }).toContain(clean);
        });
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  },
);
