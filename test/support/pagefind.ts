/**
 * Searches a built site's Pagefind index in Node, as the search page does in the browser: the
 * site's own `pagefind/pagefind.js`, its files read from disk. For build tests that need to know
 * whether a word is found, without a browser.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

interface Pagefind {
  options(options: { basePath: string; baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

const webFetch = globalThis.fetch;
// Pagefind fetches its index with the URL it was loaded from: answer file: URLs from disk.
globalThis.fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : String(input));
  if (url.protocol !== 'file:') return webFetch(input, init);
  const type = url.pathname.endsWith('.wasm') ? 'application/wasm' : 'application/octet-stream';
  return new Response(await readFile(fileURLToPath(url)), { headers: { 'content-type': type } });
};

let loads = 0;

/** The paths (`/issues/2/`) of the pages the index in `siteDir` finds for `query`, best first. */
export async function searchSite(siteDir: string, query: string): Promise<string[]> {
  const folder = pathToFileURL(`${siteDir}/pagefind/`);
  // A module of its own each time: a rebuilt site in the same folder has another index.
  const pagefind = (await import(
    `${new URL('pagefind.js', folder).href}?load=${++loads}`
  )) as Pagefind;
  await pagefind.options({ basePath: folder.href, baseUrl: '/' });
  const { results } = await pagefind.search(query);
  return Promise.all(results.map(async (result) => (await result.data()).url));
}
