/**
 * What a translated page says about itself, in its own language, and the links between a text
 * and its translations. Pure: plain data in, plain data out.
 */
import {
  formatDateIn,
  LANGUAGES,
  translatorIn,
  TRANSLATION_LANGUAGES,
  type TranslationLanguage,
} from './languages.ts';

export interface TranslationFacts {
  /** "en/vad-ar-en-familjecentral". */
  id: string;
  lang: TranslationLanguage;
  /** The Swedish text's id. */
  translates: string;
  translatedOn: Date;
  translatedBy: string;
  checked: boolean;
}

export interface TranslationNotice {
  /** The sentence around the Swedish title, which the page sets apart in its own language and direction. */
  translated: { before: string; title: string; after: string };
  checked: string;
  /** Present when the Swedish text has changed since the translation was made. */
  outdated?: string;
}

const TITLE = '\u0000';
const aroundTitle = (sentence: string, title: string) => {
  const [before, after = ''] = sentence.split(TITLE);
  return { before, title, after };
};

export function translationNotice(
  t: TranslationFacts,
  swedishTitle: string,
  current: boolean,
): TranslationNotice {
  const words = LANGUAGES[t.lang];
  return {
    translated: aroundTitle(
      words.translated(
        formatDateIn(t.lang, t.translatedOn),
        translatorIn(t.lang, t.translatedBy),
        TITLE,
      ),
      swedishTitle,
    ),
    checked: t.checked ? words.checked : words.notChecked,
    outdated: current ? undefined : words.outdated,
  };
}

export interface LanguageLink {
  lang: 'sv' | TranslationLanguage;
  /** The language's own name: "Svenska", "Suomeksi", "In English", "بالعربية". */
  name: string;
  path: string;
}

/** A page in Swedish and in every translation language, Swedish first: for a page made in every language. */
export function allLanguageLinks(
  swedishPath: string,
  pathIn: (lang: TranslationLanguage) => string,
): LanguageLink[] {
  return [
    { lang: 'sv', name: 'Svenska', path: swedishPath },
    ...TRANSLATION_LANGUAGES.map((lang) => ({
      lang,
      name: LANGUAGES[lang].ownName,
      path: pathIn(lang),
    })),
  ];
}

/**
 * The Swedish text and every translation of it, Swedish first, then in the order of
 * TRANSLATION_LANGUAGES: for hreflang links and the visible list of languages.
 */
export function languageLinks(
  swedish: { id: string; path: string },
  translations: readonly Pick<TranslationFacts, 'id' | 'lang' | 'translates'>[],
  pathOf: (id: string) => string,
): LanguageLink[] {
  const own = translations.filter((t) => t.translates === swedish.id);
  return [
    { lang: 'sv', name: 'Svenska', path: swedish.path },
    ...TRANSLATION_LANGUAGES.flatMap((lang) =>
      own
        .filter((t) => t.lang === lang)
        .map((t) => ({ lang, name: LANGUAGES[lang].ownName, path: pathOf(t.id) })),
    ),
  ];
}
