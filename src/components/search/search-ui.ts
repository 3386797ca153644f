/**
 * The search results, loaded when the reader first opens search: queries
 * Pagefind's JavaScript API, orders what it finds (./rank.ts) and renders it
 * into the markup of src/components/overrides/Search.astro.
 *
 * Keyboard: ↓ from the input goes to the first result, ↑/↓ move between
 * results and back to the input, Enter follows a result, Esc closes (the
 * native `<dialog>`). The status line under the input is a live region: the
 * result count is announced once each search settles.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { searchKinds, type SearchKind } from '../../reference/search.ts';
import { countKinds, rankPages, type PageHits, type PagefindPage } from './rank.ts';

interface Strings {
  zeroResults: string;
  oneResult: string;
  manyResults: string;
  kinds: Record<SearchKind, string>;
}

/** The part of Pagefind's browser API used here (pagefind.js has no published types). */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: SearchOptions): Promise<SearchResponse>;
  debouncedSearch(term: string, options?: SearchOptions, timeoutMs?: number): Promise<SearchResponse | null>;
}
interface SearchOptions {
  filters?: Record<string, { any: string[] }>;
}
interface SearchResponse {
  results: { id: string; data(): Promise<PagefindPage> }[];
}

/** Pages whose data is loaded per search; every page of one language fits today. */
const maxPages = 10;
/** Between the last keystroke and the search; Pagefind preloads the index meanwhile. */
const debounceMs = 150;

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

async function loadPagefind(): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ `${base}/pagefind/pagefind.js`)) as Pagefind;
  await pagefind.options({
    baseUrl: import.meta.env.BASE_URL,
    // Sub-result excerpts, as short as Starlight's.
    excerptLength: 12,
    ranking: pagefindUserConfig.ranking,
    ...(pagefindUserConfig.indexWeight === undefined ? {} : { indexWeight: pagefindUserConfig.indexWeight }),
  });
  void pagefind.init();
  return pagefind;
}

export async function mountSearch(root: HTMLElement): Promise<void> {
  const strings = JSON.parse(root.dataset.strings ?? '{}') as Strings;
  const dialog = root.querySelector('dialog');
  const input = root.querySelector<HTMLInputElement>('.site-search-input');
  const clear = root.querySelector<HTMLButtonElement>('.site-search-clear');
  const kindsBox = root.querySelector<HTMLFieldSetElement>('.site-search-kinds');
  const kindList = root.querySelector<HTMLElement>('.site-search-kind-list');
  const status = root.querySelector<HTMLElement>('.site-search-status');
  const list = root.querySelector<HTMLOListElement>('.site-search-results');
  if (!dialog || !input || !clear || !kindsBox || !kindList || !status || !list) return;

  const pagefind = await loadPagefind();
  const selected = new Set<SearchKind>();
  let latest = 0;

  const message = (template: string, term: string, count?: number) =>
    template.replace('[SEARCH_TERM]', term).replace('[COUNT]', count === undefined ? '' : count.toLocaleString(document.documentElement.lang));

  async function pagesOf(response: SearchResponse): Promise<PagefindPage[]> {
    return Promise.all(response.results.slice(0, maxPages).map((result) => result.data()));
  }

  /** Runs the search for what is in the input; only the latest run renders. */
  async function update({ debounce }: { debounce: boolean }): Promise<void> {
    const run = ++latest;
    const term = input!.value.trim();
    clear!.hidden = input!.value === '';
    if (term === '') {
      render(term, [], new Map());
      return;
    }
    const response = debounce ? await pagefind.debouncedSearch(term, {}, debounceMs) : await pagefind.search(term);
    if (response === null || run !== latest) return;
    const pages = await pagesOf(response);
    if (run !== latest) return;
    const counts = countKinds(pages);
    // A kind chosen for an earlier query may not occur in this one: its chip goes, and so does the choice.
    for (const kind of selected) if (!counts.has(kind)) selected.delete(kind);
    let shown = pages;
    const entryKinds = [...selected].filter((kind) => kind !== 'page');
    // With only entry kinds chosen, Pagefind's `kind` filter leaves out the pages without such entries.
    if (entryKinds.length > 0 && !selected.has('page')) {
      shown = await pagesOf(await pagefind.search(term, { filters: { kind: { any: entryKinds } } }));
      if (run !== latest) return;
    }
    render(term, rankPages(shown, selected), counts);
  }

  function render(term: string, pages: PageHits[], counts: Map<SearchKind, number>): void {
    renderKinds(counts);
    list!.replaceChildren(...pages.map(renderPage));
    if (term === '') status!.textContent = '';
    else if (pages.length === 0) status!.textContent = message(strings.zeroResults, term);
    else status!.textContent = message(pages.length === 1 ? strings.oneResult : strings.manyResults, term, pages.length);
  }

  /** One chip per kind found for the query (counts ignore the current choice, so any kind can be added). */
  function renderKinds(counts: Map<SearchKind, number>): void {
    const chips = searchKinds
      .filter((kind) => counts.has(kind))
      .map((kind) => {
        const label = document.createElement('label');
        label.className = 'site-search-kind';
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.value = kind;
        box.checked = selected.has(kind);
        label.append(box, `${strings.kinds[kind]} (${counts.get(kind) ?? 0})`);
        return label;
      });
    kindList!.replaceChildren(...chips);
    // A filter is only worth offering when the results hold more than one kind.
    kindsBox!.hidden = chips.length < 2;
  }

  function renderPage(page: PageHits): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'site-search-page';
    const pageLink = document.createElement('a');
    pageLink.className = 'site-search-row site-search-page-link';
    pageLink.href = page.url;
    pageLink.textContent = page.title;
    const hits = document.createElement('ul');
    hits.className = 'site-search-hits';
    for (const hit of page.hits) {
      const link = document.createElement('a');
      link.className = 'site-search-row site-search-hit';
      link.href = hit.url;
      const title = document.createElement('span');
      title.className = 'site-search-hit-title';
      const name = document.createElement('span');
      name.textContent = hit.title;
      const kind = document.createElement('span');
      kind.className = 'site-search-hit-kind';
      kind.textContent = strings.kinds[hit.kind];
      title.append(name, kind);
      const excerpt = document.createElement('span');
      excerpt.className = 'site-search-excerpt';
      // Pagefind escapes the page text and adds only <mark> around the matches.
      excerpt.innerHTML = hit.excerpt;
      link.append(title, excerpt);
      const row = document.createElement('li');
      row.append(link);
      hits.append(row);
    }
    item.append(pageLink, hits);
    return item;
  }

  /** ↑ and ↓ walk the input and the result links in reading order. */
  function onArrow(event: KeyboardEvent): void {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops: HTMLElement[] = [input!, ...list!.querySelectorAll<HTMLElement>('a')];
    const at = stops.indexOf(document.activeElement as HTMLElement);
    if (at === -1 || stops.length === 1) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, stops.length - 1) : Math.max(at - 1, 0);
    stops[next]?.focus();
  }

  input.addEventListener('input', () => void update({ debounce: true }));
  clear.addEventListener('click', () => {
    input.value = '';
    void update({ debounce: false });
    input.focus();
  });
  kindList.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLInputElement)) return;
    const kind = event.target.value as SearchKind;
    if (event.target.checked) selected.add(kind);
    else selected.delete(kind);
    void update({ debounce: false });
  });
  dialog.addEventListener('keydown', onArrow);
  // Following a result closes the modal, also when the result is on the page already open.
  list.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('a')) dialog.close();
  });
  // The reader may have typed while this code was loading.
  if (input.value !== '') void update({ debounce: false });
}
