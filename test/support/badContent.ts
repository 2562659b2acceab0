/**
 * What the content check must say about the `bad` fixture (test/fixtures/bad/content): one
 * exact line per problem, as `file[:line] field: problem — fix`. The build
 * (test/build/content-errors.test.ts) and `npm run validate` (test/build/editor-tools.test.ts)
 * must both list exactly these. The messages follow src/lib/contentCheck.ts, mdxCheck.ts,
 * unsafeMarkup.ts and issueFiles.ts.
 */
export const BAD_CONTENT_DIR = 'test/fixtures/bad/content';

const dir = `${BAD_CONTENT_DIR}/issues`;

const BACKUP =
  'file: is a backup or temporary file, not an issue — close the issue in your editor, then delete this file or move it out of content/issues/';
const COPY =
  'file: is a copy of an issue, and copies are never published — copy any changes you want to keep into the issue itself, then delete this file';
const WRONG_EXTENSION = 'file: is not read as an issue: only .mdx files are — rename it to';

const SCRIPT_FIX =
  'remove it: an issue cannot run scripts; show a figure with <Stat> and a picture with <Figure>';
const EMBED_FIX =
  'remove it: an issue cannot embed other pages or players; link to the page instead, e.g. [watch the video](https://example.org/video)';
const LINK_FIX =
  'link to a web page with a plain https address, e.g. [the report](https://example.org/report)';
const PICTURE_FIX =
  'put the picture in content/images/ and show it with <Figure src="images/<file name>" alt="…" />';

