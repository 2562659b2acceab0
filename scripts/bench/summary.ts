/**
 * The benchmark's figures, from the raw measurements to what a person reads: a summary per
 * variant, the table with ratios against the bare-Astro baseline, and the budgets. Works the
 * same on a fresh run and on a saved JSON file (npm run bench -- --report <file>).
 */
import type { BrowserFigures, SearchRun } from './browser.ts';
import type { DevFigures } from './devLatency.ts';
import type { Measured } from './measure.ts';
import {
  budget,
  budgetsTable,
  figuresTable,
  KIB,
  kibibytes,
  kilobytes,
  mebibytes,
  median,
  milliseconds,
  ratio,
  seconds,
  type Budget,
  type Row,
} from './report.ts';
import type { SiteWeight } from './weight.ts';

export const VARIANTS = ['baseline', 'site'] as const;
export type Variant = (typeof VARIANTS)[number];
/** The phases of an Astro build, in the order they run. */
export const PHASES = [
  'startup',
  'sync',
  'collect',
  'bundle',
  'routes',
  'images',
  'hooks',
  'exit',
] as const;
export type Phase = (typeof PHASES)[number];

export interface BuildFigures {
  variant: Variant;
  /** `edited`: the warm build again after one issue's text changed. */
  phase: 'cold' | 'warm' | 'edited';
  round: number;
  exitCode: number;
  wallSeconds: number;
  cpuSeconds: number;
  peakTreeRssBytes: number;
  maxProcessRssBytes: number;
  /** Seconds in each phase of Astro's build, from when its log lines arrived. */
  phases: Partial<Record<Phase, number>>;
  /** Seconds the Pagefind hook took inside the build (from the sitemap's line to Pagefind's). */
  pagefindSeconds: number | null;
  peakComposition: Measured['peakComposition'];
  peakAtSeconds: number;
  /** The build phase the memory peak fell in. */
  peakPhase: Phase | null;
  routes: number;
  issuePages: number;
  /** Mean of Astro's per-page times for issue pages. */
  msPerIssuePage: number | null;
  /** Social-image routes (`/og/…png`): how many, and the wall time of their run of routes. */
  socialImages: { count: number; seconds: number } | null;
  /** The data desk's routes (`/data/…`, `/projects/…`): how many, and their summed times. */
  deskPages?: { count: number; seconds: number } | null;
  images: number;
  disturbances: string[];
  /** The build's log, relative to the work folder. */
  log: string;
}

/** Everything measured, before any summing up: what the JSON file keeps. */
export interface RawResults {
  version: 1;
  measuredAt: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGiB: number;
    freeMemoryGiB: number;
    os: string;
    node: string;
    astro: string;
    mdx: string;
    pagefind: string;
    sharp: string;
    chromium: string;
  };
  options: {
    issues: number;
    runs: number;
    seed: string;
    variants: Variant[];
    siteConfig: string | null;
    siteNodeOptions?: string | null;
  };
  corpus: {
    issues: number;
    chinese: number;
    covers: number;
    mdxBytes: number;
    imageBytes: number;
    generateSeconds: number;
  };
  builds: BuildFigures[];
  pagefind: {
    wallSeconds: number;
    cpuSeconds: number;
    peakTreeRssBytes: number;
    indexBytes: number;
    indexFiles: number;
    [detail: string]: unknown;
  } | null;
  weight: Partial<Record<Variant, SiteWeight>>;
  browser: BrowserFigures | null;
  /** `npm run dev` showing a saved edit; absent from runs saved before it was measured. */
  dev?: DevFigures | null;
  /** The same for the bare Astro site; absent from runs saved before it was measured. */
  devBaseline?: DevFigures | null;
}

export interface Summary {
  wallSeconds: number;
  cpuSeconds: number;
  peakTreeRssBytes: number;
  maxProcessRssBytes: number;
  msPerIssuePage: number;
  phases: Record<Phase, number>;
  socialImageSeconds: number;
  pagefindSeconds: number;
  /** The round the times come from. */
  round: number | null;
  runs: number;
}

