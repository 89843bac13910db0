/**
 * A fingerprint of the Swedish text a translation was made from: its title and text with
 * whitespace folded, hashed. A translation stores the fingerprint of the text it was made from;
 * when the Swedish text changes, the two differ and the translation is outdated. Pure.
 */
import { createHash } from 'node:crypto';

export { FINGERPRINT_PATTERN } from '../../schemas/translation-vocabulary.ts';

export function fingerprint(title: string, body: string): string {
  const text = `${title}\n${body}`.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

/** The text of an .mdx or .md file after its frontmatter. */
export function bodyOfFile(text: string): string {
  return text.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
}

/** The fingerprint of each easy-read text as it is now, by id: a translation made from another is outdated. */
export function swedishFingerprints(
  texts: readonly { id: string; data: { title: string }; body?: string }[],
): Map<string, string> {
  return new Map(texts.map((e) => [e.id, fingerprint(e.data.title, e.body ?? '')]));
}

/** The fingerprint of each of the site's sentences to parents as it is now, by id. */
export function sentenceFingerprints(
  sentences: readonly { id: string; data: { about: string; text: string } }[],
): Map<string, string> {
  return new Map(sentences.map((s) => [s.id, fingerprint(s.data.about, s.data.text)]));
}

export interface TranslationState {
  /** The translation's id, "en/vad-ar-en-familjecentral". */
  id: string;
  translates: string;
  /** The fingerprint stored in the translation. */
  madeFrom: string;
}

/** The translations whose Swedish text has changed since, or whose Swedish text is gone. */
export function outdatedTranslations<T extends TranslationState>(
  translations: readonly T[],
  swedish: ReadonlyMap<string, string>,
): T[] {
  return translations.filter((t) => swedish.get(t.translates) !== t.madeFrom);
}

/** The fingerprint of one of the site's Swedish messages (src/lib/telling/messages.ts). */
export const messageFingerprint = (id: string, swedish: string) => fingerprint(id, swedish);
