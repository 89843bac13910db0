// Builds the Pagefind search index from the built site, through Pagefind's Node API, and the list
// of the site's words beside it (sok/ord.json), from the same indexed text, which the search page
// checks a query against ("Inga träffar", "Menade du …?": src/lib/search/did-you-mean.ts).
// Only what is inside data-pagefind-body is indexed. Pagefind makes an index per language from each
// page's lang: Swedish pages (with Swedish stemming) in one, each translation's language in its own,
// so the Swedish search page finds Swedish pages only.
// Usage: node scripts/index-search.ts [built-site-folder]   (default: dist)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import * as pagefind from 'pagefind';
import { countWords } from '../src/lib/search/words.ts';

const dir = process.argv[2] ?? 'dist';
const { index, errors } = await pagefind.createIndex();
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dir });
if (added.errors.length > 0)
  throw new Error(`Pagefind failed to index ${dir}/: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: `${dir}/pagefind` });
if (written.errors.length > 0)
  throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
await pagefind.close();

/**
 * The text Pagefind indexes on a Swedish page: inside data-pagefind-body, without what is marked
 * ignore. A page in another language has an index of its own (Pagefind splits by lang), so its
 * words are not offered as "Menade du …" on the Swedish search page.
 */
function indexedText(html: string) {
  const root = parse(html);
  if ((root.querySelector('html')?.getAttribute('lang') ?? 'sv') !== 'sv') return '';
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return '';
  body.querySelectorAll('[data-pagefind-ignore]').forEach((e) => e.remove());
  return body.textContent;
}
const pages = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
  (f) => f.endsWith('.html') && !f.startsWith('pagefind'),
);
const words = countWords(pages.map((f) => indexedText(readFileSync(join(dir, f), 'utf8'))));
mkdirSync(join(dir, 'sok'), { recursive: true });
writeFileSync(join(dir, 'sok/ord.json'), JSON.stringify(words));
console.log(
  `Sökindex: ${added.page_count} sidor indexerade i ${dir}/pagefind/, ${words.length} ord i ${dir}/sok/ord.json.`,
);
