import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, test } from 'vitest';
import { contentStore } from './contentStore';

/** A project with a content config that imports its schema, and a stored content store. */
function project() {
  const root = mkdtempSync(join(tmpdir(), 'content-store-'));
  mkdirSync(join(root, 'src', 'lib'), { recursive: true });
  writeFileSync(join(root, 'src', 'content.config.ts'), "import './lib/schema.ts';");
  writeFileSync(join(root, 'src', 'lib', 'schema.ts'), 'export const version = 1;');
  writeFileSync(join(root, 'package-lock.json'), '{}');
  const cacheDir = join(root, 'cache');
  const store = join(cacheDir, 'data-store.json');
  const said: string[] = [];
  const setup = () => {
    mkdirSync(cacheDir, { recursive: true });
    if (!existsSync(store)) writeFileSync(store, '{}');
    const hook = contentStore(cacheDir).hooks['astro:config:setup'] as unknown as (options: {
      config: { root: URL };
      logger: Pick<AstroIntegrationLogger, 'info'>;
    }) => void;
    hook({
      config: { root: pathToFileURL(`${root}/`) },
      logger: { info: (line) => said.push(line) },
    });
  };
  return { root, store, said, setup };
}

describe('contentStore', () => {
  test('keeps the store while the schema’s code is unchanged', () => {
    const { store, said, setup } = project();
    setup();
    setup();
    expect(existsSync(store)).toBe(true);
    expect(said).toEqual([]);
  });

  test('drops the store when a module the content config imports changes, and says so', () => {
    const { root, store, said, setup } = project();
    setup();
    writeFileSync(join(root, 'src', 'lib', 'schema.ts'), 'export const version = 2;');
    setup();
    expect(existsSync(store)).toBe(false);
    expect(said).toEqual(['The content schema’s code has changed: every entry is read again.']);
  });
});
