/**
 * What the build checks of translations beyond their schemas: a translated sentence must
 * translate a sentence that exists. (A translated text's reference to its Swedish text is a
 * reference like any other, checked with the rest.) Pure.
 */
import type { ContentProblem } from '../content/problem.ts';

export function translatedSentencesWithoutSentence(
  translations: readonly { file: string; translates: string }[],
  sentences: ReadonlySet<string>,
): ContentProblem[] {
  const known = [...sentences].sort().join(', ');
  return translations
    .filter((t) => !sentences.has(t.translates))
    .map((t) => ({
      file: t.file,
      field: 'translates',
      received: `"${t.translates}"`,
      expected: `the id of a sentence in parent-texts.yaml: ${known}`,
    }));
}
