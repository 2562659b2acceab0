/**
 * The cards a build of a content folder will ask for, read from the folder's files before
 * Astro has loaded a collection, so the drawing process can start on them while Vite bundles.
 *
 * This is a guess made early, not the cards the pages use: those come from the collections
 * (src/pages/og/default.png.ts, src/pages/[...locale]/og/issues/[issue].png.ts). The cache
 * key decides which drawn card a page gets, so a card guessed wrong (an issue edited since, a
 * file the content check will refuse) costs a drawing, never a stale card.
 *
 * Plain Node with `.ts` imports: the drawing process (./drawProcess.ts) reads the folder itself,
 * so the build's main thread, busy with the content check, spends nothing on it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { load } from 'js-yaml';
import { checkColumnFile, checkDistrictsFile } from '../columnConfig.ts';
import { readContentFile, splitFrontmatter } from '../contentFile.ts';
import { readIssueFolder } from '../issueFiles.ts';
import { byIssueNumberDesc, isVisible } from '../issues.ts';
import { issueSchema, LANGS, type Lang } from '../schema.ts';
import { defaultCard, issueCard, type Card } from './card.ts';

const issueSchemaFor = (defaultLang: Lang) =>
  issueSchema({ coverImage: z.string(), district: z.string(), defaultLang });

/**
 * An issue file's frontmatter as the collection would hold it, read with js-yaml as Astro's
 * loader reads it (and three times as fast as the `yaml` the content check uses for its line
 * numbers); undefined if it would not load.
 */
function frontmatter(path: string, schema: ReturnType<typeof issueSchemaFor>) {
  const parts = splitFrontmatter(readContentFile(path));
  if (!parts) return undefined;
  try {
    const result = schema.safeParse(load(parts.frontmatter));
    return result.success ? result.data : undefined;
  } catch {
    // A YAML mistake is the content check's to report.
    return undefined;
  }
}

/**
 * The default card, then every visible issue's card in the order the issue-card route lists
 * them: language by language (the column's and any with a visible issue), newest number first.
 * Files that would not load are left out. `now` is the moment a build publishes up to.
 */
export function contentCards(contentDir: string, now: Date): Card[] {
  const { column } = checkColumnFile(contentDir);
  if (!column) return [];
  const districts = new Map(checkDistrictsFile(contentDir).districts.map((d) => [d.id, d]));
  const issuesDir = join(contentDir, 'issues');
  const names = existsSync(issuesDir) ? readIssueFolder(issuesDir).issues : [];
  const schema = issueSchemaFor(column.defaultLang);
  const visible = names.flatMap((name) => {
    const data = frontmatter(join(issuesDir, name), schema);
    return data && isVisible(data, { now, preview: false }) ? [{ data }] : [];
  });
  const langs = LANGS.filter(
    (lang) => lang === column.defaultLang || visible.some(({ data }) => data.lang === lang),
  );
  const issueCards = langs.flatMap((lang) =>
    byIssueNumberDesc(visible.filter(({ data }) => data.lang === lang)).flatMap(({ data }) => {
      const district = districts.get(data.district);
      return district ? [issueCard({ lang, column, district, issue: data })] : [];
    }),
  );
  return [defaultCard(column), ...issueCards];
}
