/** Reads the built search index (Pagefind's fragments) for the tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST } from './dist';
import { readFragment, type IndexedPage } from '../../src/lib/search/fragment';

/** Every page as the search index holds it: its address, language and indexed text. */
export function indexedPages(dist: string = DIST): IndexedPage[] {
  const folder = join(dist, 'pagefind/fragment');
  return readdirSync(folder).map((file) =>
    readFragment(file, gunzipSync(readFileSync(join(folder, file))).toString('utf8')),
  );
}
