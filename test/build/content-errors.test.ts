/**
 * The `bad` fixture: every issue file has one thing wrong. The build must list every
 * problem at once, one line each as `file[:line] field: problem — fix`, exit non-zero and
 * leave no page behind. The expected lines follow the messages in src/lib/contentCheck.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type BuildResult } from '../support/build';
import { listFiles } from '../support/html';
import { fixtureContent } from '../support/paths';

const dir = 'test/fixtures/bad/content/issues';

/** One line per problem, as the editor should see it. */
const EXPECTED: Record<string, string> = {
  'missing required field': `${dir}/001-missing-author.mdx:2 author: is missing — add it: write the byline, e.g. Hanting Rong Media`,
  // src/lib/contentCheck.ts documents this exact case as "expected a whole number".
  'wrong type': `${dir}/002-wrong-type.mdx:10 stats.newPlaces: expected a whole number, got "about 600" — write digits only, e.g. 600`,
  'unknown enum value': `${dir}/003-unknown-kind.mdx:10 projects[0].kind: "university" is not an allowed value — use one of: kindergarten, primary, middle, nine-year, high, other`,
  'number out of range': `${dir}/004-share-too-big.mdx:10 stats.publicKindergartenShareTarget: 1.5 is above the maximum of 1 — write a fraction between 0 and 1, e.g. 0.9 for 90%`,
  'unknown district': `${dir}/005-unknown-district.mdx:5 district: "atlantis" is not in test/fixtures/bad/content/districts.yaml — use one of: alder`,
  'duplicate issue number': `${dir}/007-second-six.mdx:4 issue: number 6 (en) is already used by ${dir}/006-first-six.mdx — give this issue a free number, e.g. 15`,
  'updated before published': `${dir}/008-updated-too-early.mdx:7 updated: the update date is before the publication date — write the date as YYYY-MM-DD, on or after \`published\``,
  'cover without alt': `${dir}/009-cover-without-alt.mdx:10 cover.alt: is missing — add it: describe the picture in a sentence for readers who cannot see it`,
  'broken YAML': `${dir}/010-broken-yaml.mdx:2 frontmatter: Missing closing "quote — fix the YAML syntax on that line`,
  'unknown field': `${dir}/011-unknown-field.mdx:4 subtitle: unknown field subtitle — check the spelling against the frontmatter table in docs/editing.md, or remove it`,
  'MDX syntax error': `${dir}/012-mdx-syntax.mdx:13 body: MDX cannot read this: Unexpected character \`6\` (U+0036) before name, expected a character that can start a name, such as a letter, \`$\`, or \`_\` — MDX reads < and { as the start of a component or code: write \\< or \\{ for the plain character, and close every component tag`,
  'unknown MDX component': `${dir}/013-unknown-component.mdx:13 body: unknown component <Chart> — use one of: <Callout>, <Figure>, <PullQuote>, <Stat> (see docs/editing.md)`,
  'missing image file': `${dir}/014-missing-figure-image.mdx:13 body: <Figure> image images/nowhere.png does not exist — put the picture in content/images/ and write src="images/<file name>"`,
};
const HEADING = `${Object.keys(EXPECTED).length} content problems; nothing was built:`;

let build: BuildResult;
let lines: string[];
/** The lines after the heading, as many as there should be problems. */
let listed: string[];

beforeAll(async () => {
  build = await buildSite({ name: 'bad', contentDir: fixtureContent('bad') });
  lines = `${build.stdout}\n${build.stderr}`.split(/\r?\n/).map((line) => line.trimEnd());
  const start = lines.indexOf(HEADING);
  listed = start === -1 ? [] : lines.slice(start + 1, start + 1 + Object.keys(EXPECTED).length);
});

describe('a build of content with problems', () => {
  it('fails', () => {
    expect(build.exitCode).not.toBe(0);
  });

  it('writes no page', () => {
    expect(listFiles(build.outDir).filter((file) => file.endsWith('.html'))).toEqual([]);
  });

  it('announces how many problems there are, then lists them', () => {
    expect(lines).toContain(HEADING);
    // One line per problem, each naming its file (every bad file has one problem).
    const format =
      /^(test\/fixtures\/bad\/content\/issues\/\d{3}-[a-z-]+\.mdx)(?::\d+)? [\w.[\]]+: .+ — .+$/;
    expect(listed.filter((line) => !format.test(line))).toEqual([]);
    const files = new Set(listed.map((line) => format.exec(line)?.[1]));
    expect(files.size).toBe(Object.keys(EXPECTED).length);
  });

  it.each(Object.entries(EXPECTED))('reports %s in one exact line', (_, line) => {
    expect(listed).toContain(line);
  });
});
