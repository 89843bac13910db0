// Builds the Pagefind search index from the built site, through Pagefind's Node API, and the lists
// of the site's words beside it, one per language (sok/ord.json for Swedish, sok/ord.fi.json …),
// which the search pages check a query against ("Inga träffar", "Visar träffar för …":
// src/lib/search/). Only what is inside data-pagefind-body is indexed. Pagefind makes an index per
// language from each page's lang: Swedish pages (with Swedish stemming) in one, each translation's
// language in its own.
//
// Each page is read once, by Pagefind. The word lists are made from what Pagefind wrote: each
// page's fragment holds the text it indexed (data-pagefind-ignore left out), and the fragment's
// file name starts with the page's language. Reading the pages again with an HTML parser, as this
// script did until 2026-12, took longer than Pagefind itself at 1,518 pages.
// Usage: node scripts/index-search.ts [built-site-folder]   (default: dist)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import * as pagefind from 'pagefind';
import { countWords, wordListFile } from '../src/lib/search/words.ts';
import { readFragment, type IndexedPage } from '../src/lib/search/fragment.ts';

const dir = process.argv[2] ?? 'dist';
const output = join(dir, 'pagefind');
const { index, errors } = await pagefind.createIndex();
if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dir });
if (added.errors.length > 0)
  throw new Error(`Pagefind failed to index ${dir}/: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: output });
if (written.errors.length > 0)
  throw new Error(`Pagefind failed to write its index: ${written.errors.join('; ')}`);
await pagefind.close();

const unzip = promisify(gunzip);

/** One page's indexed text and language, from its fragment file. */
async function fragment(file: string): Promise<IndexedPage> {
  const data = await unzip(readFileSync(join(output, 'fragment', file)));
  return readFragment(file, data.toString('utf8'));
}

// Each language's page texts, for its word list.
const texts = new Map<string, string[]>();
for (const { lang, text } of await Promise.all(
  readdirSync(join(output, 'fragment')).map(fragment),
)) {
  const list = texts.get(lang) ?? [];
  list.push(text);
  texts.set(lang, list);
}
mkdirSync(join(dir, 'sok'), { recursive: true });
const counts: string[] = [];
for (const [lang, pageTexts] of [...texts].sort()) {
  const words = countWords(pageTexts);
  writeFileSync(join(dir, 'sok', wordListFile(lang)), JSON.stringify(words));
  counts.push(`${lang} ${words.length}`);
}
console.log(
  `Sökindex: ${added.page_count} sidor indexerade i ${output}/, ord per språk i ${dir}/sok/ (${counts.join(', ')}).`,
);