/** Each problem the fixture holds, by what it shows, with its one line. */
export const BAD_CONTENT_PROBLEMS: Record<string, string> = {
  'missing required field': `${dir}/001-missing-author.mdx:2 author: is missing — add it: write the byline, e.g. Hanting Rong Media`,
  // src/lib/contentCheck.ts documents this exact case as "expected a whole number".
  'wrong type': `${dir}/002-wrong-type.mdx:10 stats.newPlaces: expected a whole number, got "about 600" — write digits only, e.g. 600`,
  'unknown enum value': `${dir}/003-unknown-kind.mdx:10 projects[0].kind: "university" is not an allowed value — use one of: kindergarten, primary, middle, nine-year, high, other`,
  'number out of range': `${dir}/004-share-too-big.mdx:10 stats.publicKindergartenShareTarget: 1.5 is above the maximum of 1 — write a fraction between 0 and 1, e.g. 0.9 for 90%`,
  'unknown district': `${dir}/005-unknown-district.mdx:5 district: "atlantis" is not in ${BAD_CONTENT_DIR}/districts.yaml — use one of: alder`,
  'duplicate issue number': `${dir}/007-second-six.mdx:4 issue: number 6 (en) is already used by ${dir}/006-first-six.mdx — give this issue a free number, e.g. 21`,
  'updated before published': `${dir}/008-updated-too-early.mdx:7 updated: the update date is before the publication date — write the date as YYYY-MM-DD, on or after \`published\``,
  'cover without alt': `${dir}/009-cover-without-alt.mdx:10 cover.alt: is missing — add it: describe the picture in a sentence for readers who cannot see it`,
  'broken YAML': `${dir}/010-broken-yaml.mdx:2 frontmatter: Missing closing "quote — fix the YAML syntax on that line`,
  'unknown field': `${dir}/011-unknown-field.mdx:4 subtitle: unknown field subtitle — check the spelling against the frontmatter table in docs/editing.md, or remove it`,
  'MDX syntax error': `${dir}/012-mdx-syntax.mdx:13 body: MDX cannot read this: Unexpected character \`6\` (U+0036) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` — MDX reads < and { as the start of a component or code: write \\< or \\{ for the plain character, and close every component tag`,
  'unknown MDX component': `${dir}/013-unknown-component.mdx:13 body: unknown component <Chart> — use one of: <Callout>, <Figure>, <PullQuote>, <Stat> (see docs/editing.md)`,
  'missing image file': `${dir}/014-missing-figure-image.mdx:13 body: <Figure> image images/nowhere.png does not exist — put the picture in content/images/ and write src="images/<file name>"`,
  'a <script> element': `${dir}/015-script-and-style.mdx:13 body: <script> is not allowed in an issue — ${SCRIPT_FIX}`,
  'a <STYLE> element': `${dir}/015-script-and-style.mdx:15 body: <STYLE> is not allowed in an issue — remove it: the site styles every issue; set text apart with <Callout> or <PullQuote>`,
  'an <iframe>': `${dir}/016-embedded-players.mdx:13 body: <iframe> is not allowed in an issue — ${EMBED_FIX}`,
  'an <object>': `${dir}/016-embedded-players.mdx:15 body: <object> is not allowed in an issue — ${EMBED_FIX}`,
  'an <embed>': `${dir}/016-embedded-players.mdx:17 body: <embed> is not allowed in an issue — ${EMBED_FIX}`,
  'an event handler on an HTML element': `${dir}/017-event-handlers.mdx:13 body: onclick on <a> would run a script — remove onclick: an issue cannot run scripts`,
  'an event handler on a component': `${dir}/017-event-handlers.mdx:15 body: onError on <Figure> would run a script — remove onError: an issue cannot run scripts`,
  'a javascript: Markdown link hidden by a tab entity': `${dir}/018-script-links.mdx:13 body: a link points to a javascript: address — ${LINK_FIX}`,
  'a javascript: <a href> after a space': `${dir}/018-script-links.mdx:15 body: <a href> points to a javascript: address — ${LINK_FIX}`,
  'a vbscript: reference definition': `${dir}/018-script-links.mdx:19 body: the link definition [plan] points to a vbscript: address — ${LINK_FIX}`,
  'a data: Markdown picture': `${dir}/019-data-pictures.mdx:13 body: a picture points to a data: address — ${PICTURE_FIX}`,
  'a data: address in an <img srcset>': `${dir}/019-data-pictures.mdx:15 body: <img srcset> points to a data: address — ${PICTURE_FIX}`,
  'a data: <Figure src>': `${dir}/019-data-pictures.mdx:17 body: <Figure src> points to a data: address — ${PICTURE_FIX}`,
  'a javascript: address in braces': `${dir}/020-code-in-attributes.mdx:13 body: <a href> points to a javascript: address — ${LINK_FIX}`,
  'code in attribute braces': `${dir}/020-code-in-attributes.mdx:15 body: href={\`javascript:\${document.cookie}\`} on <a> is read as code, not text — write the value in quotes instead, e.g. href="…"`,
  'issue saved as .md': `${dir}/030-saved-as-md.md ${WRONG_EXTENSION} 030-saved-as-md.mdx`,
  'issue saved as .markdown': `${dir}/031-saved-as-markdown.markdown ${WRONG_EXTENSION} 031-saved-as-markdown.mdx`,
  'issue saved as .txt': `${dir}/032-saved-as-text.txt ${WRONG_EXTENSION} 032-saved-as-text.mdx`,
  'issue saved as .MDX': `${dir}/033-capital-extension.MDX ${WRONG_EXTENSION} 033-capital-extension.mdx`,
  'issue named against the rule': `${dir}/034-Capital_Name.mdx file: is not read as an issue: its name is not NNN-name.mdx — rename it to 034-capital-name.mdx`,
  'issue in a subfolder': `${dir}/2023/035-in-a-subfolder.mdx file: is in a subfolder, so it is not read as an issue — move it to content/issues/035-in-a-subfolder.mdx`,
  'Emacs backup (x~)': `${dir}/006-first-six.mdx~ ${BACKUP}`,
  'Emacs lock (.#x)': `${dir}/.#006-first-six.mdx ${BACKUP}`,
  'Emacs auto-save (#x#)': `${dir}/#006-first-six.mdx# ${BACKUP}`,
  'backup (.bak)': `${dir}/006-first-six.mdx.bak ${BACKUP}`,
  'merge leftover (.orig)': `${dir}/006-first-six.mdx.orig ${BACKUP}`,
  'Vim swap file (.swp)': `${dir}/.006-first-six.mdx.swp ${BACKUP}`,
  'copy ("Copy of …")': `${dir}/Copy of 006-first-six.mdx ${COPY}`,
  'copy ("… (1)")': `${dir}/006-first-six (1).mdx ${COPY}`,
  'picture among the issues': `${dir}/stray-picture.png file: is a picture; only issues belong in content/issues/ — move it to content/images/ and write its path from the issue as ../images/stray-picture.png`,
  'stray file': `${dir}/notes.txt file: is not an issue; only issues belong in content/issues/ — move it out of content/issues/, or delete it`,
};

/** Files the operating system writes, which the fixture holds and the check leaves alone. */
export const BAD_CONTENT_OS_FILES = ['.DS_Store', 'Thumbs.db'];

/** `file[:line] field: problem — fix`; file names may hold spaces ("Copy of …"). */
export const PROBLEM_LINE = /^\S.*?(?::\d+)? [\w.[\]]+: .+ — .+$/;
