/**
 * The Chromium that the browser tests, Lighthouse and the benchmark drive, found in one place.
 *
 * In order: `CHROMIUM_PATH`, then `chromium` (or `chromium-browser`) on the PATH — Debian's
 * package, which CI installs — and, on a machine with neither, the headless Chromium that ships
 * inside the npm package `@sparticuz/chromium`, unpacked once into the temporary folder. No
 * browser is ever downloaded.
 *
 * Every launch gets a fontconfig setup that adds the project's own Noto Sans SC (the npm font
 * the social cards use) to the machine's fonts: the npm Chromium carries no Chinese font, and a
 * bare machine has none either, so Chinese would otherwise render as boxes in screenshots.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  accessSync,
  constants,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(projectRoot, 'package.json'));

/** Flags for headless Chromium on a closed network: without the background-networking ones it keeps trying to reach Google. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export interface ChromiumBinary {
  path: string;
  /** Where it came from, for a test log: `CHROMIUM_PATH`, `PATH` or the npm package. */
  source: 'CHROMIUM_PATH' | 'PATH' | '@sparticuz/chromium';
  /** The environment to launch it with: the caller's, with the fontconfig setup above. */
  env: Record<string, string>;
}

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(names: string[]): string | undefined {
  const folders = (process.env['PATH'] ?? '').split(delimiter).filter(Boolean);
  for (const name of names) {
    for (const folder of folders) {
      const candidate = join(folder, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** A package's version, read beside its entry point: not every package exports its package.json. */
function packageVersion(name: string): string {
  const manifest = join(dirname(require.resolve(name)), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/**
 * Unpacks `@sparticuz/chromium` into `<tmp>/column-chromium-<version>/`, once per machine.
 *
 * The package unpacks into whatever `os.tmpdir()` says and trusts any file already there, so an
 * interrupted unpack would leave a broken browser for every later run. It runs in a child
 * process with its own TMPDIR, into a folder that is renamed into place only when complete;
 * the child keeps this process's environment untouched.
 */
function unpackNpmChromium(): string {
  const version = packageVersion('@sparticuz/chromium');
  const folder = join(tmpdir(), `column-chromium-${version}`);
  const binary = join(folder, 'chromium');
  if (isExecutable(binary)) return binary;

  const staging = `${folder}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const script =
    "const { default: chromium } = await import('@sparticuz/chromium'); await chromium.executablePath();";
  const unpack = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: projectRoot,
    env: { ...process.env, TMPDIR: staging },
    encoding: 'utf8',
  });
  if (unpack.status !== 0 || !isExecutable(join(staging, 'chromium'))) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(
      `No Chromium found and @sparticuz/chromium ${version} could not be unpacked into ${staging}:\n` +
        `${unpack.stderr}\nInstall one ("apt-get install -y chromium") or set CHROMIUM_PATH.`,
    );
  }
  try {
    renameSync(staging, folder);
  } catch {
    // Another test process finished first; its copy is as good as ours.
    rmSync(staging, { recursive: true, force: true });
  }
  return binary;
}

/** A fontconfig file: the machine's fonts, the npm Chromium's own, and Noto Sans SC from npm. */
function fontconfigFile(chromiumPath: string): string {
  const notoSansSc = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
  const folders = [join(dirname(chromiumPath), 'fonts'), notoSansSc].filter((folder) =>
    existsSync(folder),
  );
  const system = ['/etc/fonts/fonts.conf'].filter((file) => existsSync(file));
  const config = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    ...system.map((file) => `  <include ignore_missing="yes">${file}</include>`),
    ...folders.map((folder) => `  <dir>${folder}</dir>`),
    `  <cachedir>${join(tmpdir(), 'column-chromium-fontconfig-cache')}</cachedir>`,
    '</fontconfig>',
    '',
  ].join('\n');
  // Named by its content, so every test process shares one file and none reads half of one.
  const digest = createHash('sha256').update(config).digest('hex').slice(0, 12);
  const file = join(tmpdir(), `column-chromium-fonts-${digest}.conf`);
  if (!existsSync(file)) {
    writeFileSync(`${file}.${process.pid}`, config);
    renameSync(`${file}.${process.pid}`, file);
  }
  return file;
}

let found: ChromiumBinary | undefined;

/** The Chromium to drive, found (and if need be unpacked) on first use. */
export function findChromium(): ChromiumBinary {
  if (found) return found;
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv && !isExecutable(fromEnv)) {
    throw new Error(
      `CHROMIUM_PATH=${fromEnv} is not an executable file — fix the path or unset it`,
    );
  }
  const system = fromEnv ? undefined : onPath(['chromium', 'chromium-browser']);
  const path = fromEnv ?? system ?? unpackNpmChromium();
  const source = fromEnv ? 'CHROMIUM_PATH' : system ? 'PATH' : '@sparticuz/chromium';
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  found = { path, source, env: { ...inherited, FONTCONFIG_FILE: fontconfigFile(path) } };
  return found;
}
