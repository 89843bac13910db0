/**
 * What a page in each translation language needs: the language's own name (as a link to it
 * reads in every language), its direction, the locale its dates are written in, and the sentences
 * the site itself says on a translated page. Those sentences claim nothing about family centres:
 * they say when and how the page was translated, and that the Swedish page applies.
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
    translated: (date, by, from) =>
      `Käännetty ruotsinkielisestä selkotekstistä ”${from}” ${date} (${by}).`,
    notChecked:
      'Pätevä kääntäjä ei ole tarkistanut käännöstä. Ruotsinkielinen sivu on se, joka pätee.',
    checked: 'Pätevä kääntäjä on tarkistanut käännöksen.',
    outdated:
      'Ruotsinkielistä tekstiä on muutettu tämän käännöksen jälkeen. Lue ruotsinkielinen sivu, kunnes käännös on päivitetty.',
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
    translated: (date, by, from) =>
      `Translated from the Swedish easy-to-read text “${from}” on ${date} (${by}).`,
    notChecked:
      'A qualified translator has not checked this translation. The Swedish page is the one that applies.',
    checked: 'A qualified translator has checked this translation.',
    outdated:
      'The Swedish text has been changed since this translation was made. Read the Swedish page until the translation has been updated.',
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
    translated: (date, by, from) =>
      `تُرجم من النص السويدي السهل القراءة «${from}» في ${date} (${by}).`,
    notChecked: 'لم يراجع مترجم مؤهل هذه الترجمة. الصفحة السويدية هي التي يُعمل بها.',
    checked: 'راجع مترجم مؤهل هذه الترجمة.',
    outdated:
      'تم تغيير النص السويدي بعد إعداد هذه الترجمة. اقرأ الصفحة السويدية حتى يتم تحديث الترجمة.',
    swedishPage: 'الصفحة باللغة السويدية',
    sources: 'المصادر (باللغة السويدية)',
    machine: 'ترجمة آلية',
    inSwedish: '(باللغة السويدية)',
    otherLanguages: 'لغات أخرى',
  },
};

/**
 * The fixed words of a centre's page for parents, in each language: labels, the names of the
 * basic services, weekdays and the sentences that carry structured facts (hours a week, a closed
 * day). Facts come from the data; free text (names, places, notes) stays in Swedish and is marked
 * so. These words were translated with the texts, as `PHRASES_TRANSLATED` says.
 */
export interface CentrePhrases {
  boxTitle: string;
  what: string;
  where: string;
  plannedWhere: string;
  when: string;
  ask: string;
  unknown: string;
  notOpen: string;
  closed: string;
  services: Record<'mvc' | 'bvc' | 'oppen-forskola' | 'socialtjanst', string>;
  weekdays: Record<'mån' | 'tis' | 'ons' | 'tor' | 'fre' | 'lör' | 'sön', string>;
  hoursPerWeek: (hours: string) => string;
  confidentiality: string;
  confidentialityLabel: string;
  /** Attribution: who says it, and when. */
  undated: string;
  read: (date: string) => string;
  dateMissing: string;
  according: (who: string) => string;
  contact: string;
  contactKinds: Record<'telefon' | 'e-post' | 'besoksadress' | 'webbplats' | '1177', string>;
  onMap: string;
  noOwnNumber: string;
  noOwnNumberWeb: string;
  week: string;
  regularWeek: string;
  exceptions: string;
  exceptionKinds: Record<'stängt' | 'ändrad-tid', string>;
  until: (date: string) => string;
  source: string;
  inSwedishNote: string;
  /** When and how the fixed words were translated, and where the facts come from. */
  pageNote: (date: string, by: string) => string;
}

