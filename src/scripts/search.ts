// The search page: Pagefind's JavaScript API behind an accessible form of our own.
// Loaded on /sok/ only. The query and filters live in the address (/sok/?q=bvc&typ=Ordlista),
// so a search can be shared and the back button works; the result count is announced. A query
// with a word that is on no page says "Inga träffar" and offers the site's closest word
// (src/lib/search/did-you-mean.ts) instead of Pagefind's hits on the word's first letters.
import { checkQuery, siteWords, type SiteWords } from '../lib/search/did-you-mean';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string };
  filters: Record<string, string[]>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (
    q: string | null,
    o?: { filters?: Record<string, string[]> },
  ) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
  preload: (term: string) => Promise<void>;
}

/** The filters' field names, as pages declare them to Pagefind (BaseLayout) and the form names them. */
const FILTER_NAMES = ['typ', 'kommun', 'målgrupp'];
/**
 * An element the search page must have, of the kind the script uses; a page that has changed
 * stops the script with a message naming what is missing (as GOV.UK Frontend's ElementError does),
 * and the form still searches without JavaScript.
 */
function required<T extends Element>(selector: string, kind: new () => T): T {
  const element = document.querySelector(selector);
  if (!(element instanceof kind))
    throw new Error(
      `The search page has no ${kind.name} ${selector}; the search script cannot run.`,
    );
  return element;
}
const form = required('#fc-search', HTMLFormElement);
const input = required('#fc-search input[name=q]', HTMLInputElement);
const filterBox = required('#fc-search-filters', HTMLElement);
const statusLine = required('#fc-search-status', HTMLElement);
const list = required('#fc-search-results', HTMLOListElement);
const empty = required('#fc-search-empty', HTMLElement);
const suggestion = required('#fc-search-suggestion', HTMLElement);
const more = required('#fc-search-more', HTMLDetailsElement);

const base = form.dataset.pagefindBase ?? '/';
const [pagefind, words] = await Promise.all([
  import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>,
  fetch(`${base}sok/ord.json`)
    .then(async (r): Promise<SiteWords | undefined> =>
      r.ok ? siteWords(await r.json()) : undefined,
    )
    .catch(() => undefined),
]);
await pagefind.options({ baseUrl: base });
await pagefind.init();

function selectedFilters(): Record<string, string[]> {
  const data = new FormData(form);
  const selected: Record<string, string[]> = {};
  for (const name of FILTER_NAMES) {
    const values = data.getAll(name).map(String).filter(Boolean);
    if (values.length) selected[name] = values;
  }
  return selected;
}

function el(
  tag: string,
  props: Record<string, unknown> = {},
  ...children: (Node | string)[]
): HTMLElement {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Sets the filters drawn on the page to the state in the address, unfolded when any is chosen. */
function showFilters(params: URLSearchParams) {
  filterBox
    .querySelectorAll<HTMLInputElement>('input[type=checkbox]')
    .forEach((box) => (box.checked = params.getAll(box.name).includes(box.value)));
  filterBox
    .querySelectorAll<HTMLSelectElement>('select')
    .forEach((select) => (select.value = params.get(select.name) ?? ''));
  if (FILTER_NAMES.some((name) => params.get(name))) more.open = true;
}

/** "Menade du …?" with a link that searches for the suggestion. */
function showSuggestion(text: string | undefined) {
  suggestion.hidden = !text;
  if (!text) return;
  const link = suggestion.querySelector('a')!;
  link.textContent = text;
  link.href = `${location.pathname}?${new URLSearchParams({ q: text })}`;
}

function resultItem(r: PagefindResult): HTMLElement {
  const excerpt = el('p');
  excerpt.innerHTML = r.excerpt; // Pagefind escapes the page text and adds only <mark>.
  return el(
    'li',
    {},
    el('h2', {}, el('a', { href: r.url, textContent: r.meta.title ?? r.url })),
    el('p', { className: 'fc-muted', textContent: (r.filters.typ ?? []).join(', ') }),
    r.meta.summary ? el('p', { textContent: r.meta.summary }) : '',
    excerpt,
  );
}

/** Each run has a number; a run that a newer one has replaced stops adding results. */
let current = 0;

async function run(pushState: boolean) {
  const runNumber = ++current;
  const query = input.value.trim();
  const filters = selectedFilters();
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name, values] of Object.entries(filters))
    values.forEach((v) => params.append(name, v));
  const address = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (pushState) history.pushState(null, '', address);

  list.replaceChildren();
  empty.hidden = true;
  showSuggestion(undefined);
  if (!query && !Object.keys(filters).length) {
    statusLine.textContent = '';
    return;
  }
  // A word on no page: no hits, and the closest word of the site when there is one.
  const check = query && words ? checkQuery(query, words) : { unknown: [] };
  if (check.unknown.length > 0) {
    // The suggestion is announced with the status and shown, as a link, just below it.
    statusLine.replaceChildren(
      `Inga träffar för ”${query}”.`,
      check.suggestion
        ? el('span', {
            className: 'fc-visually-hidden',
            textContent: ` Menade du ”${check.suggestion}”?`,
          })
        : '',
    );
    showSuggestion(check.suggestion);
    empty.hidden = false;
    return;
  }
  const search = await pagefind.search(query || null, { filters });
  if (runNumber !== current) return;
  // All results' details are asked for at once and shown in order as they come, so the first
  // result is on the page as soon as its own details are; the count is announced at the end.
  const pending = search.results.slice(0, 30).map((r) => r.data());
  for (const details of pending) {
    const r = await details;
    if (runNumber !== current) return;
    list.append(resultItem(r));
  }
  const count = search.results.length;
  statusLine.textContent =
    count === 0
      ? `Inga träffar${query ? ` för ”${query}”` : ''}.`
      : `${count} ${count === 1 ? 'träff' : 'träffar'}${query ? ` för ”${query}”` : ''}.`;
  empty.hidden = count > 0;
}

// While the visitor types, the index parts for the words so far are fetched, so the search itself is quick.
let preloading: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(preloading);
  const term = input.value.trim();
  if (term) preloading = setTimeout(() => void pagefind.preload(term), 50);
});

const initial = new URLSearchParams(location.search);
input.value = initial.get('q') ?? '';
showFilters(initial);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(true);
});
filterBox.addEventListener('change', () => void run(true));
window.addEventListener('popstate', () => {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  showFilters(params);
  void run(false);
});
void run(false);
// Tells tests (and styles) that the enhanced search is ready; before this, Enter submits the plain form.
form.dataset.ready = 'true';
