import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sourceDigest } from '../lib/sourceDigest';

/**
 * Rebuilds Astro's content store when the code of the editors' contract changes. Astro keeps
 * every entry as its schema read it (`data-store.json`) and reads an unchanged file again only
 * when `src/content.config.ts` itself changes, not the schema modules it imports: after an
 * update to src/lib/schema.ts, the pages would be built from entries read by the old schema
 * (a figure as a bare number where the pages now expect `{ value, qualifier }`).
 */
export function contentStore(cacheDir: string): AstroIntegration {
  return {
    name: 'column:content-store',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const digest = sourceDigest(
          [join(root, 'src', 'content.config.ts')],
          [join(root, 'package-lock.json')],
        );
        const record = join(cacheDir, 'content-contract.digest');
        const previous = existsSync(record) ? readFileSync(record, 'utf8') : undefined;
        if (previous === digest) return;
        // A build keeps the store in the cache folder, the dev server in .astro/.
        for (const folder of [cacheDir, join(root, '.astro')])
          rmSync(join(folder, 'data-store.json'), { force: true });
        if (previous !== undefined)
          logger.info('The content schema’s code has changed: every entry is read again.');
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(record, digest);
      },
    },
  };
}
