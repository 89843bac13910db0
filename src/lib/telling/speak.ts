/**
 * How a renderer says things in a page's language: a fixed message (marked Swedish where it has no
 * current translation, and with any Swedish term in it marked), and free text from the sources,
 * which stays Swedish and is marked so on a page in another language.
 */
import type { Child } from './html';
import type { MessageId } from './messages';
import type { Words } from './words';
import type { SourceRef } from '../source-view';

type Element = (type: string, props: Record<string, string> | null, ...children: Child[]) => Child;

export function speak(e: Element, words: Words) {
  const swedish = { lang: 'sv', dir: 'ltr' };
  return {
    /** A fixed message in the page's language. */
    say: (id: MessageId, values?: Record<string, string>): Child =>
      words.fallback(id)
        ? e('span', swedish, words.t(id, values))
        : words.parts(id, values).map((p) => (p.swedish ? e('span', swedish, p.text) : p.text)),
    /** Who says a fact, in parentheses, each source's Swedish name marked lang="sv". */
    attributed: (sources: readonly SourceRef[]): Child =>
      words
        .split(`(${words.attributions(sources, true)})`)
        .map((p) => (p.swedish ? e('span', swedish, p.text) : p.text)),
    /** Words as the sources write them: Swedish, marked so on a page in another language. */
    sv: (text: string): Child => (words.lang === 'sv' ? text : e('span', swedish, text)),
  };
}
