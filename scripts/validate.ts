/**
 * npm run validate
 *
 * Checks everything under content/ with the same rules as the build, without building:
 * every problem is listed, one per line, and the exit code is 1 if there is any.
 */
import { relative } from 'node:path';
import { readBuildEnv } from '../src/lib/buildEnv.ts';
import { checkContent } from '../src/lib/contentCheck.ts';
import { formatProblem } from '../src/lib/contentProblem.ts';

const { contentDir } = readBuildEnv();
const report = checkContent(contentDir);

if (report.problems.length) {
  for (const problem of report.problems) console.error(formatProblem(problem));
  console.error(
    `\n${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} in ${relative(process.cwd(), contentDir) || '.'}/ — fix them and run npm run validate again.`,
  );
  process.exit(1);
}
console.log(
  `Content is valid: ${report.issueCount} issue${report.issueCount === 1 ? '' : 's'} and ${report.districtCount} districts checked.`,
);
