/**
 * In one build of a copy: a translation made from an earlier Swedish text (one sentence of the
 * Swedish easy-read text changed) is marked outdated in the page's own language, and the review
 * page and `npm run check:content` list it; and a centre's changed hours show on its page in every
 * language, since the translated pages are made from the same data. (That an unchanged text marks
 * none is checked on the real build, tests/site/translations.test.ts.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'node-html-parser';
import yaml from 'js-yaml';
import { expect, it } from 'vitest';
import { buildWithMistake, edit } from './broken-site';
import { wordsFrom } from '../../src/lib/translation/words';
import { phrasesIn } from '../support/phrases';
import {
  TRANSLATION_LANGUAGES,
  type TranslationLanguage,
} from '../../src/schemas/translation-vocabulary';
import { defined } from '../support/defined';
import { idFromPath } from '../../src/lib/content/entry-id';
import { centreTextsOf, translatableTexts } from '../../src/lib/translation/centre-texts';

const ROOT = resolve(import.meta.dirname, '../..');
const translationsDir = join(ROOT, 'src/content/oversattningar');
const translations = readdirSync(translationsDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({
    id: f.replace(/\.mdx$/, ''),
    ...(yaml.load(
      /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(translationsDir, f), 'utf8'))?.[1] ?? '',
    ) as { lang: TranslationLanguage; translates: string }),
  }));

// A centre with a week, and the first start time in its file: it becomes 07:35 in the copy.
const centresDir = join(ROOT, 'src/content/centres');
const withWeek = readdirSync(centresDir).find((f) =>
  /^programme:\n {2}sessions:/m.test(readFileSync(join(centresDir, f), 'utf8')),
)!;
const firstFrom = defined(
  /^ {6}from: (\S+)$/m.exec(readFileSync(join(centresDir, withWeek), 'utf8'))?.[1],
  'a start time',
);
const centreId = idFromPath(withWeek);

// A centre's own text with translations: its Swedish words change in the copy.
const centreTextsDir = join(ROOT, 'src/content/oversattningar-familjecentraler');
const centreTextFiles = TRANSLATION_LANGUAGES.flatMap((lang) =>
  existsSync(join(centreTextsDir, lang))
    ? readdirSync(join(centreTextsDir, lang)).map((f) => ({
        lang,
        ...(yaml.load(readFileSync(join(centreTextsDir, lang, f), 'utf8')) as {
          translates: string;
          texts: { field: string }[];
        }),
      }))
    : [],
);
const translatedCentre = defined(centreTextFiles[0], 'a file of a centre’s translated texts');
const translatedField = defined(translatedCentre.texts[0], 'a translated text').field;
const translatedCentreFile = defined(
  readdirSync(centresDir).find((f) => idFromPath(f) === translatedCentre.translates),
  translatedCentre.translates,
);
const oldCentreText = defined(
  translatableTexts(
    centreTextsOf(
      yaml.load(
        /^---\n([\s\S]*?)\n---/.exec(
          readFileSync(join(centresDir, translatedCentreFile), 'utf8'),
        )?.[1] ?? '',
      ),
    ),
  ).get(translatedField),
  translatedField,
);
const newCentreText = `${oldCentreText} (ändrad)`;
/** The languages whose translation of the text is now outdated. */
const centreTextLanguages = centreTextFiles
  .filter(
    (f) =>
      f.translates === translatedCentre.translates &&
      f.texts.some((t) => t.field === translatedField),
  )
  .map((f) => f.lang);

