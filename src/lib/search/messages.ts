/**
 * What the search pages say, in each language the site has pages in: the form's fixed words and
 * each answer (answer.ts) as the sentence the live region reads out. Swedish alone has
 * corrections and the answer for a question no page has every word of, since the stop words,
 * inflection and synonyms the search knows are Swedish. The Finnish, English and Arabic words
 * were machine translated, as SEARCH_WORDS_TRANSLATED says, and each page says so.
 */
import type { PartialMatch } from './answer';
import {
  MACHINE_TRANSLATION,
  type TranslationLanguage,
} from '../../schemas/translation-vocabulary.ts';

export type SearchLanguage = 'sv' | TranslationLanguage;

export interface SearchWords {
  /** The page's title and breadcrumb. */
  title: string;
  heading: string;
  description: string;
  /** The form's name, for the search landmark beside the header's. */
  formName: string;
  label: string;
  button: string;
  hint: string;
  /** Said when JavaScript is off, before the way on. */
  noScript: string;
  /** Below an answer with no results. */
  nothingFound: string;
  /** "1 träff för ”BVC”." (no query: filters alone). */
  count: (count: number, query?: string) => string;
  /** "Inga träffar för ”xyz”." */
  none: (query?: string) => string;
  /** No results in the page's language, and how many in each other language. */
  otherLanguages: (
    query: string,
    counts: readonly { lang: SearchLanguage; count: number }[],
  ) => string;
  /** A result in another language is marked with the language's name: "På finska". */
  inLanguage: Record<SearchLanguage, string>;
  /** Swedish only: "Menade du ”familjecentral”?" */
  suggestion?: (words: string) => string;
  /** Swedish only: the corrected query's results. */
  corrected?: (count: number, corrected: string) => string;
  /** Swedish only: the words as written, as a link: "Sök i stället efter ”famljecentral”." */
  searchInstead?: (query: string) => string;
  /** Swedish only: no page with every word; the pages with the meaningful words. */
  partial?: (count: number, query: string, partial: PartialMatch) => string;
  /** Translated pages only: when and how the words were translated. */
  translated?: (date: string, by: string) => string;
}

/** When the translated search pages' words were made, and by whom. */
export const SEARCH_WORDS_TRANSLATED = {
  translatedOn: new Date('2026-12-07T00:00:00Z'),
  translatedBy: MACHINE_TRANSLATION,
  checked: false,
} as const;

const sv = (n: number) => `${n} ${n === 1 ? 'träff' : 'träffar'}`;
const fi = (n: number) => `${n} ${n === 1 ? 'tulos' : 'tulosta'}`;
const en = (n: number) => `${n} ${n === 1 ? 'result' : 'results'}`;
const list = (items: readonly string[], and: string) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;

