/**
 * The search page in the browser: reads the state from the URL, queries Pagefind's JS API
 * and renders results. Pagefind loads only here, and only when there is something to find
 * or the reader focuses the search box.
 */
import { interpolate } from '../i18n/interpolate';
import { countForm } from '../i18n/plural';
import { searchChinese } from '../lib/chineseSearch';
import { unmark } from '../lib/chineseTokens';
import { chineseExcerpt } from '../lib/searchExcerpt';
import {
  hasCriteria,
  pagefindOptions,
  parseSearchState,
  toSearchParams,
  type SearchState,
} from '../lib/searchState';

/** The parts of Pagefind's browser API this page uses. */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(
    term: string | null,
    options: ReturnType<typeof pagefindOptions>,
  ): Promise<{ results: PagefindResult[] } | null>;
}

// Five at first keeps the first query's download small: each result shown fetches a fragment.
const PAGE_SIZE = 5;
const TYPING_DELAY_MS = 250;

export function startSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!form || !status || !list || !more) return;

  const lang = root.dataset['lang'] ?? 'en';
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as Record<string, string>;
  const say = (key: string, values?: Record<string, string | number>) =>
    interpolate(strings[key] ?? key, values);
  const dateFormat = new Intl.DateTimeFormat(lang === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });

  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = () => {
    pagefind ??= (async () => {
      const base = import.meta.env.BASE_URL;
      const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      // Pagefind favours short pages by default (ranking.pageLength 0.75), which put a dozen
      // project pages, each a few lines long, above the issue that reports on all of them for a
      // topic word such as "kindergartens". Length says nothing about relevance here, so it is
      // left out; a school's name still finds its project page first, through the title.
      // Searching in the page rather than in Pagefind's web worker spares the first search the
      // worker's script, a second copy of the search code (12 KiB); a search of this index takes
      // milliseconds.
      await module.options({
        baseUrl: base,
        excerptLength: 24,
        ranking: { pageLength: 0 },
        noWorker: true,
      });
      return module;
    })();
    return pagefind;
  };

  const field = (name: string) =>
    form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  const readForm = (): SearchState =>
    parseSearchState(
      new URLSearchParams([...new FormData(form)].map(([name, value]) => [name, String(value)])),
    );
  const fillForm = (state: SearchState) => {
    field('q').value = state.query;
    field('type').value = state.type;
    field('district').value = state.district;
    field('year').value = state.year;
    field('sort').value = state.sort;
  };

  let run = 0;
  let pending: PagefindResult[] = [];
  /** The query the listed results answer, which their excerpts mark. */
  let listedQuery = '';

  const render = async (results: typeof pending, runId: number) => {
    const shown = results.slice(0, PAGE_SIZE);
    pending = results.slice(PAGE_SIZE);
    const items = await Promise.all(shown.map((result) => result.data()));
    if (runId !== run) return;
    list.append(...items.map(resultItem));
    more.hidden = pending.length === 0;
  };

  const resultItem = (data: PagefindResultData): HTMLLIElement => {
    const item = document.createElement('li');
    const article = document.createElement('article');
    article.className = 'issue-card search-result';
    const meta = document.createElement('p');
    meta.className = 'issue-card__meta';
    // A project page leads with the word "Project" where an issue leads with its number.
    const number = document.createElement('span');
    number.className = 'issue-card__number';
    number.textContent =
      data.meta['type'] === 'project'
        ? say('projects.type')
        : say('issue.number', { number: data.meta['issue'] ?? '' });
    const district = document.createElement('span');
    district.className = 'issue-card__district';
    district.textContent = unmark(data.meta['district'] ?? '');
    meta.append(number, district);
    const published = data.meta['published'];
    if (published) {
      const time = document.createElement('time');
      time.dateTime = published;
      time.textContent = dateFormat.format(new Date(`${published}T00:00:00Z`));
      meta.append(time);
    }
    const heading = document.createElement('h3');
    heading.className = 'issue-card__title';
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = unmark(data.meta['title'] ?? data.url);
    heading.append(link);
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    // Pagefind escapes the page text and adds only <mark> around the matched words;
    // chineseExcerpt keeps to that.
    excerpt.innerHTML =
      lang === 'zh-CN' && listedQuery ? chineseExcerpt(data.excerpt, listedQuery) : data.excerpt;
    article.append(meta, heading, excerpt);
    item.append(article);
    return item;
  };

  const search = async (state: SearchState) => {
    const runId = ++run;
    listedQuery = state.query;
    list.replaceChildren();
    more.hidden = true;
    if (!hasCriteria(state)) {
      status.textContent = say('search.status.prompt');
      return;
    }
    status.textContent = say('search.status.loading');
    try {
      const api = await loadPagefind();
      const options = pagefindOptions(state);
      // Chinese is searched as exact phrases of the index's tokens (src/lib/chineseSearch.ts).
      const results =
        lang === 'zh-CN' && state.query
          ? await searchChinese(api, state.query, options)
          : ((await api.search(state.query || null, options))?.results ?? null);
      // A newer search started while this one ran, or Pagefind dropped it for a newer one.
      if (runId !== run || !results) return;
      // Results first, then the count: the status is announced once the list it describes is there.
      await render(results, runId);
      if (runId !== run) return;
      const count = results.length;
      status.textContent = say(`search.status.found.${countForm(lang, count)}`, { count });
    } catch (error) {
      if (runId !== run) return;
      status.textContent = say('search.status.error');
      console.error(error);
    }
  };

  /** Shows `state`, recording it in the URL: a new history entry, or replacing the current one while typing. */
  const commit = (state: SearchState, mode: 'push' | 'replace') => {
    const query = toSearchParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) {
      history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
    }
    void search(state);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    commit(readForm(), 'push');
  });
  form.addEventListener('change', (event) => {
    if (event.target instanceof HTMLSelectElement) commit(readForm(), 'push');
  });
  let typing: ReturnType<typeof setTimeout> | undefined;
  field('q').addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => commit(readForm(), 'replace'), TYPING_DELAY_MS);
  });
  field('q').addEventListener('focus', () => void loadPagefind(), { once: true });
  more.addEventListener('click', () => void render(pending, run));
  window.addEventListener('popstate', () => {
    const state = parseSearchState(new URLSearchParams(location.search));
    fillForm(state);
    void search(state);
  });

  const initial = parseSearchState(new URLSearchParams(location.search));
  fillForm(initial);
  void search(initial);
}
