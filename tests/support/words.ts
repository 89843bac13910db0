/**
 * A translation language's words with the given messages, the language set as the site sets it
 * (direction, locale, clock: src/lib/translation/languages.ts): for unit tests of what a page says.
 */
import type { MessageId } from '../../src/lib/telling/messages';
import { makeWords, type Words } from '../../src/lib/telling/words';
import { LANGUAGES, type TranslationLanguage } from '../../src/lib/translation/languages';

export function wordsWith(
  lang: TranslationLanguage,
  messages: Partial<Record<MessageId, string>>,
): Words {
  const { dir, locale, clock } = LANGUAGES[lang];
  return makeWords({ lang, dir, locale, clock, messages });
}