export function summarise(raw: RawResults) {
  const { builds, pagefind, weight, browser, dev, devBaseline } = raw;
  const variants = raw.options.variants;
  const ISSUES = raw.options.issues;
  const summary = Object.fromEntries(
    variants.map((variant) => {
      // Times come from each variant's fastest round (other work on the machine only ever
      // slows a build down), all from that one round so they add up; memory is the median.
      const of = (phase: BuildFigures['phase']) => {
        const runs = builds.filter((run) => run.variant === variant && run.phase === phase);
        const best = runs.reduce<BuildFigures | undefined>(
          (fastest, run) => (fastest && fastest.wallSeconds <= run.wallSeconds ? fastest : run),
          undefined,
        );
        return {
          wallSeconds: best?.wallSeconds ?? Number.NaN,
          cpuSeconds: best?.cpuSeconds ?? Number.NaN,
          peakTreeRssBytes: median(runs.map((run) => run.peakTreeRssBytes)),
          maxProcessRssBytes: median(runs.map((run) => run.maxProcessRssBytes)),
          msPerIssuePage: best?.msPerIssuePage ?? Number.NaN,
          phases: Object.fromEntries(
            PHASES.map((name) => [name, best?.phases[name] ?? Number.NaN]),
          ) as Record<Phase, number>,
          socialImageSeconds: best?.socialImages?.seconds ?? Number.NaN,
          pagefindSeconds: best?.pagefindSeconds ?? Number.NaN,
          round: best ? best.round + 1 : null,
          runs: runs.length,
        };
      };
      return [variant, { cold: of('cold'), warm: of('warm'), edited: of('edited') }];
    }),
  ) as Record<Variant, Record<BuildFigures['phase'], Summary>>;

  // ------------------------------------------------------------------ table and budgets
  const base = summary.baseline;
  const site = summary.site;
  const siteCold = builds.find((run) => run.variant === 'site' && run.phase === 'cold');
  const rows: Row[] = [];
  const buildRow = (
    label: string,
    pick: (s: Summary) => number,
    format: (n: number) => string,
    phase: BuildFigures['phase'],
  ) => {
    const b = base?.[phase] ? pick(base[phase]) : undefined;
    const s = site?.[phase] ? pick(site[phase]) : undefined;
    rows.push({
      label,
      ...(b !== undefined ? { baseline: format(b) } : {}),
      site: s !== undefined ? format(s) : 'n/a',
      ratio: ratio(s, b),
    });
  };
  buildRow('cold build, wall', (s) => s.wallSeconds, seconds, 'cold');
  buildRow('cold build, CPU', (s) => s.cpuSeconds, seconds, 'cold');
  buildRow('cold build, peak memory (tree)', (s) => s.peakTreeRssBytes, mebibytes, 'cold');
  const zero = (value: number) => (Number.isNaN(value) ? 0 : value);
  buildRow('  startup: config, content check', (s) => s.phases.startup, seconds, 'cold');
  buildRow(
    '  content sync, routes',
    (s) => zero(s.phases.sync) + zero(s.phases.collect),
    seconds,
    'cold',
  );
  buildRow('  Vite bundle (MDX compiled)', (s) => s.phases.bundle, seconds, 'cold');
  buildRow(
    '  rendering pages',
    (s) => s.phases.routes - zero(s.socialImageSeconds),
    seconds,
    'cold',
  );
  buildRow('  social images', (s) => s.socialImageSeconds, seconds, 'cold');
  buildRow('  optimising images', (s) => s.phases.images, seconds, 'cold');
  buildRow(
    '  after-build hooks',
    (s) => zero(s.phases.hooks) + zero(s.phases.exit),
    seconds,
    'cold',
  );
  buildRow('    of which Pagefind', (s) => s.pagefindSeconds, seconds, 'cold');
  buildRow('ms per issue page (cold)', (s) => s.msPerIssuePage, milliseconds, 'cold');
  buildRow('warm build, wall', (s) => s.wallSeconds, seconds, 'warm');
  buildRow('warm build, CPU', (s) => s.cpuSeconds, seconds, 'warm');
  buildRow('warm build, peak memory (tree)', (s) => s.peakTreeRssBytes, mebibytes, 'warm');
  buildRow('  Vite bundle (MDX compiled)', (s) => s.phases.bundle, seconds, 'warm');
  buildRow(
    '  rendering pages',
    (s) => s.phases.routes - zero(s.socialImageSeconds),
    seconds,
    'warm',
  );
  buildRow('ms per issue page (warm)', (s) => s.msPerIssuePage, milliseconds, 'warm');
  rows.push({
    label: 'warm ÷ cold, wall',
    ...(base ? { baseline: ratio(base.warm.wallSeconds, base.cold.wallSeconds) } : {}),
    site: site ? ratio(site.warm.wallSeconds, site.cold.wallSeconds) : 'n/a',
  });
  buildRow('one issue edited, wall', (s) => s.wallSeconds, seconds, 'edited');
  rows.push({
    label: 'one issue edited ÷ cold, wall',
    ...(base ? { baseline: ratio(base.edited.wallSeconds, base.cold.wallSeconds) } : {}),
    site: site ? ratio(site.edited.wallSeconds, site.cold.wallSeconds) : 'n/a',
  });
  if (dev) {
    const startAndLoad = (figures: DevFigures) =>
      `${seconds(figures.startSeconds)}, ${milliseconds(figures.firstLoadMs)}`;
    const saves = (figures: DevFigures) => figures.saveToScreenMs.map(milliseconds).join(', ');
    rows.push({
      label: 'npm run dev: start, first issue page',
      ...(devBaseline ? { baseline: startAndLoad(devBaseline) } : {}),
      site: startAndLoad(dev),
    });
    rows.push({
      label: 'npm run dev: save to screen',
      ...(devBaseline ? { baseline: saves(devBaseline) } : {}),
      site: saves(dev),
      ...(devBaseline
        ? {
            ratio: ratio(Math.max(...dev.saveToScreenMs), Math.max(...devBaseline.saveToScreenMs)),
          }
        : {}),
    });
  }
  rows.push({
    label: 'Pagefind indexing (alone)',
    site: pagefind
      ? `${seconds(pagefind['wallSeconds'] as number)}, ${kibibytes(pagefind['indexBytes'] as number)}`
      : 'n/a',
  });
  rows.push({
    label: 'data desk pages and files',
    site: siteCold?.deskPages
      ? `${seconds(siteCold.deskPages.seconds)} for ${siteCold.deskPages.count}`
      : 'n/a',
  });
  rows.push({
    label: 'social images',
    site: siteCold?.socialImages
      ? `${seconds(siteCold.socialImages.seconds)} for ${siteCold.socialImages.count}`
      : 'n/a',
  });
  const wb = weight.baseline;
  const ws = weight.site;
  const weightRow = (
    label: string,
    pick: (w: SiteWeight) => number | undefined,
    withBaseline = true,
  ) => {
    const b = withBaseline && wb ? pick(wb) : undefined;
    const s = ws ? pick(ws) : undefined;
    rows.push({
      label,
      ...(b !== undefined ? { baseline: kilobytes(b) } : {}),
      site: kilobytes(s),
      ratio: ratio(s, b),
    });
  };
  weightRow('issue page HTML, gzip (median)', (w) => w.issueHtmlGzip.median);
  weightRow('issue page HTML, gzip (max)', (w) => w.issueHtmlGzip.max);
  weightRow('issue page CSS, gzip', (w) => w.issuePage?.css.gzip);
  weightRow('issue page JS, gzip', (w) => w.issuePage?.js.gzip);
  weightRow('home page HTML, gzip', (w) => w.home?.html.gzip, false);
  weightRow('home page CSS, gzip', (w) => w.home?.css.gzip, false);
  weightRow('home page JS, gzip', (w) => w.home?.js.gzip, false);
  if (browser) {
    for (const run of browser.firstQueries) {
      rows.push({
        label: `first search "${run.query}" (${run.lang})`,
        site: `${kibibytes(run.transfer.bytes)}, ${run.transfer.requests} req, ${milliseconds(run.ms)}`,
      });
    }
    const n = browser.nextQuery;
    if (n) {
      rows.push({
        label: `next search "${n.query}", transferred`,
        site: `${kibibytes(n.transfer.bytes)}, ${milliseconds(n.ms)}`,
      });
    }
  }

  const budgets: Budget[] = [];
  if (base && site) {
    budgets.push(
      budget(
        'cold build ≤ 1.5× bare Astro',
        site.cold.wallSeconds / base.cold.wallSeconds,
        1.5,
        '×',
        'wall seconds, fastest round of each (stretch goal 1.25×)',
      ),
    );
    budgets.push(
      budget(
        'peak memory ≤ 1.25× bare Astro',
        site.cold.peakTreeRssBytes / base.cold.peakTreeRssBytes,
        1.25,
        '×',
        'sum of RSS over the process tree, cold build',
      ),
    );
  }
  if (base && site)
    budgets.push(
      budget(
        'warm build ≤ 1.5× bare Astro warm',
        site.warm.wallSeconds / base.warm.wallSeconds,
        1.5,
        '×',
        'wall seconds, nothing changed',
      ),
    );
  if (site)
    budgets.push(
      budget(
        'one issue edited ≤ 0.35× cold',
        site.edited.wallSeconds / site.cold.wallSeconds,
        0.35,
        '×',
        'wall seconds, a warm build after one issue changed',
      ),
    );
  if (dev)
    budgets.push(
      budget(
        'npm run dev shows a saved edit ≤ 2 s',
        Math.max(...dev.saveToScreenMs) / 1000,
        2,
        's',
        `slowest of ${dev.saveToScreenMs.length} saves, in Chromium`,
      ),
    );
  if (ws) {
    budgets.push(
      budget(
        'issue page HTML ≤ 12 kB gzip',
        ws.issueHtmlGzip.max,
        12_000,
        'B',
        `largest of ${ws.issuePages} issue pages (${ws.issueHtmlGzip.maxPage})`,
      ),
    );
    const css = Math.max(ws.issuePage?.css.gzip ?? 0, ws.home?.css.gzip ?? 0);
    budgets.push(
      budget('site CSS ≤ 10 kB gzip', css, 10_000, 'B', 'CSS an issue page or the home page loads'),
    );
    const jsBytes =
      ws.readingPagesWithJs.reduce((sum, page) => sum + page.gzip, 0) +
      (browser?.readingPages.reduce((sum, page) => sum + page.scripts, 0) ?? 0);
    budgets.push(
      budget(
        '0 bytes of JS on reading pages',
        jsBytes,
        0,
        'B',
        `${ws.readingPagesWithJs.length} reading pages with a script`,
      ),
    );
    const fonts =
      ws.readingPagesWithFonts.length +
      (browser?.readingPages.reduce((sum, page) => sum + page.fonts, 0) ?? 0);
    budgets.push(
      budget(
        'no font downloads on reading pages',
        fonts,
        0,
        'fonts',
        'font URLs in pages and CSS, and font requests in Chromium',
      ),
    );
  }
  if (browser) {
    const sizes = browser.firstQueries.map((run) => run.transfer.bytes);
    const worst = browser.firstQueries.reduce<SearchRun | undefined>(
      (largest, run) => (largest && largest.transfer.bytes >= run.transfer.bytes ? largest : run),
      undefined,
    );
    budgets.push(
      budget(
        'first search query ≤ 130 KiB',
        sizes.length ? Math.max(...sizes) / KIB : null,
        130,
        'KiB',
        `largest of ${sizes.length} first queries ("${worst?.query ?? ''}"), median ${kibibytes(median(sizes))}, at ${ISSUES} issues`,
      ),
    );
  }

  const disturbed = builds
    .filter((run) => run.disturbances.length)
    .map((run) => ({
      variant: run.variant,
      phase: run.phase,
      round: run.round,
      by: run.disturbances,
    }));
  return { summary, rows, budgets, disturbed };
}

