/**
 * npm run validate [-- --lang zh-CN]
 *
 * Checks everything under content/ with the same rules as the build, without building:
 * every problem is listed, one per line, and the exit code is 1 if there is any.
 *
 * The messages are in the language given with --lang, else in COLUMN_MESSAGES_LANG's, else in
 * the column's own (`defaultLang` in content/column.yaml). A command that cannot run as
 * written (an unknown option or language) exits 2, so it is never mistaken for content with
 * problems.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  argError,
  counted,
  msg,
  parseLang,
  quoted,
  renderMessage,
  type CheckMessage,
} from '../src/i18n/checks.ts';
import { LANGS, type Lang } from '../src/i18n/langs.ts';
import { readBuildEnv, type BuildEnv } from '../src/lib/buildEnv.ts';
import { messagesLang } from '../src/lib/columnConfig.ts';
import { checkContent } from '../src/lib/contentCheck.ts';
import { formatProblem } from '../src/lib/contentProblem.ts';

const USAGE = `npm run validate -- [--lang ${LANGS.join('|')}]`;

function readEnv(): BuildEnv {
  try {
    return readBuildEnv();
  } catch (error) {
    // The setting that says which language to speak is the one that is wrong.
    console.error(`npm run validate: ${(error as Error).message}`);
    return process.exit(2);
  }
}

const env = readEnv();
const { contentDir } = env;

function refuse(lang: Lang, message: CheckMessage): never {
  console.error(`npm run validate: ${renderMessage(lang, message)}`);
  return process.exit(2);
}

function askedLang(): Lang | undefined {
  let values: { lang?: string | undefined };
  try {
    ({ values } = parseArgs({ options: { lang: { type: 'string' } }, strict: true }));
  } catch (error) {
    return refuse(
      messagesLang(contentDir, env.messagesLang),
      msg('cli.usage', { error: argError(error as Error), usage: USAGE }),
    );
  }
  if (values.lang === undefined) return undefined;
  return (
    parseLang(values.lang) ??
    refuse(
      messagesLang(contentDir, env.messagesLang),
      msg('cli.unknownLang', { lang: quoted(values.lang), langs: LANGS }),
    )
  );
}

const lang = messagesLang(contentDir, askedLang(), env.messagesLang);
// The build's cache folder: an issue the build has read is not read again, nor the other way round.
const report = checkContent(contentDir, process.cwd(), { cacheDir: env.cacheDir });

if (report.problems.length) {
  for (const problem of report.problems) console.error(formatProblem(problem, lang));
  const dir = relative(process.cwd(), contentDir) || '.';
  console.error(
    `\n${renderMessage(lang, counted('validate.problems', report.problems.length, { dir }))}`,
  );
  process.exit(1);
}
console.log(
  renderMessage(
    lang,
    counted('validate.valid', report.issueCount, { districts: report.districtCount }),
  ),
);
