// `npm run translations:export -- --lang fi [--out FILE]`: every unit a page shows in the language
// (each fixed word and sentence of the parents' pages, each sentence of the parents' box, each line
// of each easy-read text with its title and summary) as an XLIFF 1.2 file for a translation tool:
// the Swedish source, the current translation and whether a qualified translator has checked it
// (approved="yes"). A translator edits targets and marks units approved, and the file goes back
// with `npm run translations:import <file>`.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import jsToXliff12 from 'xliff/jsToXliff12';
import { unitsOf } from '../src/lib/translation/units.ts';
import { TRANSLATION_LANGUAGES } from '../src/schemas/translation-vocabulary.ts';
import { languageFiles } from './translation-files.ts';

const { values } = parseArgs({ options: { lang: { type: 'string' }, out: { type: 'string' } } });
const lang = TRANSLATION_LANGUAGES.find((l) => l === values.lang);
if (!lang) {
  console.error(
    `Ange språket: npm run translations:export -- --lang <${TRANSLATION_LANGUAGES.join('|')}>`,
  );
  process.exit(2);
}
const units = unitsOf(languageFiles(lang).content);
const out = values.out ?? `oversattning-${lang}.xlf`;
const xml = await jsToXliff12({
  sourceLanguage: 'sv',
  targetLanguage: lang,
  resources: {
    [`familjecentraler-${lang}`]: Object.fromEntries(
      units.map((u) => [
        u.id,
        {
          source: u.source,
          target: u.target,
          ...(u.note && { note: u.note }),
          additionalAttributes: { approved: u.checked ? 'yes' : 'no' },
        },
      ]),
    ),
  },
});
writeFileSync(out, `${xml}\n`);
console.log(
  `Skrev ${out}: ${units.length} enheter på ${lang}, varav ${units.filter((u) => u.checked).length} granskade och ${units.filter((u) => u.target === '').length} utan översättning.`,
);