it('marks every translation of a changed Swedish text outdated, in its own language, lists them for review, and shows a centre’s new hours in every language', () => {
  expect(translations.length, 'the content has translations to test').toBeGreaterThan(0);
  const swedish = translations[0]?.translates;
  const ofIt = translations.filter((t) => t.translates === swedish);
  const seen = {
    notes: new Map<string, string>(),
    hours: new Map<string, string>(),
    sentences: new Map<string, string>(),
    centreTexts: new Map<string, string[]>(),
    review: 0,
    check: '',
  };
  const result = buildWithMistake(
    (root) => {
      edit(root, `src/content/lattlast/${swedish}.mdx`, /\n\n(\S)/, '\n\nNy mening.\n\n$1');
      edit(
        root,
        `src/content/centres/${withWeek}`,
        `      from: ${firstFrom}`,
        '      from: 07:35',
      );
      edit(root, `src/content/centres/${translatedCentreFile}`, oldCentreText, newCentreText);
      edit(
        root,
        'src/content/parent-texts.yaml',
        // A change of wording, not of length: the sentence stays within its field's limit.
        /^( {2}text: '?)Personalen\b/m,
        '$1Personal',
      );
    },
    undefined,
    (root) => {
      for (const t of ofIt)
        seen.notes.set(
          t.id,
          parse(readFileSync(join(root, 'dist', t.id, 'index.html'), 'utf8')).querySelector(
            '[data-translation-outdated]',
          )?.textContent ?? '',
        );
      for (const lang of TRANSLATION_LANGUAGES) {
        const file = join(root, 'dist', lang, 'familjecentraler', centreId, 'index.html');
        const html = existsSync(file) ? parse(readFileSync(file, 'utf8')) : undefined;
        seen.hours.set(
          lang,
          (html?.querySelectorAll('[data-week] [data-session-from]') ?? [])
            .map((li) => li.getAttribute('data-session-from'))
            .join(' '),
        );
        // The confidentiality sentence: its outdated translation gives way to the Swedish, marked so.
        const said = html?.querySelector('[data-parent-text="tystnadsplikt"]');
        seen.sentences.set(
          lang,
          said?.querySelector('[lang="sv"]') ? 'sv' : (said?.textContent ?? 'none'),
        );
      }
      for (const lang of centreTextLanguages) {
        const html = parse(
          readFileSync(
            join(root, 'dist', lang, 'familjecentraler', translatedCentre.translates, 'index.html'),
            'utf8',
          ),
        );
        seen.centreTexts.set(
          lang,
          html.querySelectorAll('.fc-contact [lang="sv"]').map((e) => e.textContent),
        );
      }
      seen.review = parse(
        readFileSync(join(root, 'dist/redaktion/granskning/index.html'), 'utf8'),
      ).querySelectorAll('[data-outdated-translation]').length;
      const check = spawnSync(
        process.execPath,
        [join(ROOT, 'scripts/check-content.ts'), '--strict'],
        {
          cwd: root,
          encoding: 'utf8',
          env: { ...process.env, CONTENT_DIR: join(root, 'src/content') },
        },
      );
      seen.check = check.stdout;
    },
  );
  expect(result.ok, result.output).toBe(true);
  for (const t of ofIt)
    expect(seen.notes.get(t.id), t.id).toBe(
      wordsFrom(t.lang, phrasesIn(join(ROOT, 'src/content'), t.lang)).t('page.outdated'),
    );
  // The texts' translations and the confidentiality sentence's, one per language.
  const sentenceTranslations = TRANSLATION_LANGUAGES.filter((lang) =>
    existsSync(join(ROOT, 'src/content/oversattningar-foraldratexter', lang, 'tystnadsplikt.yaml')),
  );
  expect(sentenceTranslations.length).toBeGreaterThan(0);
  expect(centreTextLanguages.length).toBeGreaterThan(0);
  expect(seen.review).toBe(ofIt.length + sentenceTranslations.length + centreTextLanguages.length);
  for (const lang of centreTextLanguages) {
    expect(seen.centreTexts.get(lang), `${lang}: the centre's new text, in Swedish`).toContain(
      newCentreText,
    );
    expect(seen.check).toContain(
      `oversattningar-familjecentraler/${lang}/${translatedCentre.translates}.yaml: översätter centres/${translatedCentre.translates} (${translatedField})`,
    );
  }
  for (const lang of sentenceTranslations) {
    expect(
      seen.sentences.get(lang),
      `${lang}: the outdated sentence gives way to the Swedish`,
    ).toBe('sv');
    expect(seen.check).toContain(
      `oversattningar-foraldratexter/${lang}/tystnadsplikt.yaml: översätter parent-texts.yaml (tystnadsplikt)`,
    );
  }
  for (const t of ofIt)
    expect(seen.check).toContain(`oversattningar/${t.id}.mdx: översätter ${swedish}`);
  for (const lang of TRANSLATION_LANGUAGES)
    expect(seen.hours.get(lang), `${lang}/familjecentraler/${centreId}`).toContain('07:35');
});
