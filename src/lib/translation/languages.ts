/**
 * What a page in each translation language needs: the language's own name (as a link to it
 * reads in every language), its direction, the locale its dates are written in, and the sentences
 * the site itself says on a translated page. Those sentences claim nothing about family centres:
 * they say when and how the page was translated, and that the Swedish page applies.
 */
import { MACHINE_TRANSLATION, TRANSLATION_LANGUAGES, type TranslationLanguage } from '../../schemas/translation-vocabulary.ts';

export { MACHINE_TRANSLATION, TRANSLATION_LANGUAGES, type TranslationLanguage };

export interface LanguageText {
  /** The language's own name, for a link: "Suomeksi", "In English", "بالعربية". */
  ownName: string;
  dir: 'ltr' | 'rtl';
  /** BCP 47 locale for dates; Latin digits, as the site's numbers, phone numbers and times are. */
  locale: string;
  /** "Translated from Swedish on 2 December 2026 (machine translation)." */
  translated: (date: string, by: string, from: string) => string;
  /** Said when no qualified translator has checked the text. */
  notChecked: string;
  /** Said when a qualified translator has. */
  checked: string;
  /** Said when the Swedish text has changed since the translation was made. */
  outdated: string;
  /** The link back to the Swedish page. */
  swedishPage: string;
  /** Label of the source list: the Swedish text's sources. */
  sources: string;
  /** How the site names a machine translation in this language, for `translatedBy: maskinöversättning`. */
  machine: string;
  /** "(på svenska)" after a link to a Swedish page. */
  inSwedish: string;
  /** The heading of the list of other languages. */
  otherLanguages: string;
}

export const LANGUAGES: Record<TranslationLanguage, LanguageText> = {
  fi: {
    ownName: 'Suomeksi',
    dir: 'ltr',
    locale: 'fi-FI',
    translated: (date, by, from) => `Käännetty ruotsinkielisestä selkotekstistä ”${from}” ${date} (${by}).`,
    notChecked: 'Pätevä kääntäjä ei ole tarkistanut käännöstä. Ruotsinkielinen sivu on se, joka pätee.',
    checked: 'Pätevä kääntäjä on tarkistanut käännöksen.',
    outdated: 'Ruotsinkielistä tekstiä on muutettu tämän käännöksen jälkeen. Lue ruotsinkielinen sivu, kunnes käännös on päivitetty.',
    swedishPage: 'Sivu ruotsiksi',
    sources: 'Lähteet (ruotsiksi)',
    machine: 'konekäännös',
    inSwedish: '(ruotsiksi)',
    otherLanguages: 'Muilla kielillä',
  },
  en: {
    ownName: 'In English',
    dir: 'ltr',
    locale: 'en-GB',
    translated: (date, by, from) => `Translated from the Swedish easy-to-read text “${from}” on ${date} (${by}).`,
    notChecked: 'A qualified translator has not checked this translation. The Swedish page is the one that applies.',
    checked: 'A qualified translator has checked this translation.',
    outdated: 'The Swedish text has been changed since this translation was made. Read the Swedish page until the translation has been updated.',
    swedishPage: 'The page in Swedish',
    sources: 'Sources (in Swedish)',
    machine: 'machine translation',
    inSwedish: '(in Swedish)',
    otherLanguages: 'Other languages',
  },
  ar: {
    ownName: 'بالعربية',
    dir: 'rtl',
    locale: 'ar-u-nu-latn',
    translated: (date, by, from) => `تُرجم من النص السويدي السهل القراءة «${from}» في ${date} (${by}).`,
    notChecked: 'لم يراجع مترجم مؤهل هذه الترجمة. الصفحة السويدية هي التي يُعمل بها.',
    checked: 'راجع مترجم مؤهل هذه الترجمة.',
    outdated: 'تم تغيير النص السويدي بعد إعداد هذه الترجمة. اقرأ الصفحة السويدية حتى يتم تحديث الترجمة.',
    swedishPage: 'الصفحة باللغة السويدية',
    sources: 'المصادر (باللغة السويدية)',
    machine: 'ترجمة آلية',
    inSwedish: '(باللغة السويدية)',
    otherLanguages: 'لغات أخرى',
  },
};

/** "2 December 2026" in the page's own language, with Latin digits. */
export function formatDateIn(lang: TranslationLanguage, date: Date): string {
  return new Intl.DateTimeFormat(LANGUAGES[lang].locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** Who translated it, in the page's language: a machine translation is named so; a role stays as written. */
export function translatorIn(lang: TranslationLanguage, translatedBy: string): string {
  return translatedBy === MACHINE_TRANSLATION ? LANGUAGES[lang].machine : translatedBy;
}
