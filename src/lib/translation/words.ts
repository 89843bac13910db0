/**
 * The words of a translated page: each of the site's Swedish messages in the language, from the
 * language's phrase file (src/content/oversattningar-fraser/<språk>.yaml). A translation is used
 * only when it was made from the Swedish message as it is now (its fingerprint); one made from an
 * earlier message waits for review, and the page says that message in Swedish, marked so. Also
 * what the build checks of a phrase file: every message translated once, each id a message, the
 * message's {placeholders} kept.
 */
import type { ContentProblem } from '../content/problem.ts';
import { MESSAGE_IDS, SWEDISH, isMessageId, type MessageId } from '../telling/messages.ts';
import { placeholders } from '../telling/fill.ts';
import { makeWords, type Words } from '../telling/words.ts';
import { messageFingerprint } from './fingerprint.ts';
import { LANGUAGES, type TranslationLanguage } from './languages.ts';

export interface PhraseUnit {
  id: string;
  text: string;
  madeFrom: string;
  translatedOn: Date;
  translatedBy: string;
  checked: boolean;
}

/** Where each translated message stands against the Swedish message as it is now. */
export function phraseStates(phrases: readonly PhraseUnit[]) {
  const current = phrases.filter(
    (p) => isMessageId(p.id) && p.madeFrom === messageFingerprint(p.id, SWEDISH[p.id]),
  );
  const outdated = phrases.filter((p) => isMessageId(p.id) && !current.includes(p));
  return { current, outdated };
}

/** The words of a page in `lang`, from its phrase units (the current ones; the rest said in Swedish). */
export function wordsFrom(lang: TranslationLanguage, phrases: readonly PhraseUnit[]): Words {
  const { current } = phraseStates(phrases);
  const messages: Partial<Record<MessageId, string>> = {};
  for (const p of current) if (isMessageId(p.id)) messages[p.id] = p.text;
  const language = LANGUAGES[lang];
  return makeWords({
    lang,
    dir: language.dir,
    locale: language.locale,
    clock: language.clock,
    messages,
  });
}

/** What the build refuses in a language's phrase file: naming the file, the field and the value. */
export function phraseProblems(file: string, phrases: readonly PhraseUnit[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const seen = new Map<string, number>();
  phrases.forEach((p, i) => {
    if (!isMessageId(p.id)) {
      problems.push({
        file,
        field: `phrases[${i}].id`,
        received: `"${p.id}"`,
        expected: `the id of one of the site's messages (src/lib/telling/messages.ts), for example "box.title"`,
      });
      return;
    }
    const before = seen.get(p.id);
    if (before !== undefined)
      problems.push({
        file,
        field: `phrases[${i}].id`,
        received: `"${p.id}", already translated in phrases[${before}]`,
        expected: 'each message translated once',
      });
    seen.set(p.id, i);
    const wanted = placeholders(SWEDISH[p.id]).sort();
    const given = placeholders(p.text).sort();
    if (wanted.join() !== given.join())
      problems.push({
        file,
        field: `phrases[${i}].text`,
        received: `"${p.text}"`,
        expected: wanted.length
          ? `the placeholders of the Swedish message "${SWEDISH[p.id]}": ${wanted.map((w) => `{${w}}`).join(', ')}`
          : `no placeholders, as the Swedish message "${SWEDISH[p.id]}" has none`,
      });
  });
  const missing = MESSAGE_IDS.filter((id) => !seen.has(id));
  if (missing.length > 0)
    problems.push({
      file,
      field: 'phrases',
      received: `no translation of ${missing.map((id) => `"${id}"`).join(', ')}`,
      expected:
        'a translation of every message, so no fixed word on a translated page is left in Swedish',
    });
  return problems;
}
