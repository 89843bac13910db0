/**
 * What a translated page says about itself, in its own language, and the links between a text
 * and its translations. Pure: plain data in, plain data out.
 */
import type { Words } from '../telling/words.ts';
import { LANGUAGES, TRANSLATION_LANGUAGES, type TranslationLanguage } from './languages.ts';
import { isoDay } from '../format.ts';

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

/** Who translated it, in the page's language: a machine translation is named so; a role stays as written. */
export const translatorIn = (words: Words, translatedBy: string) =>
  translatedBy === 'maskinöversättning' ? words.t('page.machine') : translatedBy;

export function translationNotice(
  words: Words,
  t: Pick<TranslationFacts, 'translatedOn' | 'translatedBy' | 'checked'>,
  swedishTitle: string,
  current: boolean,
): TranslationNotice {
  const [before = '', after = ''] = words
    .t('page.translatedText', {
      title: TITLE,
      date: words.day(isoDay(t.translatedOn)),
      by: translatorIn(words, t.translatedBy),
    })
    .split(TITLE);
  return {
    translated: { before, title: swedishTitle, after },
    checked: t.checked ? words.t('page.checked') : words.t('page.notChecked'),
    outdated: current ? undefined : words.t('page.outdated'),
  };
}

/**
 * What a page of several translated parts says of their checking: all checked, none, or which
 * parts are ("the standard texts", "the texts in the box").
 */
export function checkedNotice(
  words: Words,
  parts: readonly {
    part: 'page.part.words' | 'page.part.box' | 'page.part.text' | 'page.part.contact';
    checked: boolean;
  }[],
): string {
  const done = parts.filter((p) => p.checked);
  if (done.length === parts.length && parts.length > 0) return words.t('page.checked');
  if (done.length === 0) return words.t('page.notChecked');
  return words.t('page.partlyChecked', { parts: words.list(done.map((p) => words.t(p.part))) });
}

export interface LanguageLink {
  lang: 'sv' | TranslationLanguage;
  /** The language's own name: "Svenska", "Suomeksi", "In English", "بالعربية". */
  name: string;
  path: string;
}

/** A page in Swedish and in every translation language, Swedish first: for a page made in every language. */
export function allLanguageLinks(
  languages: readonly TranslationLanguage[],
  swedishPath: string,
  pathIn: (lang: TranslationLanguage) => string,
): LanguageLink[] {
  return [
    { lang: 'sv', name: 'Svenska', path: swedishPath },
    ...languages.map((lang) => ({
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
