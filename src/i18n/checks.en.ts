/**
 * What the editors' tools say, in English: the content check's problems and fixes (each line
 * `file:line field: problem — fix`), the summaries `npm run validate` and the build print
 * around them, `npm run new`'s errors and the text of the issue it writes. Keys are dotted by
 * the check that uses them; a `.fix` key is the advice for the problem of the same name;
 * `{name}` marks a value. The UI's own strings are in en.ts.
 */
export const checksEn = {
  // How values are shown inside a message.
  'list.separator': ', ',
  'value.text': '"{text}"',
  'value.list': 'a list',
  'value.group': 'a group of fields',
  'value.nothing': 'nothing',

  // What a field expects, in `schema.expected`.
  'type.int': 'a whole number',
  'type.number': 'a number',
  'type.string': 'text',
  'type.boolean': 'true or false',
  'type.array': 'a list',
  'type.object': 'a group of fields',
  'type.date': 'a date',
  'type.dateWritten': 'a date written YYYY-MM-DD',

  // A value the schema refuses (src/lib/yamlCheck.ts, the rules of src/lib/schema.ts).
  'schema.missing': 'is missing',
  'schema.missing.fix': 'add it: {fix}',
  'schema.expected': 'expected {expected}, got {got}',
  'schema.tooLong': 'is {length} characters long; the limit is {max}',
  'schema.tooLong.fix': 'shorten it',
  'schema.aboveMax': '{got} is above the maximum of {max}',
  'schema.empty': 'is empty',
  'schema.belowMin': '{got} is below the minimum of {min}',
  'schema.notAllowed': '{got} is not an allowed value',
  'schema.notAllowed.fix': 'use one of: {values}',
  'schema.unknownField.one': 'unknown field {keys}',
  'schema.unknownField.other': 'unknown fields {keys}',
  'schema.unknownField.fix':
    'check the spelling against the frontmatter table in docs/editing.md, or remove it',
  'schema.badFormat': '{got} is not written the way this field needs',
  'schema.other': '{message}',
  'schema.periodOrder': 'the start year is after the end year',
  'schema.updatedOrder': 'the update date is before the publication date',
  'schema.partOverWhole':
    '{parts} ({part}) is more than {whole} ({total}), the count it is part of',
  'schema.partOverWhole.fix': 'check both counts against the source: {whole} counts every one',
  'schema.stagesOverPlanned':
    '{parts} ({started}) is more than planned ({planned}); under construction and completed are parts of the plan',
  'schema.stagesOverPlanned.fix':
    'check the counts against the source: planned counts every one in the plan, including those started or finished',

  // The advice for a field, by its name (fixFor in src/lib/yamlCheck.ts).
  'fix.title': 'write a headline of at most 120 characters',
  'fix.summary': 'write one or two sentences, at most 300 characters',
  'fix.issue': 'write the issue number in digits, e.g. 5',
  'fix.district': 'use an id from content/districts.yaml',
  'fix.date': 'write the date as YYYY-MM-DD, e.g. 2022-08-15',
  'fix.updated': 'write the date as YYYY-MM-DD, on or after `published`',
  'fix.oneOf': 'use one of: {values}',
  'fix.author': 'write the byline, e.g. Hanting Rong Media',
  'fix.source': 'write the office that supplied the report',
  'fix.alt': 'describe the picture in a sentence for readers who cannot see it',
  'fix.src':
    'put the picture in content/images/ and write its path from the issue, e.g. ../images/school.jpg',
  'fix.investmentYuan': 'write the amount in yuan, digits only, e.g. 3076000000 for 3.076 billion',
  'fix.publicKindergartenShareTarget': 'write a fraction between 0 and 1, e.g. 0.9 for 90%',
  'fix.year': 'write a four-digit year, e.g. 2023',
  'fix.start': 'write a four-digit year, e.g. 2022',
  'fix.end': 'write a four-digit year, not before `start`',
  'fix.draft': 'write true or false',
  'fix.tags': 'write a list, e.g. [kindergartens, primary schools]',
  'fix.id': 'use lower-case letters, digits and hyphens, starting with a letter, e.g. hanting',
  'fix.name': 'give the name in both languages: { en: Hanting District, zh: 寒亭区 }',
  'fix.blurb': 'write one line in both languages: { en: …, zh: … }',
  'fix.en': 'write the English text',
  'fix.zh': 'write the Chinese text',
  'fix.note': 'say in a few words what was corrected or what the figures refer to',
  'fix.projectId':
    'use lower-case words joined by hyphens, the same in every issue that names the project, e.g. xingfu-road-primary',
  'fix.projectName': 'write the school’s or kindergarten’s name as the source gives it',
  'fix.buildingCounts':
    'write the counts the source gives, e.g. { planned: 5, underConstruction: 2, completed: 1 }',
  'fix.count': 'write digits only, e.g. 600',
  'fix.qualified':
    'write the number and the source’s qualifier apart: { value: {value}, qualifier: {qualifier} }',
  'fix.any': 'see the frontmatter table in docs/editing.md',

  // YAML that cannot be read; `{error}` is the YAML reader's own words.
  'yaml.syntax': '{error}',
  'yaml.syntax.fix': 'fix the YAML syntax on that line',
  'yaml.refused.alias': 'uses a YAML alias ({name})',
  'yaml.refused.anchor': 'sets a YAML anchor ({name})',
  'yaml.refused.tag': 'uses a YAML tag ({name})',
  'yaml.refused.merge': 'uses a YAML merge key ({name})',
  'yaml.refused.fix':
    'write the value out in full: the column’s files take plain YAML, without anchors, aliases, tags or merge keys',
  'yaml.missing': 'is missing',
  'yaml.missing.fix': 'restore it from git',

  // An issue as a whole, and the rules across issues (src/lib/contentCheck.ts).
  'frontmatter.none': 'no frontmatter found',
  'frontmatter.none.fix': 'start the file with a line "---", the fields, then another "---"',
  'district.unknown': '{district} is not in {file}',
  'district.unknown.fix': 'use one of: {ids}',
  'cover.noImage': 'no image at {path}',
  'issue.taken': 'number {number} ({lang}) is already used by {file}',
  'issue.taken.fix': 'give this issue a free number, e.g. {next}',
  'project.idTwice': '{id} is already the id of projects[{index}] in this issue',
  'project.idTwice.fix': 'give each project in an issue its own id',
  'project.otherDistrict':
    '{id} is a project in {district} in {file}, and this issue is about {here}',
  'project.otherDistrict.fix':
    'a project never changes district: if this is another school, give it its own id',
  'project.otherKind': '{id} is {kind} in {file}, and {here} here',
  'project.otherKind.fix':
    'a project keeps its kind: correct it here or there, or give this project its own id',
  'project.idMissing.fix': 'add it: {id}, the same in every issue that names this project',
  'project.idFromIssue': 'id: {id} (the id {file} gives it)',
  'project.idFromName': 'id: {id} (made from its name)',
  'edition.differs': 'differs from the {lang} edition, {file}',
  'edition.differs.fix':
    'two editions of one issue are one report: give them the same district, figures and projects (only names and notes are translated)',

  // districts.yaml (src/lib/columnConfig.ts).
  'districts.notList': 'expected a list of districts',
  'districts.notList.fix': 'start each district with "- id: …"',
  'districts.idTwice': '{id} is used twice',
  'districts.idTwice.fix': 'give each district its own id',

  // An issue's article (src/lib/mdxCheck.ts); `{reason}` is the MDX reader's own words.
  'body.unreadable': 'MDX cannot read this: {reason}',
  'body.unreadable.fix':
    'MDX reads < and { as the start of a component or code: write \\< or \\{ for the plain character, and close every component tag',
  'body.statNoValue': 'a <Stat> has no value',
  'body.statNoValue.fix': 'add value="…", e.g. value="6,684 places"',
  'body.statNoLabel': 'a <Stat> has no label',
  'body.statNoLabel.fix': 'add label="…" saying what the figure counts',
  'body.figureNoSrc': 'a <Figure> has no src',
  'body.figureNoSrc.fix': 'add src="images/<file name>" for a picture in content/images/',
  'body.figureNoAlt': 'a <Figure> has no alt text',
  'body.figureNoAlt.fix': 'add alt="what the picture shows"',
  'body.imageNoAlt': 'an image has no alt text',
  'body.imageNoAlt.fix': 'describe the picture between the brackets: ![what it shows](…)',
  'body.code': '{{code}} is read as code, not text',
  'body.code.fix':
    'write \\{ and \\} for plain braces, or {/* … */} for a note that readers do not see',
  'body.esm': 'an import or export line',
  'body.esm.fix': 'remove it: the components work in every issue without an import',
  'body.unknownComponent': 'unknown component <{name}>',
  'body.unknownComponent.fix': 'use one of: {names} (see docs/editing.md)',
  'body.figureMissing': '<Figure> image {src} does not exist',
  'body.figureMissing.fix': 'put the picture in content/images/ and write src="images/<file name>"',
  'body.boldUnread': '{text} is not read as bold: readers see the {marks}',
  'body.boldUnread.fix':
    'put the punctuation outside the {marks}, e.g. {marks}Lead{marks}: the education bureau',
  'body.linkRunsOn': 'the bare address {url} runs into the punctuation after it',
  'body.linkRunsOn.fix': 'write it as a link, e.g. [the report](https://example.org/report)。',

  // Markup that must not reach readers (src/lib/unsafeMarkup.ts).
  'markup.element': '<{name}> is not allowed in an issue',
  'markup.script.fix':
    'remove it: an issue cannot run scripts; show a figure with <Stat> and a picture with <Figure>',
  'markup.style.fix':
    'remove it: the site styles every issue; set text apart with <Callout> or <PullQuote>',
  'markup.embed.fix':
    'remove it: an issue cannot embed other pages or players; link to the page instead, e.g. [watch the video](https://example.org/video)',
  'markup.head.fix': "remove it: the site writes each page's links and metadata itself",
  'markup.spread': '{{code}} on {tag} is read as code, not text',
  'markup.spread.fix': 'remove it and write each attribute as name="value"',
  'markup.handler': '{name} on {tag} would run a script',
  'markup.handler.fix': 'remove {name}: an issue cannot run scripts',
  'markup.setHtml': 'set:html on {tag} would put raw HTML on the page',
  'markup.setHtml.fix': 'remove it and write the text in the article itself',
  'markup.codeValue': '{name}={{code}} on {tag} is read as code, not text',
  'markup.codeValue.fix': 'write the value in quotes instead, e.g. {name}="…"',
  'markup.attributeAddress': '<{element} {name}> points to a {scheme}: address',
  'markup.linkAddress': 'a link points to a {scheme}: address',
  'markup.pictureAddress': 'a picture points to a {scheme}: address',
  'markup.definitionAddress': 'the link definition [{label}] points to a {scheme}: address',
  'markup.link.fix':
    'link to a web page with a plain https address, e.g. [the report](https://example.org/report)',
  'markup.picture.fix':
    'put the picture in content/images/ and show it with <Figure src="images/<file name>" alt="…" />',

  // Files in content/issues/ that are not issues (src/lib/issueFiles.ts).
  'file.backup': 'is a backup or temporary file, not an issue',
  'file.backup.fix':
    'close the issue in your editor, then delete this file or move it out of content/issues/',
  'file.picture': 'is a picture; only issues belong in content/issues/',
  'file.picture.fix':
    'move it to content/images/ and write its path from the issue as ../images/{name}',
  'file.copy': 'is a copy of an issue, and copies are never published',
  'file.copy.fix': 'copy any changes you want to keep into the issue itself, then delete this file',
  'file.subfolder': 'is in a subfolder, so it is not read as an issue',
  'file.subfolder.fix': 'move it to content/issues/{name}',
  'file.notMdx': 'is not read as an issue: only .mdx files are',
  'file.badName': 'is not read as an issue: its name is not NNN-name.mdx',
  'file.rename.fix': 'rename it to {name}',
  'file.namingRule.fix':
    'rename it to the issue number in three digits, a hyphen and lower-case words joined by hyphens, e.g. 004-hanting.mdx (004-hanting.zh-CN.mdx for a Chinese edition)',
  'file.notIssue': 'is not an issue; only issues belong in content/issues/',
  'file.notIssue.fix': 'move it out of content/issues/, or delete it',

  // What the commands print around the problems.
  'validate.problems.one': '{count} problem in {dir}/ — fix them and run npm run validate again.',
  'validate.problems.other':
    '{count} problems in {dir}/ — fix them and run npm run validate again.',
  'validate.valid.one': 'Content is valid: {count} issue and {districts} districts checked.',
  'validate.valid.other': 'Content is valid: {count} issues and {districts} districts checked.',
  'build.problems.one': '{count} content problem; nothing was built:',
  'build.problems.other': '{count} content problems; nothing was built:',
  'build.astroExited': 'astro build exited with {code}.',
  'build.astroStopped': 'astro build was stopped.',
  'build.missing': 'The build is missing {files}.',
  'build.moveFailed': 'Could not move the build into {dir}/: {error}',
  'build.failedKept': 'The build failed; {dir}/ is unchanged.',
  'build.failedNothing': 'The build failed; nothing was written.',
  'build.done': 'The site is in {dir}/.',
  'dev.problems.one': '{count} content problem:',
  'dev.problems.other': '{count} content problems:',
  'dev.clean': 'Content checks pass.',
  'cli.usage': '{error} — usage: {usage}',
  'cli.unknownLang': 'unknown language {lang} — use one of: {langs}',
  'new.fixFirst': 'fix these first (npm run validate lists every problem):',
  'new.districtRequired': '--district is required — use one of: {ids}',
  'new.unknownDistrict': 'unknown district {id} — use one of: {ids}',
  'new.exists': '{file} already exists — nothing was written',

  // The issue `npm run new` writes (src/lib/scaffold.ts): its comments and placeholders.
  'scaffold.title': '{district}: headline to come',
  'scaffold.title.comment': 'Headline, at most 120 characters.',
  'scaffold.summary': 'One or two sentences that say what this issue reports.',
  'scaffold.summary.comment':
    'One or two sentences for cards, feeds and search results; at most 300 characters.',
  'scaffold.issue.comment': 'Issue number: unique among issues in the same language.',
  'scaffold.district.comment': 'The district reported on: an id from content/districts.yaml.',
  'scaffold.published.comment':
    'Publication date (YYYY-MM-DD). A future date keeps the issue unpublished until that day.',
  'scaffold.updated.comment':
    'Date of a substantive update, not before published. Remove the # to use it.',
  'scaffold.lang.comment': 'Language: en or zh-CN.',
  'scaffold.byline.comment': 'Byline and the office that supplied the report.',
  'scaffold.source': 'Supplying office',
  'scaffold.cover.comment':
    'Cover picture (optional): put it in content/images/; the path is written from this file.',
  'scaffold.cover.alt': 'What the picture shows',
  'scaffold.stats.comment':
    'Figures stated by the source; leave out any it does not state (the site shows "not reported").',
  'scaffold.stats.investment': 'planned investment in yuan, digits only',
  'scaffold.stats.newPlaces': 'new school places',
  'scaffold.stats.targets':
    'Toward the city-wide targets, only when the source counts them that way:',
  'scaffold.stats.publicKindergartens': 'public kindergartens only',
  'scaffold.stats.compulsorySchools': 'primary, middle and nine-year schools only',
  'scaffold.stats.highSchools': 'high schools only',
  'scaffold.stats.share': 'a fraction: 0.9 means 90%',
  'scaffold.stats.stages':
    'planned is the whole plan; underConstruction and completed are parts of it (34 planned, of which 12 under construction and 17 completed).',
  'scaffold.stats.qualifier':
    'A figure the source qualifies ("above 90%", "more than 20", "about 600") keeps its word: qualifier is more-than, at-least, about or up-to.',
  'scaffold.stats.milestoneNote': 'schools opened in 2022',
  'scaffold.projects.comment':
    "Named projects. id: the project's own, the same in every issue that names it (leave it out\nand npm run validate suggests one from the name); kind: kindergarten, primary, middle,\nnine-year, high or other; status: planned, under-construction or completed; year and places only when the source gives them.",
  'scaffold.projects.name': 'Xingfu Road Primary School',
  'scaffold.tags.comment': 'Topics, e.g. [kindergartens, school places].',
  'scaffold.corrections.comment':
    'Corrections after publication, each { date: YYYY-MM-DD, note: "what was corrected" }.',
  'scaffold.draft.comment':
    'true keeps the issue out of the site; it still shows in npm run dev. Set to false to publish.',
  'scaffold.body.lead': 'Opening paragraph: what happened, where, and why it matters.',
  'scaffold.body.statValue': '3.076 billion yuan',
  'scaffold.body.statLabel': 'planned investment',
  'scaffold.body.heading': 'A section heading',
  'scaffold.body.text': 'Body text. Markdown works: **bold**, lists, tables and footnotes.',
  'scaffold.body.calloutTitle': 'In brief',
  'scaffold.body.callout': 'A boxed aside for context.',
  'scaffold.body.pullQuote': 'A line worth repeating in large type.',
  'scaffold.body.figureComment':
    'A picture: put the file in content/images/ and remove the comment marks around the line below.',
  'scaffold.body.figureAlt': 'What the picture shows',
  'scaffold.body.figureCaption': 'Caption',
  'scaffold.body.figureCredit': 'Photo: …',
} as const;

export type CheckKey = keyof typeof checksEn;
