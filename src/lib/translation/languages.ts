/**
 * What a page in each translation language needs of the language itself: its own name (as a link
 * to it reads in every language), its direction, the locale its dates and numbers are written in,
 * how it writes a clock time, and whether it needs the Arabic font. Every word a translated page
 * says is a translation of one of the site's Swedish messages (src/lib/telling/messages.ts),
 * kept as content in src/content/oversattningar-fraser/<språk>.yaml (translation/words.ts).
 */
import {
  MACHINE_TRANSLATION,
  TRANSLATION_LANGUAGES,
  type TranslationLanguage,
} from '../../schemas/translation-vocabulary.ts';

export { MACHINE_TRANSLATION, TRANSLATION_LANGUAGES, type TranslationLanguage };

export interface LanguageText {
  /** The language's own name, for a link: "Suomeksi", "In English", "بالعربية". */
  ownName: string;
  dir: 'ltr' | 'rtl';
  /** BCP 47 locale for dates; Latin digits, as the site's numbers, phone numbers and times are. */
  locale: string;
  /** How a clock time is written: "9.00" in Finnish, "09:00" in English and Arabic. */
  clock: 'dot' | 'dot-short' | 'colon';
  /** The script's own font (src/components/ArabicFont.astro), where the system's may lack it. */
  font?: 'arabic';
}

export const LANGUAGES: Record<TranslationLanguage, LanguageText> = {
  fi: { ownName: 'Suomeksi', dir: 'ltr', locale: 'fi-FI', clock: 'dot-short' },
  en: { ownName: 'In English', dir: 'ltr', locale: 'en-GB', clock: 'colon' },
  ar: { ownName: 'بالعربية', dir: 'rtl', locale: 'ar-u-nu-latn', clock: 'colon', font: 'arabic' },
};
