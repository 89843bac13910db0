/**
 * The words of each translated page, from the loaded site: made once per language and build.
 */
import type { SiteContent } from '../content/site-content';
import type { Words } from '../telling/words';
import { TRANSLATION_LANGUAGES, type TranslationLanguage } from './languages';
import { phraseStates, wordsFrom } from './words';

const made = new WeakMap<SiteContent, Map<TranslationLanguage, Words>>();

export function wordsIn(site: SiteContent, lang: TranslationLanguage): Words {
  let byLang = made.get(site);
  if (!byLang) made.set(site, (byLang = new Map<TranslationLanguage, Words>()));
  let words = byLang.get(lang);
  if (!words) {
    words = wordsFrom(lang, phraseFile(site, lang)?.data.phrases ?? []);
    byLang.set(lang, words);
  }
  return words;
}

/** The languages the site has pages in: those with a phrase file, in the order of TRANSLATION_LANGUAGES. */
export const siteLanguages = (site: SiteContent): TranslationLanguage[] =>
  TRANSLATION_LANGUAGES.filter((lang) => phraseFile(site, lang) !== undefined);

export const phraseFile = (site: SiteContent, lang: TranslationLanguage) =>
  site.phraseTranslations.find((p) => p.id === lang);

/**
 * When the words of a language were translated and whether a qualified translator has checked
 * them: the newest translation date of the current units, and checked only when every unit is.
 * Once per language and loaded site: every translated page shows it.
 */
export function phrasesRecord(site: SiteContent, lang: TranslationLanguage) {
  let byLang = records.get(site);
  if (!byLang) records.set(site, (byLang = new Map<TranslationLanguage, PhrasesRecord>()));
  let record = byLang.get(lang);
  if (!record) byLang.set(lang, (record = makePhrasesRecord(site, lang)));
  return record;
}

const records = new WeakMap<SiteContent, Map<TranslationLanguage, PhrasesRecord>>();
type PhrasesRecord = ReturnType<typeof makePhrasesRecord>;

function makePhrasesRecord(site: SiteContent, lang: TranslationLanguage) {
  const { current } = phraseStates(phraseFile(site, lang)?.data.phrases ?? []);
  const dates = current.map((p) => p.translatedOn.getTime());
  const machine = current.some((p) => p.translatedBy === 'maskinöversättning');
  return {
    translatedOn: new Date(Math.max(0, ...dates)),
    translatedBy: machine
      ? 'maskinöversättning'
      : (current[0]?.translatedBy ?? 'maskinöversättning'),
    checked: current.length > 0 && current.every((p) => p.checked),
  };
}
