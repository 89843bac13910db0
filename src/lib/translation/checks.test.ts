import { describe, expect, it } from 'vitest';
import { translatedSentencesWithoutSentence } from './checks';

describe('translatedSentencesWithoutSentence', () => {
  it('names the file, the field, the id and the ids there are, for a translation of no sentence', () => {
    const sentences = new Set(['bvc', 'mvc']);
    expect(
      translatedSentencesWithoutSentence([{ file: 'en/bvc.yaml', translates: 'bvc' }], sentences),
    ).toEqual([]);
    expect(
      translatedSentencesWithoutSentence([{ file: 'en/bcv.yaml', translates: 'bcv' }], sentences),
    ).toEqual([
      {
        file: 'en/bcv.yaml',
        field: 'translates',
        received: '"bcv"',
        expected: 'the id of a sentence in parent-texts.yaml: bvc, mvc',
      },
    ]);
  });
});
