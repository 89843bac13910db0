// The search pages (/sok/, and /fi/sok/, /en/sok/, /ar/sok/): Pagefind's JavaScript API behind an
// accessible form of our own. The query and filters live in the address (/sok/?q=bvc&typ=Ordlista),
// so a search can be shared and the back button works; the answer is announced. What to answer
// (every word; another language; a correction; the meaningful words; nothing) is decided in
// src/lib/search/answer.ts, and said in the page's language with the sentences the page carries
// (src/lib/telling/search-sentences.ts; the Swedish page's corrections in src/lib/search/messages.ts); this
// script reads the page, asks Pagefind and writes the answer.
import { answerQuery, SWEDISH, type Answer, type SearchEngine } from '../lib/search/answer';
import { readWordList, type SiteWords } from '../lib/search/did-you-mean';
import { SWEDISH_CORRECTIONS } from '../lib/search/messages';
import {
  isSearchPhrases,
  searchSentences,
  SEARCH_LANGUAGES,
  type SearchLanguage,
  type Sentence,
} from '../lib/telling/search-sentences';
import { synonymsOf } from '../lib/search/synonyms';
import { SEARCH_FILTER_NAMES } from '../lib/search/types';
import { wordListFile } from '../lib/search/words';
import { isList, isOneOf, isRecord } from '../lib/typed';
import { LANGUAGES, TRANSLATION_LANGUAGES } from '../lib/translation/languages';
import { formTexts, optional, PageError, required } from './dom';

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
  ) => Promise<{ results: { id: string; score: number; data: () => Promise<PagefindResult> }[] }>;
  preload: (term: string) => Promise<void>;
}
/** Pagefind's script, as this script calls it: the module has these functions. */
const isPagefind = (module: unknown): module is Pagefind =>
  isRecord(module) &&
  ['init', 'options', 'search', 'preload'].every((name) => typeof module[name] === 'function');
async function loadPagefind(url: string): Promise<Pagefind> {
  const module: unknown = await import(/* @vite-ignore */ url);
  if (!isPagefind(module)) throw new PageError(`${url} is not Pagefind's script.`);
  return module;
}

/** The address parameter that searches for the words as written, without correcting them. */
const EXACT = 'exakt';

// The elements the search page must have; without them the form still searches without JavaScript.
// Only some search pages have the filters and the links (the Swedish page's).
const form = required('#fc-search', HTMLFormElement);
const input = required('#fc-search input[name=q]', HTMLInputElement);
const statusLine = required('#fc-search-status', HTMLElement);
const list = required('#fc-search-results', HTMLOListElement);
const empty = required('#fc-search-empty', HTMLElement);
const filterBox = optional('#fc-search-filters', HTMLElement);
const more = optional('#fc-search-more', HTMLDetailsElement);
const suggestionLink = optional('#fc-search-suggestion a', HTMLAnchorElement);
const insteadLink = optional('#fc-search-instead a', HTMLAnchorElement);

const isSearchLanguage = (lang: string): lang is SearchLanguage => isOneOf(SEARCH_LANGUAGES, lang);
/** The direction a language is written in; Swedish, and a language the site has no pages in, left to right. */
const directionOf = (lang: string) =>
  isOneOf(TRANSLATION_LANGUAGES, lang) ? LANGUAGES[lang].dir : 'ltr';
const pageLang = document.documentElement.lang;

/** The sentences the page carries for its language (data-phrases); anything else is an error of the page. */
function readPhrases(json: string | undefined) {
  const value: unknown = JSON.parse(json ?? 'null');
  if (!isSearchPhrases(value) || value.lang !== pageLang)
    throw new PageError(
      `The search form’s data-phrases are not the search messages in the page’s language "${pageLang}".`,
    );
  return value;
}
const say = searchSentences(readPhrases(form.dataset.phrases));
// Only the Swedish page corrects a query: its stop words, inflection and synonyms are Swedish.
const corrections = pageLang === SWEDISH ? SWEDISH_CORRECTIONS : undefined;

/** The synonym groups the page carries, as lists of words; anything else is an error of the page. */
const isWordGroups = (value: unknown): value is readonly (readonly string[])[] =>
  isList(value) && value.every((g) => isList(g) && g.every((w) => typeof w === 'string'));
function readSynonyms(json: string | undefined): readonly (readonly string[])[] {
  const value: unknown = JSON.parse(json ?? '[]');
  if (!isWordGroups(value))
    throw new PageError('The search form’s data-synonyms is not a list of lists of words.');
  return value;
}
const synonyms = synonymsOf(readSynonyms(form.dataset.synonyms));

const base = form.dataset.pagefindBase ?? '/';
const pagefindUrl = `${base}pagefind/pagefind.js`;
/**
 * Pagefind's ranking, with less weight on a page's length than its default (0.75): the guidance's
 * chapters are long and its easy-read texts and other regions' centre pages short, and the default
 * put a short page that names a word once before the chapter about it. At 0.3 every query of
 * tests/e2e/search-queries.ts finds its page first.
 */