export const SEARCH_WORDS: Record<SearchLanguage, SearchWords> = {
  sv: {
    title: 'Sök',
    heading: 'Sök på webbplatsen',
    description: 'Sök i vägledningen, bland familjecentraler, kommuner, ord och händelser.',
    formName: 'Sök med filter',
    label: 'Sökord',
    button: 'Sök',
    hint: 'Ett ord, en fråga, en kommun eller en förkortning som BVC.',
    noScript: 'Sökningen behöver JavaScript, som är avstängt.',
    nothingFound: 'Inget hittades.',
    count: (n, q) => `${sv(n)}${q ? ` för ”${q}”` : ''}.`,
    none: (q) => `Inga träffar${q ? ` för ”${q}”` : ''}.`,
    otherLanguages: (q, counts) =>
      `Inga träffar på svenska för ”${q}”. ${list(
        counts.map((c) => `${sv(c.count)} ${SEARCH_WORDS.sv.inLanguage[c.lang].toLowerCase()}`),
        'och',
      )}.`,
    inLanguage: { sv: 'På svenska', fi: 'På finska', en: 'På engelska', ar: 'På arabiska' },
    suggestion: (w) => `Menade du ”${w}”?`,
    corrected: (n, c) => `Visar träffar för ”${c}”: ${sv(n)}.`,
    searchInstead: (q) => `Sök i stället efter ”${q}”.`,
    partial: (n, q, { words, all }) =>
      `Inga sidor har alla orden i ”${q}”. Sidor med ${list(
        words.map((w) => `”${w}”`),
        all ? 'och' : 'eller',
      )}${all ? '' : ', de med flest av orden först'}: ${sv(n)}.`,
  },
  fi: {
    title: 'Haku',
    heading: 'Hae sivustolta',
    description: 'Hae suomenkielisiltä sivuilta ja sivuston muilta sivuilta.',
    formName: 'Hae sivustolta',
    label: 'Hakusana',
    button: 'Hae',
    hint: 'Esimerkiksi perhekeskus, kunnan nimi tai BVC.',
    noScript: 'Haku tarvitsee JavaScriptin, joka on poissa käytöstä. Sivut suomeksi:',
    nothingFound: 'Mitään ei löytynyt. Kokeile toista sanaa.',
    count: (n, q) => (q ? `Haulla ”${q}” löytyi ${fi(n)}.` : `${fi(n)}.`),
    none: (q) => (q ? `Haulla ”${q}” ei löytynyt mitään.` : 'Mitään ei löytynyt.'),
    otherLanguages: (q, counts) =>
      `Haulla ”${q}” ei löytynyt suomenkielisiä sivuja. ${list(
        counts.map((c) => `${fi(c.count)} ${SEARCH_WORDS.fi.inLanguage[c.lang].toLowerCase()}`),
        'ja',
      )}.`,
    inLanguage: { sv: 'Ruotsiksi', fi: 'Suomeksi', en: 'Englanniksi', ar: 'Arabiaksi' },
    translated: (date, by) => `Tämän sivun sanat on käännetty ruotsista ${date} (${by}).`,
  },
  en: {
    title: 'Search',
    heading: 'Search the website',
    description: 'Search the pages in English and the rest of the website.',
    formName: 'Search the website',
    label: 'Search term',
    button: 'Search',
    hint: 'For example family centre, the name of a municipality, or BVC.',
    noScript: 'Search needs JavaScript, which is turned off. The pages in English:',
    nothingFound: 'Nothing was found. Try another word.',
    count: (n, q) => `${en(n)}${q ? ` for “${q}”` : ''}.`,
    none: (q) => `No results${q ? ` for “${q}”` : ''}.`,
    otherLanguages: (q, counts) =>
      `No results in English for “${q}”. ${list(
        counts.map((c) => `${en(c.count)} ${SEARCH_WORDS.en.inLanguage[c.lang].toLowerCase()}`),
        'and',
      )}.`,
    inLanguage: { sv: 'In Swedish', fi: 'In Finnish', en: 'In English', ar: 'In Arabic' },
    translated: (date, by) =>
      `The words on this page were translated from Swedish on ${date} (${by}).`,
  },
  ar: {
    title: 'بحث',
    heading: 'البحث في الموقع',
    description: 'ابحث في الصفحات العربية وفي بقية الموقع.',
    formName: 'البحث في الموقع',
    label: 'كلمة البحث',
    button: 'بحث',
    hint: 'مثلاً: مركز الأسرة، أو اسم البلدية، أو BVC.',
    noScript: 'يحتاج البحث إلى JavaScript، وهو متوقف. الصفحات باللغة العربية:',
    nothingFound: 'لم يُعثر على شيء. جرّب كلمة أخرى.',
    count: (n, q) => (q ? `نتائج البحث عن «${q}»: ${n}.` : `النتائج: ${n}.`),
    none: (q) => (q ? `لا توجد نتائج عن «${q}».` : 'لا توجد نتائج.'),
    otherLanguages: (q, counts) =>
      `لا توجد صفحات باللغة العربية عن «${q}». ${counts
        .map((c) => `النتائج ${SEARCH_WORDS.ar.inLanguage[c.lang]}: ${c.count}`)
        .join('، ')}.`,
    inLanguage: {
      sv: 'باللغة السويدية',
      fi: 'باللغة الفنلندية',
      en: 'باللغة الإنجليزية',
      ar: 'باللغة العربية',
    },
    translated: (date, by) => `تُرجمت كلمات هذه الصفحة من السويدية في ${date} (${by}).`,
  },
};