export const PHRASES: Record<TranslationLanguage, CentrePhrases> = {
  en: {
    boxTitle: 'For you as a parent',
    what: 'What you can do here',
    where: 'Where',
    plannedWhere: 'Planned place',
    when: 'When',
    ask: 'Whom you can ask',
    unknown: 'information missing – ask the municipality',
    notOpen:
      'According to our sources, the family centre is not open. What is written here is planned.',
    closed: 'According to our sources, the family centre is closed.',
    services: {
      mvc: 'Maternity care (MVC)',
      bvc: 'Child health care (BVC)',
      'oppen-forskola': 'Open preschool',
      socialtjanst: 'Social services',
    },
    weekdays: {
      mån: 'Monday',
      tis: 'Tuesday',
      ons: 'Wednesday',
      tor: 'Thursday',
      fre: 'Friday',
      lör: 'Saturday',
      sön: 'Sunday',
    },
    hoursPerWeek: (hours) => `The open preschool is open ${hours} hours a week.`,
    confidentiality:
      'About the duty of confidentiality and the duty to report: read the easy-to-read text',
    confidentialityLabel: 'Duty of confidentiality and duty to report',
    undated: 'undated',
    read: (date) => `undated, read on ${date}`,
    dateMissing: 'date missing',
    according: (who) => `according to ${who}`,
    contact: 'Contact',
    contactKinds: {
      telefon: 'Phone',
      'e-post': 'E-mail',
      besoksadress: 'Visiting address',
      webbplats: 'Website',
      '1177': 'Page on 1177',
    },
    onMap: 'Show on a map',
    noOwnNumber:
      'The family centre’s own phone number is missing. Call the municipality and ask for the family centre:',
    noOwnNumberWeb:
      'The family centre’s own phone number is missing. See the municipality’s website, or ask at BVC:',
    week: 'This week’s programme',
    regularWeek: 'A regular week',
    exceptions: 'Closed and changed hours',
    exceptionKinds: { stängt: 'Closed', 'ändrad-tid': 'Changed hours' },
    until: (date) => `until ${date}`,
    source: 'Source',
    inSwedishNote:
      'Names, places and activities are written in Swedish, as the sources write them.',
    pageNote: (date, by) =>
      `The fixed words on this page were translated from Swedish on ${date} (${by}). The facts come from the same data as the Swedish page.`,
  },
  fi: {
    boxTitle: 'Sinulle vanhempana',
    what: 'Mitä voit tehdä täällä',
    where: 'Missä',
    plannedWhere: 'Suunniteltu paikka',
    when: 'Milloin',
    ask: 'Keneltä voit kysyä',
    unknown: 'tieto puuttuu – kysy kunnasta',
    notOpen: 'Lähteidemme mukaan perhekeskus ei ole auki. Tässä kerrottu on suunnitelmaa.',
    closed: 'Lähteidemme mukaan perhekeskus on suljettu.',
    services: {
      mvc: 'Äitiysneuvola (MVC)',
      bvc: 'Lastenneuvola (BVC)',
      'oppen-forskola': 'Avoin päiväkoti',
      socialtjanst: 'Sosiaalipalvelut',
    },
    weekdays: {
      mån: 'Maanantai',
      tis: 'Tiistai',
      ons: 'Keskiviikko',
      tor: 'Torstai',
      fre: 'Perjantai',
      lör: 'Lauantai',
      sön: 'Sunnuntai',
    },
    hoursPerWeek: (hours) => `Avoin päiväkoti on auki ${hours} tuntia viikossa.`,
    confidentiality: 'Vaitiolovelvollisuudesta ja ilmoitusvelvollisuudesta: lue selkoteksti',
    confidentialityLabel: 'Vaitiolovelvollisuus ja ilmoitusvelvollisuus',
    undated: 'ei päiväystä',
    read: (date) => `ei päiväystä, luettu ${date}`,
    dateMissing: 'päiväys puuttuu',
    according: (who) => `lähteen ${who} mukaan`,
    contact: 'Yhteystiedot',
    contactKinds: {
      telefon: 'Puhelin',
      'e-post': 'Sähköposti',
      besoksadress: 'Käyntiosoite',
      webbplats: 'Verkkosivu',
      '1177': 'Sivu 1177:ssä',
    },
    onMap: 'Näytä kartalla',
    noOwnNumber: 'Perhekeskuksen omaa puhelinnumeroa ei ole. Soita kuntaan ja kysy perhekeskusta:',
    noOwnNumberWeb:
      'Perhekeskuksen omaa puhelinnumeroa ei ole. Katso kunnan verkkosivua tai kysy BVC:stä:',
    week: 'Viikon ohjelma',
    regularWeek: 'Tavallinen viikko',
    exceptions: 'Suljettu ja muuttuneet ajat',
    exceptionKinds: { stängt: 'Suljettu', 'ändrad-tid': 'Muuttunut aika' },
    until: (date) => `${date} asti`,
    source: 'Lähde',
    inSwedishNote: 'Nimet, paikat ja toiminnot on kirjoitettu ruotsiksi, kuten lähteissä.',
    pageNote: (date, by) =>
      `Tämän sivun vakiosanat on käännetty ruotsista ${date} (${by}). Tiedot ovat samat kuin ruotsinkielisellä sivulla.`,
  },
  ar: {
    boxTitle: 'لك بصفتك أبًا أو أمًا',
    what: 'ماذا يمكنك أن تفعل هنا',
    where: 'أين',
    plannedWhere: 'المكان المخطط له',
    when: 'متى',
    ask: 'من يمكنك أن تسأل',
    unknown: 'المعلومة غير متوفرة – اسأل البلدية',
    notOpen: 'حسب مصادرنا، مركز الأسرة غير مفتوح. ما هو مكتوب هنا مخطط له.',
    closed: 'حسب مصادرنا، مركز الأسرة مغلق.',
    services: {
      mvc: 'رعاية الأمومة (MVC)',
      bvc: 'رعاية صحة الطفل (BVC)',
      'oppen-forskola': 'الروضة المفتوحة',
      socialtjanst: 'الخدمات الاجتماعية',
    },
    weekdays: {
      mån: 'الاثنين',
      tis: 'الثلاثاء',
      ons: 'الأربعاء',
      tor: 'الخميس',
      fre: 'الجمعة',
      lör: 'السبت',
      sön: 'الأحد',
    },
    hoursPerWeek: (hours) => `الروضة المفتوحة مفتوحة ${hours} ساعة في الأسبوع.`,
    confidentiality: 'عن واجب السرية وواجب الإبلاغ: اقرأ النص السهل القراءة',
    confidentialityLabel: 'واجب السرية وواجب الإبلاغ',
    undated: 'بدون تاريخ',
    read: (date) => `بدون تاريخ، قُرئ في ${date}`,
    dateMissing: 'التاريخ غير متوفر',
    according: (who) => `حسب ${who}`,
    contact: 'التواصل',
    contactKinds: {
      telefon: 'الهاتف',
      'e-post': 'البريد الإلكتروني',
      besoksadress: 'عنوان الزيارة',
      webbplats: 'الموقع الإلكتروني',
      '1177': 'صفحة على 1177',
    },
    onMap: 'اعرض على الخريطة',
    noOwnNumber: 'رقم هاتف مركز الأسرة غير متوفر. اتصل بالبلدية واسأل عن مركز الأسرة:',
    noOwnNumberWeb:
      'رقم هاتف مركز الأسرة غير متوفر. انظر الموقع الإلكتروني للبلدية أو اسأل في BVC:',
    week: 'برنامج الأسبوع',
    regularWeek: 'أسبوع عادي',
    exceptions: 'الإغلاق وتغيير المواعيد',
    exceptionKinds: { stängt: 'مغلق', 'ändrad-tid': 'موعد متغير' },
    until: (date) => `حتى ${date}`,
    source: 'المصدر',
    inSwedishNote: 'الأسماء والأماكن والأنشطة مكتوبة باللغة السويدية كما تكتبها المصادر.',
    pageNote: (date, by) =>
      `تُرجمت الكلمات الثابتة في هذه الصفحة من السويدية في ${date} (${by}). المعلومات مأخوذة من البيانات نفسها التي تستخدمها الصفحة السويدية.`,
  },
};

/** When and how the fixed words of the centre pages were translated, as a translation entry says it for a text. */
export const PHRASES_TRANSLATED = {
  translatedOn: new Date('2026-12-02T00:00:00Z'),
  translatedBy: MACHINE_TRANSLATION,
  checked: false,
} as const;

/** "2 December 2026" in the page's own language, with Latin digits. */
export function formatDateIn(lang: TranslationLanguage, date: Date): string {
  return new Intl.DateTimeFormat(LANGUAGES[lang].locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

/** Who translated it, in the page's language: a machine translation is named so; a role stays as written. */
export function translatorIn(lang: TranslationLanguage, translatedBy: string): string {
  return translatedBy === MACHINE_TRANSLATION ? LANGUAGES[lang].machine : translatedBy;
}
