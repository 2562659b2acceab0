/**
 * What `npm run new` writes: the next free number, a file name, and a new issue with every
 * frontmatter field present so an editor fills in rather than looks up.
 */
import { msg, renderMessage, type CheckKey } from '../i18n/checks.ts';
import type { Lang } from '../i18n/langs.ts';

/**
 * The next issue number: one more than the highest used in any language, 1 for the first. An
 * English and a Chinese issue with one number are two editions of one report, which must agree
 * (src/lib/editions.ts), so a new report never takes a number the other language has used.
 */
export function nextIssueNumber(existing: readonly { issue: number }[]): number {
  const used = existing.map((item) => item.issue);
  return used.length ? Math.max(...used) + 1 : 1;
}

const MAX_SLUG_WORDS = 6;

/**
 * A file-name slug: lower-case ASCII words from the title. A Chinese title has none (or only
 * numbers), so the slug falls back to the district id (with `-zh`), which keeps file names
 * typeable everywhere.
 */
export function issueSlug(title: string | undefined, districtId: string, lang: Lang): string {
  const words = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f'’]/g, '')
    .toLowerCase()
    .match(/[a-z0-9]+/g);
  // Numbers alone ("2024" from 寒亭区2024年新建学校) say nothing about the issue.
  if (words?.some((word) => /[a-z]/.test(word))) return words.slice(0, MAX_SLUG_WORDS).join('-');
  return lang === 'zh-CN' ? `${districtId}-zh` : districtId;
}

/** `005-hanting-schools.mdx` */
export function issueFileName(number: number, slug: string): string {
  return `${String(number).padStart(3, '0')}-${slug}.mdx`;
}

export interface ScaffoldInput {
  number: number;
  districtId: string;
  districtName: string;
  lang: Lang;
  title?: string | undefined;
  /** `YYYY-MM-DD` */
  today: string;
  author: string;
}

const quote = (text: string) => JSON.stringify(text);

/**
 * The new issue's text, its comments and placeholders in the issue's language. Every value
 * written validates, so a scaffold builds once `draft` is false.
 */
export function renderIssue(input: ScaffoldInput): string {
  const say = (key: CheckKey, values?: Record<string, string>) =>
    renderMessage(input.lang, msg(key, values));
  /** A comment of one or more lines, each at `indent`. */
  const comment = (key: CheckKey, indent = '') =>
    say(key)
      .split('\n')
      .map((line) => `${indent}# ${line}`)
      .join('\n');
  const title = input.title?.trim() || say('scaffold.title', { district: input.districtName });
  return `---
${comment('scaffold.title.comment')}
title: ${quote(title)}
${comment('scaffold.summary.comment')}
summary: ${quote(say('scaffold.summary'))}
${comment('scaffold.issue.comment')}
issue: ${input.number}
${comment('scaffold.district.comment')}
district: ${input.districtId}
${comment('scaffold.published.comment')}
published: ${input.today}
${comment('scaffold.updated.comment')}
# updated: ${input.today}
${comment('scaffold.lang.comment')}
lang: ${input.lang}
${comment('scaffold.byline.comment')}
author: ${quote(input.author)}
source: ${quote(say('scaffold.source'))}
${comment('scaffold.cover.comment')}
# cover:
#   src: ../images/cover.jpg
#   alt: ${say('scaffold.cover.alt')}
${comment('scaffold.stats.comment')}
stats:
  # investmentYuan: 3076000000      # ${say('scaffold.stats.investment')}
  # period: { start: 2022, end: 2024 }
  # newPlaces: 6684                 # ${say('scaffold.stats.newPlaces')}
${comment('scaffold.stats.stages', '  ')}
  # schools: { planned: 13, underConstruction: 4, completed: 5 }
  # kindergartens: { planned: 34, underConstruction: 12, completed: 17 }
${comment('scaffold.stats.targets', '  ')}
  # publicKindergartens: { planned: 5 }     # ${say('scaffold.stats.publicKindergartens')}
  # compulsorySchools: { planned: 8 }       # ${say('scaffold.stats.compulsorySchools')}
  # highSchools: { planned: 1 }             # ${say('scaffold.stats.highSchools')}
  # publicKindergartenShareTarget: 0.9   # ${say('scaffold.stats.share')}
${comment('scaffold.stats.qualifier', '  ')}
  # publicKindergartenShareTarget: { value: 0.9, qualifier: more-than }
  # milestones:
  #   - { year: 2022, schools: 5, places: 6684, note: ${quote(say('scaffold.stats.milestoneNote'))} }
${comment('scaffold.projects.comment')}
projects: []
#  - { id: xingfu-road-primary, name: ${say('scaffold.projects.name')}, kind: primary, year: 2023, status: planned }
${comment('scaffold.tags.comment')}
tags: []
${comment('scaffold.corrections.comment')}
corrections: []
${comment('scaffold.draft.comment')}
draft: true
---

${say('scaffold.body.lead')}

<Stat value="${say('scaffold.body.statValue')}" label="${say('scaffold.body.statLabel')}" />

## ${say('scaffold.body.heading')}

${say('scaffold.body.text')}

<Callout title="${say('scaffold.body.calloutTitle')}">
${say('scaffold.body.callout')}
</Callout>

<PullQuote>${say('scaffold.body.pullQuote')}</PullQuote>

{/* ${say('scaffold.body.figureComment')}
<Figure src="images/example.jpg" alt="${say('scaffold.body.figureAlt')}" caption="${say('scaffold.body.figureCaption')}" credit="${say('scaffold.body.figureCredit')}" />
*/}
`;
}
