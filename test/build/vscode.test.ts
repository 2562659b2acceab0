/**
 * What VS Code shows an editor in an issue's frontmatter (docs/vscode.md), checked end to end:
 * the workspace settings switch the help on, `astro sync` of a fixture column writes the
 * collection manifest and JSON Schema, and the language server the Astro extension runs
 * (@astrojs/language-server, spoken to over LSP as VS Code does) completes, describes and
 * checks the frontmatter with them.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { childEnv, withBuildLock } from '../support/build';
import { withDevServer } from '../support/dev';
import { fixtureContent, outputRoot, projectRoot } from '../support/paths';

const content = fixtureContent('basic');
const issueFile = join(content, 'issues', '001-alder-plan.mdx');
const collectionsDir = join(projectRoot, '.astro', 'collections');

/** `.vscode/*.json` are JSON with comments; ours have whole-line comments only. */
const readJsonc = (path: string): unknown =>
  JSON.parse(
    readFileSync(join(projectRoot, path), 'utf8')
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n'),
  );

/** `astro sync` of the fixture, as `npm run dev` and `npm run sync` do it for content/. */
function syncFixture(): Promise<number> {
  const child = spawn(process.execPath, ['scripts/astro.ts', 'sync'], {
    cwd: projectRoot,
    env: childEnv(
      { name: 'vscode', contentDir: content },
      join(outputRoot, 'vscode', 'dist'),
      '/',
      'https://news.example.org',
    ),
    stdio: 'ignore',
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

interface Diagnostic {
  range: { start: { line: number } };
  message: string;
}

/** The few LSP calls the test needs, over the server's stdin and stdout. */
class LanguageClient {
  readonly #server: ChildProcessByStdio<Writable, Readable, null>;
  readonly #pending = new Map<number, (result: unknown) => void>();
  #buffer = Buffer.alloc(0);
  #nextId = 1;

  constructor() {
    this.#server = spawn(
      process.execPath,
      ['node_modules/@astrojs/language-server/bin/nodeServer.js', '--stdio'],
      { cwd: projectRoot, stdio: ['pipe', 'pipe', 'ignore'] },
    );
    this.#server.stdout.on('data', (chunk: Buffer) => this.#receive(chunk));
  }

  #send(message: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
    this.#server.stdin.write(
      Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]),
    );
  }

  #receive(chunk: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, chunk]);
    for (;;) {
      const headerEnd = this.#buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(
        /Content-Length: (\d+)/i.exec(this.#buffer.subarray(0, headerEnd).toString())?.[1],
      );
      const start = headerEnd + 4;
      if (this.#buffer.length < start + length) return;
      const message = JSON.parse(this.#buffer.subarray(start, start + length).toString()) as {
        id?: number;
        method?: string;
        params?: { items?: unknown[] };
        result?: unknown;
      };
      this.#buffer = this.#buffer.subarray(start + length);
      if (message.id !== undefined && message.method) {
        // The server asks for settings and registrations; VS Code's defaults are what it gets.
        const result =
          message.method === 'workspace/configuration'
            ? (message.params?.items ?? []).map(() => null)
            : null;
        this.#send({ id: message.id, result });
      } else if (message.id !== undefined) {
        this.#pending.get(message.id)?.(message.result);
        this.#pending.delete(message.id);
      }
    }
  }

  request<Result>(method: string, params: unknown): Promise<Result> {
    const id = this.#nextId++;
    this.#send({ id, method, params });
    return new Promise((resolve) => this.#pending.set(id, (result) => resolve(result as Result)));
  }

  notify(method: string, params: unknown): void {
    this.#send({ method, params });
  }

  async start(): Promise<void> {
    const root = pathToFileURL(projectRoot).href;
    // What the Astro extension sends when `astro.content-intellisense` is on.
    await this.request('initialize', {
      processId: process.pid,
      rootUri: root,
      workspaceFolders: [{ uri: root, name: 'column' }],
      capabilities: {
        textDocument: { diagnostic: {}, completion: {}, hover: { contentFormat: ['markdown'] } },
        workspace: { workspaceFolders: true, configuration: true },
      },
      initializationOptions: {
        typescript: { tsdk: join(projectRoot, 'node_modules', 'typescript', 'lib') },
        contentIntellisense: true,
      },
    });
    this.notify('initialized', {});
  }

  async stop(): Promise<void> {
    await this.request('shutdown', null);
    this.notify('exit', null);
    await new Promise((resolve) => this.#server.on('close', resolve));
  }
}

const uri = pathToFileURL(issueFile).href;
const text = readFileSync(issueFile, 'utf8');
const firstTitle = 'Alder District sets out its first school-building plan';
const lines = text.split('\n');
const lineOf = (start: string) => lines.findIndex((line) => line.startsWith(start));
/**
 * The issue with four mistakes an editor makes: an unknown district, a date in words, a
 * language code that is not ours and a misspelt field.
 */
const mistaken = text
  .replace('district: alder', 'district: atlantis')
  .replace('published: 2023-02-01', 'published: 1 February 2023')
  .replace('author: Test Desk', 'author: Test Desk\nlang: fr\nauthour: Test Desk');

/** Resolves once `check` holds, checking every quarter of a second; false after `ms`. */
async function eventually(check: () => boolean | Promise<boolean>, ms = 20_000): Promise<boolean> {
  for (const deadline = Date.now() + ms; !(await check());) {
    if (Date.now() > deadline) return false;
    await new Promise((wake) => setTimeout(wake, 250));
  }
  return true;
}

interface Seen {
  syncExit: number;
  manifest: { entries: Record<string, string> };
  schema: { properties: Record<string, { description?: string }> };
  clean: Diagnostic[];
  mistakes: Diagnostic[];
  districtCompletions: string[];
  titleHover: string;
}
let seen: Seen;

beforeAll(async () => {
  seen = await withBuildLock(async () => {
    // A manifest left by an earlier run must not pass for one this sync wrote.
    rmSync(join(collectionsDir, 'collections.json'), { force: true });
    const syncExit = await syncFixture();
    const readCollections = (name: string): unknown =>
      existsSync(join(collectionsDir, name))
        ? JSON.parse(readFileSync(join(collectionsDir, name), 'utf8'))
        : undefined;
    const client = new LanguageClient();
    try {
      await client.start();
      const diagnostics = async (version: number, body: string) => {
        client.notify(
          version === 1 ? 'textDocument/didOpen' : 'textDocument/didChange',
          version === 1
            ? { textDocument: { uri, languageId: 'mdx', version, text: body } }
            : { textDocument: { uri, version }, contentChanges: [{ text: body }] },
        );
        return (
          await client.request<{ items: Diagnostic[] }>('textDocument/diagnostic', {
            textDocument: { uri },
          })
        ).items;
      };
      const clean = await diagnostics(1, text);
      const mistakes = await diagnostics(2, mistaken);
      await diagnostics(3, text.replace('district: alder', 'district: '));
      const completion = await client.request<{ items: { label: string }[] }>(
        'textDocument/completion',
        {
          textDocument: { uri },
          position: { line: lineOf('district:'), character: 'district: '.length },
        },
      );
      const hover = await client.request<{ contents: { value: string } } | null>(
        'textDocument/hover',
        {
          textDocument: { uri },
          position: { line: lineOf('title:'), character: 1 },
        },
      );
      return {
        syncExit,
        manifest: readCollections('collections.json') as Seen['manifest'],
        schema: readCollections('issues.schema.json') as Seen['schema'],
        clean,
        mistakes,
        districtCompletions: completion.items.map((item) => item.label),
        titleHover: hover?.contents.value ?? '',
      };
    } finally {
      await client.stop();
    }
  });
});

describe('the workspace settings', () => {
  test('turn on the Astro extension’s content help and recommend the extensions it needs', () => {
    expect(readJsonc('.vscode/settings.json')).toMatchObject({
      'astro.content-intellisense': true,
    });
    expect(readJsonc('.vscode/extensions.json')).toMatchObject({
      recommendations: expect.arrayContaining(['astro-build.astro-vscode', 'unifiedjs.vscode-mdx']),
    });
  });
});

describe('astro sync', () => {
  test('writes the manifest that gives every issue file the issues schema', () => {
    expect(seen.syncExit).toBe(0);
    expect(seen.manifest.entries[uri.toLowerCase()]).toBe('issues');
  });

  test('writes the issues schema with a description on every field', () => {
    const undescribed = Object.entries(seen.schema.properties)
      // Astro's own addition to every collection schema, not a field of ours.
      .filter(([name, field]) => name !== '$schema' && !field.description)
      .map(([name]) => name);
    expect(undescribed).toEqual([]);
  });
});

describe('in an issue’s frontmatter, the Astro language server', () => {
  test('reports nothing when the frontmatter is right', () => {
    expect(seen.clean).toEqual([]);
  });

  test('reports each mistake on its line, in words an editor can act on', () => {
    const at = (start: string) => mistaken.split('\n').findIndex((line) => line.startsWith(start));
    expect(
      seen.mistakes.map(({ range, message }) => [range.start.line, message]).toSorted(),
    ).toEqual(
      [
        [at('district:'), 'Value is not accepted. Valid values: "alder", "birch", "cedar".'],
        [at('published:'), 'Write the date as YYYY-MM-DD, e.g. 2022-08-15.'],
        [at('lang:'), 'Value is not accepted. Valid values: "en", "zh-CN".'],
        [at('authour:'), 'Property authour is not allowed.'],
      ].toSorted(),
    );
  });

  test('offers the district ids of districts.yaml as completions for district', () => {
    expect(seen.districtCompletions).toEqual(['alder', 'birch', 'cedar']);
  });

  test('shows a field’s description from src/lib/schema.ts on hover', () => {
    expect(seen.titleHover).toBe('Headline, at most 120 characters.');
  });
});

describe('astro dev', () => {
  test('lists an issue added while it runs, once every issue is valid, and keeps following saves', async () => {
    const copy = realpathSync(mkdtempSync(join(tmpdir(), 'vscode-dev-')));
    try {
      cpSync(content, copy, { recursive: true });
      const issue = (name: string) => join(copy, 'issues', name);
      const other = readFileSync(issue('002-birch-kindergartens.mdx'), 'utf8');
      const listed = (name: string) => {
        const { entries } = JSON.parse(
          readFileSync(join(collectionsDir, 'collections.json'), 'utf8'),
        ) as Seen['manifest'];
        return entries[pathToFileURL(issue(name)).href.toLowerCase()] === 'issues';
      };
      const seenByDev = await withDevServer(
        { name: 'vscode-dev', contentDir: copy },
        async (server) => {
          const reports = (problem: string) => server.output().split(problem).length - 1;
          const missingAuthor = 'author: is missing';
          writeFileSync(issue('020-alder-added.mdx'), text.replace('issue: 1', 'issue: 20'));
          const added = await eventually(() => listed('020-alder-added.mdx'));

          writeFileSync(issue('002-birch-kindergartens.mdx'), other.replace(/^author: .*$/m, ''));
          await eventually(() => reports(missingAuthor) === 1);
          writeFileSync(issue('021-alder-later.mdx'), text.replace('issue: 1', 'issue: 21'));
          // The content check judges the folder as the editor help does, once a save settles:
          // its second report means the help has seen the new file too, and given it a second
          // more to start a sync it should not.
          await eventually(() => reports(missingAuthor) === 2);
          await new Promise((wake) => setTimeout(wake, 1000));
          const listedWhileBroken = listed('021-alder-later.mdx');
          // A save to another issue still shows in the preview while one is broken.
          const shows = (number: number, title: string) =>
            eventually(async () =>
              (await (await fetch(`${server.url}issues/${number}/`)).text()).includes(title),
            );
          const revised = 'Alder District revises its school-building plan';
          writeFileSync(issue('001-alder-plan.mdx'), text.replace(firstTitle, revised));
          const followsSavesWhileBroken = await shows(1, revised);

          writeFileSync(issue('002-birch-kindergartens.mdx'), other);
          const listedOnceFixed = await eventually(() => listed('021-alder-later.mdx'));
          const retitled = 'Birch City opens three kindergartens';
          writeFileSync(
            issue('002-birch-kindergartens.mdx'),
            other.replace('Birch City starts three kindergartens', retitled),
          );
          const followsSavesOnceFixed = await shows(2, retitled);
          return {
            added,
            listedWhileBroken,
            followsSavesWhileBroken,
            listedOnceFixed,
            followsSavesOnceFixed,
            // The content check has said what is wrong; a sync that met the broken file would
            // say it again, as an error of the editor help's.
            quiet: !server.output().includes("VS Code's help"),
            output: server.output(),
          };
        },
      );
      expect(seenByDev, seenByDev.output).toMatchObject({
        added: true,
        listedWhileBroken: false,
        followsSavesWhileBroken: true,
        listedOnceFixed: true,
        followsSavesOnceFixed: true,
        quiet: true,
      });
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
