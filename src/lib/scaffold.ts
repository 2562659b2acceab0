import type { Lang } from '../i18n/langs.ts';
/**
 * What `npm run new` writes: the next free number, a file name, and a new issue with every
 * frontmatter field present so an editor fills in rather than looks up.
 */

/** The next issue number in `lang`: one more than the highest used, 1 for the first. */
export function nextIssueNumber(
  existing: readonly { issue: number; lang: Lang }[],
  lang: Lang,
): number {
  const used = existing.filter((item) => item.lang === lang).map((item) => item.issue);
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

/** The new issue's text. Every value written validates, so a scaffold builds once `draft` is false. */
export function renderIssue(input: ScaffoldInput): string {
  const zh = input.lang === 'zh-CN';
  const title =
    input.title?.trim() ||
    (zh ? `${input.districtName}：标题待定` : `${input.districtName}: headline to come`);
  return `---
# Headline, at most 120 characters.
title: ${quote(title)}
# One or two sentences for cards, feeds and search results; at most 300 characters.
summary: ${quote(zh ? '用一两句话概括本期内容。' : 'One or two sentences that say what this issue reports.')}
# Issue number: unique among issues in the same language.
issue: ${input.number}
# The district reported on: an id from content/districts.yaml.
district: ${input.districtId}
# Publication date (YYYY-MM-DD). A future date keeps the issue unpublished until that day.
published: ${input.today}
# Date of a substantive update, not before published. Remove the # to use it.
# updated: ${input.today}
# Language: en or zh-CN.
lang: ${input.lang}
# Byline and the office that supplied the report.
author: ${quote(input.author)}
source: ${quote(zh ? '供稿单位' : 'Supplying office')}
# Cover picture (optional): put it in content/images/; the path is written from this file.
# cover:
#   src: ../images/cover.jpg
#   alt: What the picture shows
# Figures stated by the source; leave out any it does not state (the site shows "not reported").
stats:
  # investmentYuan: 3076000000      # planned investment in yuan, digits only
  # period: { start: 2022, end: 2024 }
  # newPlaces: 6684                 # new school places
  # schools: { planned: 13, underConstruction: 4, completed: 5 }
  # kindergartens: { planned: 34, underConstruction: 12, completed: 17 }
  # Toward the city-wide targets, only when the source counts them that way:
  # publicKindergartens: { planned: 5 }     # public kindergartens only
  # compulsorySchools: { planned: 8 }       # primary, middle and nine-year schools only
  # highSchools: { planned: 1 }             # high schools only
  # publicKindergartenShareTarget: 0.9   # a fraction: 0.9 means 90%
  # milestones:
  #   - { year: 2022, schools: 5, places: 6684, note: "schools opened in 2022" }
# Named projects. id: the project's own, the same in every issue that names it (leave it out
# and npm run validate suggests one from the name); kind: kindergarten, primary, middle,
# nine-year, high or other; status: planned, under-construction or completed; places only when stated.
projects: []
#  - { id: xingfu-road-primary, name: Xingfu Road Primary School, kind: primary, year: 2023, status: planned }
# Topics, e.g. [kindergartens, school places].
tags: []
# Corrections after publication, each { date: YYYY-MM-DD, note: "what was corrected" }.
corrections: []
# true keeps the issue out of the site; it still shows in npm run dev. Set to false to publish.
draft: true
---

${zh ? '导语：一段话说明本期报道的主要内容。' : 'Opening paragraph: what happened, where, and why it matters.'}

<Stat value="${zh ? '30.76亿元' : '3.076 billion yuan'}" label="${zh ? '计划投资' : 'planned investment'}" />

## ${zh ? '小标题' : 'A section heading'}

${zh ? '正文段落。' : 'Body text. Markdown works: **bold**, lists, tables and footnotes.'}

<Callout title="${zh ? '要点' : 'In brief'}">
${zh ? '方框中的补充说明。' : 'A boxed aside for context.'}
</Callout>

<PullQuote>${zh ? '一句值得放大的话。' : 'A line worth repeating in large type.'}</PullQuote>

{/* A picture: put the file in content/images/ and remove the comment marks around the line below.
<Figure src="images/example.jpg" alt="What the picture shows" caption="Caption" credit="Photo: …" />
*/}
`;
}
