/**
 * One page as Pagefind's index holds it, read from a fragment file: its address, the language it
 * was indexed in and the text Pagefind indexed (data-pagefind-ignore left out). The search script
 * makes the word lists from it, and the tests read the index with it. A fragment file is gzipped;
 * the caller unzips it. Pagefind's own format, checked here once: a file that does not match stops
 * with its name.
 */

/** What an unzipped fragment starts with. */
const SIGNATURE = 'pagefind_dcd';

export interface IndexedPage {
  /** The page's address, as Pagefind records it. */
  url: string;
  /** The language Pagefind indexed it in (the page's lang): fragments are named "<language>_<hash>.pf_fragment". */
  lang: string;
  /** The text Pagefind indexed, as it indexed it. */
  text: string;
}

export function readFragment(file: string, unzipped: string): IndexedPage {
  if (!unzipped.startsWith(SIGNATURE))
    throw new Error(`${file} is not a Pagefind fragment: it does not start with ${SIGNATURE}`);
  const fragment: unknown = JSON.parse(unzipped.slice(SIGNATURE.length));
  if (
    typeof fragment !== 'object' ||
    fragment === null ||
    !('url' in fragment && typeof fragment.url === 'string') ||
    !('content' in fragment && typeof fragment.content === 'string')
  )
    throw new Error(`${file} has no url or content: Pagefind's fragment format has changed`);
  const [lang = ''] = file.split('_');
  return { url: fragment.url, lang, text: fragment.content };
}