const RANKING = { pageLength: 0.3 };
const own = await loadPagefind(pagefindUrl);
await own.options({ baseUrl: base, ranking: RANKING });
await own.init();

/**
 * Pagefind for another language's pages. Pagefind picks the index by the page's <html lang> when
 * it starts, and one copy of its script holds one language (its WebAssembly has that language's
 * stemming). So each language gets a copy of the script of its own (another address, so another
 * module), started while <html lang> says that language. The swap and its undoing happen in one
 * task, before the browser draws or reads the page again: nothing sees it.
 */
const instances = new Map<string, Promise<Pagefind>>();
function pagefindFor(lang: string): Promise<Pagefind> {
  if (lang === pageLang) return Promise.resolve(own);
  let instance = instances.get(lang);
  if (!instance) {
    instance = (async () => {
      const copy = await loadPagefind(`${pagefindUrl}?lang=${lang}`);
      await copy.options({ baseUrl: base, ranking: RANKING });
      const root = document.documentElement;
      root.lang = lang;
      const started = copy.init();
      root.lang = pageLang;
      await started;
      return copy;
    })();
    instances.set(lang, instance);
  }
  return instance;
}

/** Fetched once, when first needed: JSON, or undefined when it cannot be read. */
function once<T>(url: string, read: (json: unknown) => T): () => Promise<T | undefined> {
  let pending: Promise<T | undefined> | undefined;
  return () =>
    (pending ??= fetch(url)
      .then(async (r) => (r.ok ? read(await r.json()) : undefined))
      .catch(() => undefined));
}
const wordLists = new Map<string, () => Promise<SiteWords | undefined>>();
function wordsOf(lang: string): Promise<SiteWords | undefined> {
  let list = wordLists.get(lang);
  if (!list) {
    list = once(`${base}sok/${wordListFile(lang)}`, readWordList);
    wordLists.set(lang, list);
  }
  return list();
}
/** The other languages Pagefind has an index of, from the file it starts from. */
const indexedLanguages = once(`${base}pagefind/pagefind-entry.json`, (json) =>
  isRecord(json) && isRecord(json.languages)
    ? Object.keys(json.languages).filter((lang) => lang !== pageLang)
    : [],
);
const otherLanguages = async () => (await indexedLanguages()) ?? [];

function selectedFilters(): Record<string, string[]> {
  const data = new FormData(form);
  const selected: Record<string, string[]> = {};
  for (const name of SEARCH_FILTER_NAMES) {
    const values = formTexts(data, name).filter(Boolean);
    if (values.length) selected[name] = values;
  }
  return selected;
}

function engine(filters: Record<string, string[]>): SearchEngine<() => Promise<PagefindResult>> {
  return {
    primary: pageLang,
    others: otherLanguages,
    words: wordsOf,
    search: async (lang, query) => {
      const pagefind = await pagefindFor(lang);
      const found = await pagefind.search(query, { filters });
      return found.results.map((r) => ({ id: r.id, score: r.score, data: r.data }));
    },
  };
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
  if (!filterBox) return;
  filterBox
    .querySelectorAll<HTMLInputElement>('input[type=checkbox]')
    .forEach((box) => (box.checked = params.getAll(box.name).includes(box.value)));
  filterBox
    .querySelectorAll<HTMLSelectElement>('select')
    .forEach((select) => (select.value = params.get(select.name) ?? ''));
  if (more && SEARCH_FILTER_NAMES.some((name) => params.get(name))) more.open = true;
}

/** A link below the status that searches again: for the suggestion, or for the words as written. */
function showLink(link: HTMLAnchorElement | undefined, query: string | undefined, exact = false) {
  const line = link?.parentElement;
  if (!link || !line) return;
  line.hidden = !query;
  if (!query) return;
  link.textContent = query;
  link.dir = 'auto';
  const params = new URLSearchParams({ q: query });
  if (exact) params.set(EXACT, '1');
  link.href = `${location.pathname}?${params}`;
}

/**
 * Stands for the query in a sentence, so the query can be set apart in its own direction: an
 * Arabic query in a Swedish sentence, or a Swedish one in an Arabic sentence, keeps its place.
 */
const QUERY = '\u0000';
/**
 * A sentence with the query, as nodes: the query in <bdi>; a sentence said in Swedish on a page in
 * another language, for want of a translation, is marked so.
 */
function said(sentence: string | Sentence, query: string): (Node | string)[] {
  const { text, swedish } =
    typeof sentence === 'string' ? { text: sentence, swedish: false } : sentence;
  const nodes = text
    .split(QUERY)
    .flatMap((part, i) => (i === 0 ? [part] : [el('bdi', { textContent: query }), part]));
  return swedish ? [el('span', { lang: 'sv', dir: 'ltr' }, ...nodes)] : nodes;
}
/** Read out with the status, and shown as a link just below it. */
const hidden = (sentence: string, query: string) =>
  el('span', { className: 'fc-visually-hidden' }, ' ', ...said(sentence, query));

