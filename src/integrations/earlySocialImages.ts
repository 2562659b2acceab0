import type { AstroIntegration } from 'astro';
import { drawEarly } from '../lib/socialImage/renderer';

/**
 * Starts drawing a build's social cards before anything else: the drawing process reads the
 * content folder's files (`from`) itself and draws their cards while the content check and
 * Vite's bundle run, when a core is free and no page waits yet. The card routes plan their
 * cards again from the collections when Astro asks them for their paths; a card the process
 * planned is awaited there, not drawn twice, and one that differs (an issue edited in between)
 * is drawn anew, as its cache key differs.
 */
export function earlySocialImages(from: string | undefined, cacheDir: string): AstroIntegration {
  return {
    name: 'column:early-social-images',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build' || !from) return;
        drawEarly({ contentDir: from, cacheDir, now: new Date().toISOString() });
      },
    },
  };
}
