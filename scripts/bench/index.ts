/**
 * npm run bench -- [--issues 1000] [--runs 1] [--seed column] [--no-browser] [--wait 10]
 *                  [--variants baseline,site] [--out bench-results/latest.json]
 *                  [--site-config <astro config>]
 *                  [--site-node-options=--max-old-space-size=1536]
 * npm run bench -- --report bench-results/latest.json    (print a saved run's report again)
 *
 * Builds a synthetic column of N issues two ways and measures each build, cold (no caches)
 * and warm (the same command again):
 *
 *   baseline  a bare Astro site over the same MDX files, one page per issue, no layout
 *             (scripts/bench/baseline/, Astro's defaults)
 *   site      the column site as operators build it (npm run build: scripts/build.ts);
 *             --site-config builds it with another Astro config instead, e.g. another
 *             Markdown processor
 *
 * After each variant's warm build comes a third, with one issue's text changed (the edit an
 * editor makes every week). Variants alternate within each round, and the order flips from one round to the next;
 * times come from each variant's fastest round, memory is the median. Before each build it
 * waits for other builds and test runs to end, and flags any that overlapped it.
 * Then it times Pagefind on its own, weighs the pages, and measures the first search query in
 * Chromium, and how soon `npm run dev` shows a saved edit in Chromium. It prints a table with ratios against the baseline and PASS/MISS per budget, and
 * writes everything as JSON. Work files go to $TMPDIR/column-bench/ (wiped at the start).
 */
import { spawnSync } from 'node:child_process';
import { cpus, freemem, release, tmpdir, totalmem } from 'node:os';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ISSUE_PAGE_PATH } from '../../src/lib/urls.ts';
import { withBuildLock } from '../buildLock.ts';
import { browserFigures, type BrowserFigures } from './browser.ts';
import { devLatency, type DevFigures } from './devLatency.ts';
import { generateCorpus } from './generate.ts';
import { measure, waitForQuiet, type Measured } from './measure.ts';
import { mebibytes, seconds } from './report.ts';
import {
  PHASES,
  printReport,
  summarise,
  VARIANTS,
  type BuildFigures,
  type Phase,
  type RawResults,
  type Variant,
} from './summary.ts';
import { folderBytes, siteWeight, type SiteWeight } from './weight.ts';
import { missingSharpHelp, moduleLinks } from './workFolder.ts';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values: args } = parseArgs({
  options: {
    issues: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '1' },
    seed: { type: 'string', default: 'column' },
    variants: { type: 'string', default: 'baseline,site' },
    browser: { type: 'boolean', default: true },
    'no-browser': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench-results/latest.json' },
    work: { type: 'string', default: join(tmpdir(), 'column-bench') },
    /** NODE_OPTIONS for the `site` variant's build only, e.g. "--max-old-space-size=1536". */
    'site-node-options': { type: 'string' },
    /** Print the report of a saved run (its JSON file) again, without measuring anything. */
    report: { type: 'string' },
    /** Another Astro config for the `site` variant, to try a fix before making it. */
    'site-config': { type: 'string' },
    /** Minutes to wait for other builds and test runs to finish before each measurement. */
    wait: { type: 'string', default: '10' },
  },
});

const ISSUES = Number(args.issues);
const RUNS = Number(args.runs);
if (!Number.isInteger(ISSUES) || ISSUES < 1)
  throw new Error(`--issues: expected a whole number ≥ 1, got ${args.issues}`);
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(`--runs: expected a whole number ≥ 1, got ${args.runs}`);
const variants = args.variants.split(',').map((name) => {
  const variant = VARIANTS.find((known) => known === name.trim());
  if (!variant) throw new Error(`--variants: "${name}" is not one of ${VARIANTS.join(', ')}`);
  return variant;
});
const work = resolve(args.work);
const links = moduleLinks(projectRoot, work);
const WAIT_MS = Number(args.wait) * 60_000;
const say = (line: string) => console.log(`[bench] ${line}`);

// ---------------------------------------------------------------------------------------
// Builds

const ROUTE_LINE = /[├└]─ (\S+) \(\+(?:(\d+)m\s*)?([\d.]+)(ms|s)\)/;
const IMAGE_LINE = /▶ \S+ .*\(\+[\d.]+m?s\)/;
/** The data desk's pages and files: `/data/…`, `/projects/…`, in either language. */
const DESK_PAGE = /^\/(?:zh\/)?(?:data|projects)\//;

