/**
 * What people type into the search, and the page that must come first: written for the purpose,
 * from what the people who tried the site typed (issue 33: a BVC nurse's question, two
 * misspellings, the words staff and parents use for the same thing; issue 32: a family centre in
 * Finnish and Arabic) and queries like them. tests/e2e/search.test.ts types each one into the
 * search page, as a visitor would. A row with several pages accepts any of them first: each is a
 * right answer (a kommun with one centre: its kommun page or the centre's).
 */

export interface SearchCase {
  query: string;
  /** The page that must come first, or the pages that may. */
  first: string | readonly string[];
  why: string;
}

/** Words and names a visitor looks for. */
export const WORDS: readonly SearchCase[] = [
  {
    query: 'Smedjebacken',
    first: ['/kommuner/smedjebacken/', '/familjecentraler/smedjebacken/'],
    why: 'a kommun’s name',
  },
  { query: 'Älvdalen', first: '/kommuner/alvdalen/', why: 'a kommun’s name with å/ä/ö' },
  { query: 'Borlänge', first: '/kommuner/borlange/', why: 'a kommun’s name' },
  { query: 'Sopranen', first: '/familjecentraler/borlange/', why: 'a centre’s own name' },
  { query: 'VillGott', first: '/familjecentraler/ludvika/', why: 'a centre’s own name' },
  { query: 'Geneta', first: '/familjecentraler/geneta/', why: 'an example centre' },
  {
    query: 'Kopparberg',
    first: '/familjecentraler/familjens-hus-kopparberg/',
    why: 'an example centre',
  },
  { query: 'BUP', first: '/vagledning/samverkan-och-overgangar/', why: 'an abbreviation' },
  { query: 'barnkonventionen', first: '/vagledning/vardegrund/', why: 'a chapter’s key term' },
  { query: 'folkhälsomålet', first: '/vagledning/vardegrund/', why: 'a chapter’s key term' },
  { query: 'styrgrupp', first: '/mallar/styrgruppsuppdrag/', why: 'the template named after it' },
  {
    query: 'avsiktsförklaring',
    first: '/mallar/avsiktsforklaring/',
    why: 'the template a starting kommun needs',
  },
  {
    query: 'lokal överenskommelse',
    first: '/mallar/lokal-overenskommelse/',
    why: 'a template, two words',
  },
  { query: 'checklista', first: '/starta/checklista/', why: 'a tool page' },
  { query: 'självskattning', first: '/starta/sjalvskattning/', why: 'a tool page' },
  {
    query: 'ledningsgrupp',
    first: '/vagledning/organisation-och-ledning/',
    why: 'a chapter’s key term',
  },
  {
    query: 'myndighetsutövning',
    first: ['/vagledning/samverkan-och-overgangar/', '/vagledning/grunduppdrag/', '/ordlista/'],
    why: 'a term with ö',
  },
  { query: 'grunduppdraget', first: '/vagledning/grunduppdrag/', why: 'a term staff use' },
  {
    query: 'Avtal hälsoval',
    first: '/vagledning/starta-en-familjecentral/',
    why: 'a two-word term',
  },
  {
    query: 'elevhälsan',
    first: '/vagledning/samverkan-och-overgangar/',
    why: 'an inflected form (elevhälsa)',
  },
  {
    query: 'familjecentralerna',
    first: '/vagledning/vad-ar-en-familjecentral/',
    why: 'an inflected form (familjecentral)',
  },
  {
    query: 'tillgänglighetsredogörelse',
    first: '/tillganglighet/',
    why: 'a page a visitor looks for',
  },
  {
    query: 'överlämnandesamtal',
    first: '/vagledning/samverkan-och-overgangar/',
    why: 'the chapter that explains it',
  },
  { query: 'Capio', first: '/familjecentraler/geneta/', why: 'a word only on one centre page' },
];