function resultItem(r: PagefindResult, lang: string): HTMLElement {
  const other = lang !== pageLang && isSearchLanguage(lang);
  const link = Object.assign(document.createElement('a'), {
    href: r.url,
    textContent: r.meta.title ?? r.url,
  });
  const summary = r.meta.summary ? el('p', { textContent: r.meta.summary }) : undefined;
  const excerpt = el('p');
  excerpt.innerHTML = r.excerpt; // Pagefind escapes the page text and adds only <mark>.
  // A page's words in their own direction: its title by its first letters (a Swedish name on an
  // Arabic page stays left to right), its summary and excerpt by the page's language, since an
  // Arabic sentence may start with a Swedish name. From another language, in its language too.
  // The label stays in the search page's language.
  link.dir = 'auto';
  for (const part of [summary, excerpt]) if (part) part.dir = directionOf(lang);
  if (other) {
    link.hreflang = lang;
    for (const part of [link, summary, excerpt]) if (part) part.lang = lang;
  }
  // The kind of page is named in Swedish (the index's filter), so only the Swedish page shows it.
  const kinds = pageLang === 'sv' ? (r.filters.typ ?? []) : [];
  const label = [other ? say.inLanguage(lang) : '', ...kinds];
  return el(
    'li',
    {},
    el('h2', {}, link),
    label.some(Boolean)
      ? el('p', { className: 'fc-muted', textContent: label.filter(Boolean).join(' · ') })
      : '',
    summary ?? '',
    excerpt,
  );
}

/** What the status says for an answer, with the query (QUERY) set apart. */
function statusFor(answer: Answer<unknown>, query: string, count: number): (Node | string)[] {
  const q = query ? QUERY : undefined;
  switch (answer.kind) {
    case 'none':
      return [
        ...said(say.none(q), query),
        answer.suggestion && corrections
          ? hidden(corrections.suggestion(answer.suggestion), query)
          : '',
      ];
    case 'other-languages':
      return said(
        say.otherLanguages(
          QUERY,
          answer.languages.flatMap((l) =>
            isSearchLanguage(l.lang) ? [{ lang: l.lang, count: l.count }] : [],
          ),
        ),
        query,
      );
    case 'hits': {
      const instead =
        answer.corrected && corrections ? hidden(corrections.searchInstead(QUERY), query) : '';
      if (answer.partial && corrections)
        return [
          ...said(corrections.partial(say.hits(count), QUERY, answer.partial), query),
          instead,
        ];
      if (answer.corrected && corrections)
        return [corrections.corrected(say.hits(count), answer.corrected), instead];
      return said(say.count(count, q), query);
    }
  }
}

/** Each run has a number; a run that a newer one has replaced stops adding results. */
let current = 0;

async function run(pushState: boolean) {
  const runNumber = ++current;
  const query = input.value.trim();
  const filters = selectedFilters();
  const params = new URLSearchParams(location.search);
  const exact = params.get(EXACT) === '1' && params.get('q') === query;
  const next = new URLSearchParams();
  if (query) next.set('q', query);
  if (exact) next.set(EXACT, '1');
  for (const [name, values] of Object.entries(filters)) values.forEach((v) => next.append(name, v));
  if (pushState) history.pushState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);

  // The last answer's words go with its results: a status that still named them while new results
  // come in would be wrong, and an empty live region is not read out.
  statusLine.replaceChildren();
  list.replaceChildren();
  empty.hidden = true;
  showLink(suggestionLink, undefined);
  showLink(insteadLink, undefined);
  if (!query && !Object.keys(filters).length) return;
  const answer = await answerQuery(query, engine(filters), { exact, synonyms });
  if (runNumber !== current) return;
  const hits = answer.kind === 'none' ? [] : answer.hits;
  // All results' details are asked for at once and shown in order as they come, so the first
  // result is on the page as soon as its own details are; the status is announced at the end.
  const pending = hits.slice(0, 30).map(async (h) => ({ data: await h.data(), lang: h.lang }));
  for (const details of pending) {
    const { data, lang } = await details;
    if (runNumber !== current) return;
    list.append(resultItem(data, lang));
  }
  statusLine.replaceChildren(...statusFor(answer, query, hits.length));
  if (answer.kind === 'none') showLink(suggestionLink, answer.suggestion);
  if (answer.kind === 'hits' && answer.corrected) showLink(insteadLink, query, true);
  empty.hidden = hits.length > 0;
}

// While the visitor types, the index parts for the words so far are fetched, so the search itself is quick.
let preloading: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(preloading);
  const term = input.value.trim();
  if (term) preloading = setTimeout(() => void own.preload(term), 50);
});

const initial = new URLSearchParams(location.search);
input.value = initial.get('q') ?? '';
showFilters(initial);
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run(true);
});
filterBox?.addEventListener('change', () => void run(true));
window.addEventListener('popstate', () => {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  showFilters(params);
  void run(false);
});
void run(false);
// Tells tests (and styles) that the enhanced search is ready; before this, Enter submits the plain form.
form.dataset.ready = 'true';
