/**
 * Drafts and scheduled issues: the editor sees them in `npm run dev`, marked with a banner;
 * a build never contains them (the `basic` build tests check every page and list for that).
 */
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
