/**
 * A language's fixed words as the phrase files hold them, read without a build (the content-error
 * tests run before the site is built).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import type { PhraseUnit } from '../../src/lib/translation/words';

/** A language's fixed words as its phrase file (src/content/oversattningar-fraser/<lang>.yaml) has them. */
export function phrasesIn(content: string, lang: string): PhraseUnit[] {
  const file = join(content, 'oversattningar-fraser', `${lang}.yaml`);
  const data = yaml.load(readFileSync(file, 'utf8')) as {
    phrases: (Omit<PhraseUnit, 'translatedOn'> & { translatedOn: Date | string })[];
  };
  return data.phrases.map((p) => ({ ...p, translatedOn: new Date(p.translatedOn) }));
}