/** The report as printed at the end of a run. */
export function printReport(raw: RawResults): void {
  const { rows, budgets, disturbed } = summarise(raw);
  const { machine: host, options, corpus, builds } = raw;
  const { variants } = options;
  console.log('');
  console.log(
    `Column benchmark: ${options.issues} issues (${corpus.chinese} Chinese, ${corpus.covers} covers); times from the fastest of ${options.runs} round${options.runs > 1 ? 's' : ''}, memory the median`,
  );
  console.log(
    `${host.cores} × ${host.cpu}, ${host.memoryGiB} GiB, Node ${host.node}, Astro ${host.astro}, Pagefind ${host.pagefind}`,
  );
  if (options.siteNodeOptions) {
    console.log(`"column site" built with NODE_OPTIONS=${options.siteNodeOptions}`);
  }
  if (options.siteConfig) {
    console.log(
      `"column site" built with ${options.siteConfig}, not the project's astro.config.mjs`,
    );
  }
  console.log('');
  console.log(figuresTable(rows));
  console.log('');
  console.log(budgetsTable(budgets));
  for (const variant of variants) {
    const pictures = raw.weight[variant]?.images ?? {};
    const listed = Object.entries(pictures)
      .map(([kind, { files, bytes }]) => `${files} ${kind} ${(bytes / 1e6).toFixed(1)} MB`)
      .join(', ');
    console.log(`${variant}: pictures written: ${listed || 'none'}`);
  }
  for (const variant of variants) {
    const cold = builds.find((run) => run.variant === variant && run.phase === 'cold');
    if (!cold) continue;
    const parts = new Map<string, number>();
    for (const { command, rssBytes } of cold.peakComposition) {
      parts.set(command, (parts.get(command) ?? 0) + rssBytes);
    }
    const shown = [...parts]
      .toSorted((a, b) => b[1] - a[1])
      .map(([command, bytes]) => `${command} ${mebibytes(bytes)}`)
      .join(' + ');
    console.log(
      `${variant}: cold build's memory peak at ${seconds(cold.peakAtSeconds)} (${cold.peakPhase ?? '?'}): ${shown}`,
    );
  }
  if (disturbed.length) {
    console.log(
      `\n${disturbed.length} build(s) ran while other builds or tests did; rerun for clean figures:`,
    );
    for (const run of disturbed) {
      const more = run.by.length > 3 ? ` and ${run.by.length - 3} more` : '';
      console.log(
        `  ${run.variant} ${run.phase} (round ${run.round + 1}): ${run.by.slice(0, 3).join('; ')}${more}`,
      );
    }
  }
}