/**
 * Astro's build, cut into phases by the lines it prints, timed by when each line arrived:
 * startup (config, integrations' setup hooks: the content check), content sync, collecting
 * routes, Vite's bundle (every MDX file compiled), rendering routes, optimising images, and the
 * integrations' build:done hooks (sitemap, Pagefind, checks).
 */
const PHASE_MARKS: [Phase, RegExp][] = [
  ['sync', /\[content\] Syncing content/],
  ['collect', /\[build\] Collecting build info/],
  ['bundle', /\[build\] Building static entrypoints/],
  ['routes', /generating static routes/],
  ['images', /generating optimized images/],
];

function readLog(lines: Measured['lines'], wallSeconds: number, variant: Variant) {
  // Astro names each page by its file, `/issues/4/index.html`; the site is built at the root.
  const isIssue = (path: string) =>
    variant === 'baseline'
      ? path.endsWith('.html')
      : ISSUE_PAGE_PATH.test(path.replace(/^\//, '').replace(/index\.html$/, ''));
  const starts: Partial<Record<Phase, number>> = { startup: 0 };
  let routes = 0;
  let images = 0;
  const issueMs: number[] = [];
  const desk = { count: 0, seconds: 0 };
  const og = { count: 0, seconds: 0 };
  const ogPaths = new Set<string>();
  // Social images' wall time: each run of consecutive /og/ route lines spans from the line
  // before it (when the first card started) to its last line. Unlike summing Astro's per-route
  // times, this stays right when pages render concurrently (build.concurrency > 1).
  let previousAt = 0;
  let ogRunStart: number | undefined;
  let ogRunEnd = 0;
  let sitemapAt: number | undefined;
  let pagefindSeconds: number | null = null;
  for (const { at, text } of lines) {
    for (const [phase, mark] of PHASE_MARKS)
      if (starts[phase] === undefined && mark.test(text)) starts[phase] = at;
    // The build's last "✓ Completed" closes rendering and images; the hooks run after it.
    if (/\[build\] ✓ Completed in/.test(text) && starts.routes !== undefined) starts.hooks = at;
    if (/page\(s\) built in/.test(text)) starts.exit = at;
    if (/\[@astrojs\/sitemap\]/.test(text)) sitemapAt = at;
    if (/\[column:pagefind\] Indexed/.test(text) && sitemapAt !== undefined)
      pagefindSeconds = at - sitemapAt;
    if (/[├└]─/.test(text)) {
      if (/\/og\/\S*\.png/.test(text)) {
        for (const [path] of text.matchAll(/\S*\/og\/\S*?\.png/g)) ogPaths.add(path);
        ogRunStart ??= previousAt;
        ogRunEnd = at;
      } else if (ogRunStart !== undefined) {
        og.seconds += ogRunEnd - ogRunStart;
        ogRunStart = undefined;
      }
    } else if (ogRunStart !== undefined && text.trim()) {
      og.seconds += ogRunEnd - ogRunStart;
      ogRunStart = undefined;
    }
    previousAt = at;
    const route = ROUTE_LINE.exec(text);
    if (route) {
      routes++;
      const [, path = '', minutes, value = '0', unit = 'ms'] = route;
      const ms = (Number(minutes ?? 0) * 60 + Number(value) / (unit === 'ms' ? 1000 : 1)) * 1000;
      if (isIssue(path)) issueMs.push(ms);
      if (DESK_PAGE.test(path)) {
        desk.count++;
        desk.seconds += ms / 1000;
      }
      continue;
    }
    if (IMAGE_LINE.test(text)) images++;
  }
  og.count = ogPaths.size;
  const phases: Partial<Record<Phase, number>> = {};
  const known = PHASES.flatMap((phase) => {
    const start = starts[phase];
    return start === undefined ? [] : [{ phase, start }];
  });
  known.forEach(({ phase, start }, index) => {
    phases[phase] = (known[index + 1]?.start ?? wallSeconds) - start;
  });
  const phaseAt = (seconds: number) => known.findLast(({ start }) => start <= seconds)?.phase;
  return {
    phases,
    phaseAt,
    pagefindSeconds,
    routes,
    images,
    issuePages: issueMs.length,
    msPerIssuePage: issueMs.length ? issueMs.reduce((a, b) => a + b, 0) / issueMs.length : null,
    socialImages: og.count ? og : null,
    deskPages: desk.count ? desk : null,
  };
}

function buildEnv(variant: Variant, contentDir: string, outDir: string): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(
    ([name]) => !/^(COLUMN_|SITE_|VITEST|NODE_ENV$|DEV$|PROD$|BASE_URL$|MODE$|SSR$)/.test(name),
  );
  return {
    ...Object.fromEntries(inherited),
    NO_COLOR: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    COLUMN_CONTENT_DIR: contentDir,
    COLUMN_OUT_DIR: outDir,
    ...(variant === 'site' && args['site-node-options']
      ? { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} ${args['site-node-options']}`.trim() }
      : {}),
  };
}

const variantDir = (variant: Variant) => join(work, variant);
const distOf = (variant: Variant) => join(variantDir(variant), 'dist');
const BASELINE_SOURCE = join(projectRoot, 'scripts', 'bench', 'baseline');
const BASELINE_ROOT = join(work, 'baseline-site');

/**
 * The baseline is built from a copy in the work folder, so the files Astro writes into a
 * site's root (.astro/, node_modules/.vite/) stay out of the project. Its node_modules holds
 * links to the project's own astro and @astrojs/mdx, nothing else.
 */
function prepareBaseline() {
  rmSync(BASELINE_ROOT, { recursive: true, force: true });
  cpSync(BASELINE_SOURCE, BASELINE_ROOT, { recursive: true });
  for (const name of ['astro', '@astrojs/mdx']) {
    const link = join(BASELINE_ROOT, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(projectRoot, 'node_modules', name), link, 'dir');
  }
}

async function build(
  variant: Variant,
  phase: BuildFigures['phase'],
  round: number,
  contentDir: string,
): Promise<BuildFigures> {
  const dir = variantDir(variant);
  if (phase === 'cold') {
    // Everything this build may reuse: its output, Astro's cache beside it (the content
    // layer's data store, optimised images) and, for the baseline, its own Vite cache. The
    // project's node_modules/.vite is shared with other people's dev servers and tests, and a
    // build only writes dependency metadata there, so it is left alone.
    rmSync(dir, { recursive: true, force: true });
    if (variant === 'baseline')
      rmSync(join(BASELINE_ROOT, 'node_modules', '.vite'), { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  const busy = await waitForQuiet(WAIT_MS, say);
  const log = join(dir, `build-${phase}-${round}.log`);
  // The column is built the way operators build it (npm run build: scripts/build.ts, which
  // runs astro build into a staging folder and swaps it in); the baseline with astro build.
  const safeBuild = join(projectRoot, 'scripts', 'build.ts');
  const command =
    variant === 'baseline'
      ? ['node_modules/astro/bin/astro.mjs', 'build', '--root', BASELINE_ROOT]
      : [
          ...(existsSync(safeBuild) ? [safeBuild] : ['node_modules/astro/bin/astro.mjs', 'build']),
          ...(variant === 'site' && args['site-config'] ? ['--config', args['site-config']] : []),
        ];
  say(`round ${round + 1}: ${variant}, ${phase} build…`);
  const measured: Measured = await withBuildLock(
    () =>
      measure(process.execPath, command, {
        cwd: projectRoot,
        env: buildEnv(variant, contentDir, distOf(variant)),
        logFile: log,
      }),
    {
      timeoutMs: 15 * 60_000,
      onWait: (holder) => say(`waiting for the build lock held by pid ${holder}…`),
    },
  );
  if (measured.exitCode !== 0) {
    const help = missingSharpHelp(measured.output, links);
    throw new Error(
      `${variant} ${phase} build failed (exit ${measured.exitCode}); see ${log}:\n${measured.output.split('\n').slice(-30).join('\n')}${help ? `\n${help}` : ''}`,
    );
  }
  const { phaseAt, ...figures } = readLog(measured.lines, measured.wallSeconds, variant);
  const disturbances = [...new Set([...busy, ...measured.disturbances])];
  say(
    `  ${seconds(measured.wallSeconds)} wall, ${seconds(measured.cpuSeconds)} CPU, ${mebibytes(measured.peakTreeRssBytes)} peak` +
      (disturbances.length
        ? `  (DISTURBED by ${disturbances.length} other process${disturbances.length > 1 ? 'es' : ''})`
        : ''),
  );
  return {
    variant,
    phase,
    round,
    exitCode: measured.exitCode,
    wallSeconds: measured.wallSeconds,
    cpuSeconds: measured.cpuSeconds,
    peakTreeRssBytes: measured.peakTreeRssBytes,
    maxProcessRssBytes: measured.maxProcessRssBytes,
    peakComposition: measured.peakComposition,
    peakAtSeconds: measured.peakAtSeconds,
    peakPhase: phaseAt(measured.peakAtSeconds) ?? null,
    ...figures,
    disturbances,
    log,
  };
}

// ---------------------------------------------------------------------------------------
// Machine

function machine() {
  const version = (path: string) => {
    try {
      return (
        JSON.parse(
          readFileSync(join(projectRoot, 'node_modules', path, 'package.json'), 'utf8'),
        ) as { version: string }
      ).version;
    } catch {
      return 'unknown';
    }
  };
  const chromium =
    spawnSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim() ?? 'unknown';
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    freeMemoryGiB: Math.round((freemem() / 1024 ** 3) * 10) / 10,
    os: `${process.platform} ${release()}`,
    node: process.version,
    astro: version('astro'),
    mdx: version('@astrojs/mdx'),
    pagefind: version('pagefind'),
    sharp: version('sharp'),
    chromium,
  };
}

// ---------------------------------------------------------------------------------------
// Main

async function main() {
  if (Number(process.versions.node.split('.')[0]) < 24) {
    throw new Error(
      `Node ${process.version}: run the benchmark with npm run bench, which uses the project's Node 24`,
    );
  }
  const host = machine();
  say(
    `${ISSUES} issues, ${RUNS} round${RUNS > 1 ? 's' : ''}, variants ${variants.join(', ')}; ${host.cores} × ${host.cpu}`,
  );
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const { link, target } of links) symlinkSync(target, link, 'dir');

  const generateStarted = performance.now();
  const corpus = await generateCorpus({
    contentDir: join(work, 'content'),
    projectContentDir: join(projectRoot, 'content'),
    issues: ISSUES,
    seed: args.seed,
  });
  const generateSeconds = (performance.now() - generateStarted) / 1000;
  const covers = corpus.issues.filter((issue) => issue.cover).length;
  say(
    `generated ${corpus.issues.length} issues (${corpus.issues.filter((issue) => issue.lang === 'zh-CN').length} in Chinese, ${covers} with a cover) in ${seconds(generateSeconds)} → ${corpus.contentDir}`,
  );

  if (variants.includes('baseline')) prepareBaseline();
  // The issue an editor changes: one from the middle of the column, in English.
  const edited =
    corpus.issues.filter((issue) => issue.lang === 'en')[Math.floor(corpus.issues.length / 4)] ??
    corpus.issues[0];
  if (!edited) throw new Error('the corpus has no issue');
  const editedFile = join(corpus.contentDir, 'issues', edited.fileName);
  const builds: BuildFigures[] = [];
  for (let round = 0; round < RUNS; round++) {
    const order = round % 2 === 0 ? variants : variants.toReversed();
    for (const variant of order) {
      builds.push(await build(variant, 'cold', round, corpus.contentDir));
      builds.push(await build(variant, 'warm', round, corpus.contentDir));
      // One sentence more in one issue, then back, so every round starts from the same column.
      writeFileSync(
        editedFile,
        `${edited.source.trimEnd()}\n\nOne more sentence, round ${round + 1}.\n`,
      );
      try {
        builds.push(await build(variant, 'edited', round, corpus.contentDir));
      } finally {
        writeFileSync(editedFile, edited.source);
      }
    }
  }

  // Pagefind on its own, over the site's pages, into a separate folder.
  let pagefind: RawResults['pagefind'] = null;
  if (variants.includes('site')) {
    say('timing Pagefind on its own…');
    const indexDir = join(work, 'pagefind-alone');
    const measured = await measure(
      process.execPath,
      ['scripts/bench/pagefind-index.ts', distOf('site'), indexDir],
      {
        cwd: projectRoot,
        env: process.env,
        logFile: join(work, 'pagefind-alone.log'),
      },
    );
    if (measured.exitCode !== 0) throw new Error(`Pagefind failed:\n${measured.output}`);
    const detail = JSON.parse(measured.output.trim().split('\n').at(-1) ?? '{}') as Record<
      string,
      number
    >;
    const index = folderBytes(join(distOf('site'), 'pagefind'));
    const byLanguage = JSON.parse(
      readFileSync(join(distOf('site'), 'pagefind', 'pagefind-entry.json'), 'utf8'),
    ) as {
      languages: Record<string, { page_count: number }>;
    };
    pagefind = {
      wallSeconds: measured.wallSeconds,
      cpuSeconds: measured.cpuSeconds,
      peakTreeRssBytes: measured.peakTreeRssBytes,
      ...detail,
      indexBytes: index.bytes,
      indexFiles: index.files,
      languages: byLanguage.languages,
      disturbances: measured.disturbances,
    };
  }

  say('weighing pages…');
  const weight: Partial<Record<Variant, SiteWeight>> = {};
  for (const variant of variants) {
    weight[variant] = siteWeight(
      distOf(variant),
      '/',
      variant === 'baseline' ? (page) => page.endsWith('index.html') : undefined,
    );
  }

  /** A school's full name, as a reader would search for it: the first the corpus names in `lang`. */
  const firstSchool = (lang: 'en' | 'zh-CN') => {
    for (const issue of corpus.issues) {
      const name =
        issue.lang === lang &&
        /^ {2}- \{ id: [^,]+, name: ("(?:[^"\\]|\\.)*")/m.exec(issue.source)?.[1];
      if (name) return JSON.parse(name) as string;
    }
    throw new Error(`the corpus names no school in ${lang}`);
  };
  let browser: BrowserFigures | null = null;
  if (args.browser && !args['no-browser'] && variants.includes('site')) {
    say('measuring search and reading pages in Chromium…');
    await waitForQuiet(WAIT_MS, say);
    const sample = weight.site?.issuePage?.page.replace(/index\.html$/, '') ?? 'issues/1/';
    browser = await browserFigures({
      distDir: distOf('site'),
      queries: {
        en: ['kindergarten', 'investment', 'Hanting', firstSchool('en')],
        zh: ['幼儿园', '投资', '寒亭', firstSchool('zh-CN')],
        next: 'library',
      },
      readingPages: ['/', `/${sample}`, '/issues/', '/districts/'],
    });
  }

  /**
   * How soon `npm run dev` shows a saved edit to `edited`, for one variant: the column's dev
   * server, or the bare Astro site's over the same folder (the issue's page is `/<file id>/`).
   */
  const timeDev = async (variant: Variant): Promise<DevFigures> => {
    await waitForQuiet(WAIT_MS, say);
    const figures = await withBuildLock(
      () =>
        devLatency({
          projectRoot: variant === 'site' ? projectRoot : BASELINE_ROOT,
          env: buildEnv(variant, corpus.contentDir, join(work, `dev-dist-${variant}`)),
          issueFile: editedFile,
          issuePath:
            variant === 'site'
              ? `/issues/${edited.issue}/`
              : `/${edited.fileName.replace(/\.mdx$/, '')}/`,
          contentDir: corpus.contentDir,
        }),
      {
        timeoutMs: 15 * 60_000,
        onWait: (holder) => say(`waiting for the build lock held by pid ${holder}…`),
      },
    );
    say(`  ${variant}: ${figures.saveToScreenMs.map((ms) => `${Math.round(ms)} ms`).join(', ')}`);
    return figures;
  };
  let dev: DevFigures | null = null;
  let devBaseline: DevFigures | null = null;
  if (args.browser && !args['no-browser'] && variants.includes('site')) {
    say(`timing npm run dev: a saved edit to issues/${edited.fileName} until Chromium shows it…`);
    dev = await timeDev('site');
    if (variants.includes('baseline')) devBaseline = await timeDev('baseline');
  }

  const raw: RawResults = {
    version: 1,
    measuredAt: new Date().toISOString(),
    machine: host,
    options: {
      issues: ISSUES,
      runs: RUNS,
      seed: args.seed,
      variants,
      siteConfig: args['site-config'] ?? null,
      siteNodeOptions: args['site-node-options'] ?? null,
    },
    corpus: {
      issues: corpus.issues.length,
      chinese: corpus.issues.filter((issue) => issue.lang === 'zh-CN').length,
      covers,
      mdxBytes: corpus.mdxBytes,
      imageBytes: corpus.imageBytes,
      generateSeconds,
    },
    builds: builds.map(({ log, ...rest }) => ({ ...rest, log: relative(work, log) })),
    pagefind,
    weight,
    browser,
    dev,
    devBaseline,
  };
  printReport(raw);
  const { summary, budgets, disturbed } = summarise(raw);
  const results = { ...raw, summary, budgets, disturbed };

  const out = resolve(projectRoot, args.out);
  mkdirSync(dirname(out), { recursive: true });
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(out)) ?? {};
  writeFileSync(
    out,
    await prettier.format(JSON.stringify(results), { ...options, parser: 'json' }),
  );
  const ignore = join(dirname(out), '.gitignore');
  if (dirname(out) === join(projectRoot, 'bench-results') && !existsSync(ignore)) {
    writeFileSync(
      ignore,
      '# Machine-specific benchmark output; the figures of record are in README.md.\n*\n',
    );
  }
  console.log(`\nFigures written to ${relative(projectRoot, out)}; build logs in ${work}/`);
}

if (args.report) {
  printReport(JSON.parse(readFileSync(resolve(args.report), 'utf8')) as RawResults);
} else {
  await main();
}
