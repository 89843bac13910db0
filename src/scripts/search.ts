// The search page: Pagefind's JavaScript API behind an accessible form of our own.
// Loaded on /sok/ only. The query and filters live in the address (/sok/?q=bvc&typ=Ordlista),
// so a search can be shared and the back button works; the result count is announced.

export {};

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: { title?: string; summary?: string };
  filters: Record<string, string[]>;
}
interface Pagefind {
  init: () => Promise<void>;
  options: (o: Record<string, unknown>) => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string | null, o?: { filters?: Record<string, string[]> }) => Promise<{ results: { data: () => Promise<PagefindResult> }[] }>;
}

const FILTER_LABELS: Record<string, string> = { typ: 'Typ av sida', kommun: 'Kommun', målgrupp: 'Målgrupp' };
const form = document.querySelector<HTMLFormElement>('#fc-search')!;
const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
const filterBox = document.querySelector<HTMLElement>('#fc-search-filters')!;
const statusLine = document.querySelector<HTMLElement>('#fc-search-status')!;
const list = document.querySelector<HTMLOListElement>('#fc-search-results')!;
const empty = document.querySelector<HTMLElement>('#fc-search-empty')!;
document.querySelector('#fc-search-nojs')?.setAttribute('hidden', '');

const base = form.dataset.pagefindBase ?? '/';
const pagefind: Pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
await pagefind.options({ baseUrl: base });
await pagefind.init();

function selectedFilters(): Record<string, string[]> {
  const data = new FormData(form);
  const selected: Record<string, string[]> = {};
  for (const name of Object.keys(FILTER_LABELS)) {
    const values = data.getAll(name).map(String);
    if (values.length) selected[name] = values;
  }
  return selected;
}

function el(tag: string, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

async function buildFilters(initial: URLSearchParams) {
  const available = await pagefind.filters();
  for (const [name, label] of Object.entries(FILTER_LABELS)) {
    const values = Object.keys(available[name] ?? {}).sort((a, b) => a.localeCompare(b, 'sv'));
    if (!values.length) continue;
    const fieldset = el('fieldset', {}, el('legend', { textContent: label }));
    for (const value of values) {
      const box = el('input', { type: 'checkbox', name, value, checked: initial.getAll(name).includes(value) });
      fieldset.append(el('label', {}, box, ` ${value}`));
    }
    filterBox.append(fieldset);
  }
  filterBox.hidden = false;
}

async function run(pushState: boolean) {
  const query = input.value.trim();
  const filters = selectedFilters();
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  for (const [name, values] of Object.entries(filters)) values.forEach((v) => params.append(name, v));
  const address = `${location.pathname}${params.size ? `?${params}` : ''}`;
  if (pushState) history.pushState(null, '', address);

  list.replaceChildren();
  empty.hidden = true;
  if (!query && !Object.keys(filters).length) {
    statusLine.textContent = '';
    return;
  }
  const search = await pagefind.search(query || null, { filters });
  const results = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
  statusLine.textContent = results.length === 0 ? `Inga träffar${query ? ` för ”${query}”` : ''}.` : `${search.results.length} ${search.results.length === 1 ? 'träff' : 'träffar'}${query ? ` för ”${query}”` : ''}.`;
  empty.hidden = results.length > 0;
  for (const r of results) {
    const excerpt = el('p');
    excerpt.innerHTML = r.excerpt; // Pagefind escapes the page text and adds only <mark>.
    list.append(
      el('li', {},
        el('h2', {}, el('a', { href: r.url, textContent: r.meta.title ?? r.url })),
        el('p', { className: 'fc-muted', textContent: (r.filters.typ ?? []).join(', ') }),
        r.meta.summary ? el('p', { textContent: r.meta.summary }) : '',
        excerpt,
      ),
    );
  }
}

const initial = new URLSearchParams(location.search);
input.value = initial.get('q') ?? '';
await buildFilters(initial);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(true);
});
filterBox.addEventListener('change', () => void run(true));
window.addEventListener('popstate', () => {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  filterBox.querySelectorAll<HTMLInputElement>('input').forEach((box) => (box.checked = params.getAll(box.name).includes(box.value)));
  void run(false);
// Tells tests (and styles) that the enhanced search is ready; before this, Enter submits the plain form.
form.dataset.ready = 'true';
});
void run(false);
// Tells tests (and styles) that the enhanced search is ready; before this, Enter submits the plain form.
form.dataset.ready = 'true';
