/** Reads the built search index (Pagefind's fragments) for the tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST } from './dist';

export interface IndexedPage {
  /** The page's address, as Pagefind records it. */
  url: string;
  /** The language Pagefind indexed it in (its lang attribute). */
  lang: string;
  /** The text Pagefind indexed, as it indexed it. */
  text: string;
}

/** Every page as the search index holds it: its address, language and indexed text. */
export function indexedPages(dist: string = DIST): IndexedPage[] {
  const folder = join(dist, 'pagefind/fragment');
  return readdirSync(folder).map((file) => {
    const data = gunzipSync(readFileSync(join(folder, file))).toString('utf8');
    const fragment: unknown = JSON.parse(data.slice('pagefind_dcd'.length));
    if (
      typeof fragment !== 'object' ||
      fragment === null ||
      !('url' in fragment && typeof fragment.url === 'string') ||
      !('content' in fragment && typeof fragment.content === 'string')
    )
      throw new Error(`${file} is not a Pagefind fragment these tests can read`);
    // Fragments are named "<language>_<hash>.pf_fragment".
    const [lang = ''] = file.split('_');
    return { url: fragment.url, lang, text: fragment.content };
  });
}