/** Questions as people type them: no page has every word, stop words and all. */
export const QUESTIONS: readonly SearchCase[] = [
  {
    query: 'vad får jag berätta för socialtjänsten',
    // The chapter, or the easy-read text on the same thing: both say what the staff may tell.
    first: [
      '/vagledning/sekretess-samtycke-och-anmalningsplikt/',
      '/lattlast/vad-ar-en-familjecentral/',
    ],
    why: 'a BVC nurse’s question (issue 33)',
  },
  {
    query: 'när måste jag göra en orosanmälan',
    first: '/vagledning/sekretess-samtycke-och-anmalningsplikt/',
    why: 'a question with one word that carries meaning',
  },
  {
    query: 'får personalen prata med varandra om mitt barn',
    first: '/vagledning/sekretess-samtycke-och-anmalningsplikt/',
    why: 'a parent’s question, no page with every meaningful word',
  },
  {
    query: 'vem ska sitta i styrgruppen',
    first: '/mallar/styrgruppsuppdrag/',
    why: 'a coordinator’s question',
  },
  {
    query: 'hur startar man en familjecentral',
    first: ['/starta/', '/vagledning/starta-en-familjecentral/'],
    why: 'a starting kommun’s question',
  },
  {
    query: 'finns det en familjecentral i Mora',
    first: ['/familjecentraler/mora/', '/kommuner/mora/'],
    why: 'a parent’s question about their kommun',
  },
  {
    query: 'när har öppna förskolan öppet i Orsa',
    first: '/familjecentraler/orsa/',
    why: 'a parent’s question about a centre’s week',
  },
  {
    query: 'vad betyder anmälningsplikt',
    first: '/vagledning/sekretess-samtycke-och-anmalningsplikt/',
    why: 'a word staff use',
  },
];

/** Misspellings with one clear correction, whose results the search shows at once. */
export const MISSPELLINGS: readonly (SearchCase & { corrected: string })[] = [
  {
    query: 'famljecentral',
    corrected: 'familjecentral',
    first: '/vagledning/vad-ar-en-familjecentral/',
    why: 'a letter left out (issue 33)',
  },
  {
    query: 'barnkonvetionen',
    corrected: 'barnkonventionen',
    first: '/vagledning/vardegrund/',
    why: 'a letter left out (issue 33)',
  },
  {
    query: 'avsiktsförklarning',
    corrected: 'avsiktsförklaring',
    first: '/mallar/avsiktsforklaring/',
    why: 'a letter too many',
  },
  {
    query: 'självskatning',
    corrected: 'självskattning',
    first: '/starta/sjalvskattning/',
    why: 'a double letter single',
  },
  {
    query: 'myndighetsutövnig',
    corrected: 'myndighetsutövning',
    first: ['/vagledning/samverkan-och-overgangar/', '/vagledning/grunduppdrag/', '/ordlista/'],
    why: 'a letter left out at the end',
  },
  {
    query: 'Smedjebaken',
    corrected: 'Smedjebacken',
    first: ['/kommuner/smedjebacken/', '/familjecentraler/smedjebacken/'],
    why: 'a kommun’s name, its capital kept',
  },
  {
    query: 'lokal överenskomelse',
    corrected: 'lokal överenskommelse',
    first: '/mallar/lokal-overenskommelse/',
    why: 'one word of two misspelt',
  },
];

/**
 * Words for the same thing (src/content/synonymer.yaml): each word of a group finds the same
 * pages, in the same order, with this page first.
 */
export const SYNONYMS: readonly { words: readonly string[]; first: string; why: string }[] = [
  {
    words: ['sekretess', 'tystnadsplikt'],
    first: '/vagledning/sekretess-samtycke-och-anmalningsplikt/',
    why: 'the law’s word and staff’s word',
  },
  {
    words: ['orosanmälan', 'anmälningsplikt'],
    first: '/vagledning/sekretess-samtycke-och-anmalningsplikt/',
    why: 'what staff do and the duty behind it',
  },
  {
    words: ['öppettider Orsa', 'veckans program Orsa'],
    first: '/familjecentraler/orsa/',
    why: 'a parent’s word and the centre page’s heading',
  },
  {
    words: ['BVC', 'barnavårdscentral', 'barnhälsovård'],
    first: '/ordlista/',
    why: 'the abbreviation, the place and the service',
  },
  {
    words: ['MVC', 'barnmorskemottagning', 'mödrahälsovård'],
    first: '/ordlista/',
    why: 'the abbreviation, the place and the service',
  },
];

/**
 * Words in another language, typed into the Swedish search box: that language's pages, marked
 * with the language. (Every translated page is also searched for from its language's own search
 * page, from the built pages: search.test.ts.)
 */
export const OTHER_LANGUAGES: readonly (SearchCase & { label: string })[] = [
  {
    query: 'perhekeskus',
    first: '/fi/vad-ar-en-familjecentral/',
    label: 'På finska',
    why: 'family centre in Finnish (issue 32)',
  },
  {
    query: 'مركز الأسرة',
    first: '/ar/vad-ar-en-familjecentral/',
    label: 'På arabiska',
    why: 'family centre in Arabic (issue 32)',
  },
  {
    query: 'family centre',
    // Any English page: the easy-read text, the start page or a kommun's page all say it.
    first: '/en/*',
    label: 'På engelska',
    why: 'family centre in English; "family" is a letter from "familj", but English has both words',
  },
];
