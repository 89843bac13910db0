/**
 * The parents' pages in another language beside the centre pages: the language's start page (what
 * a family centre is, and each kommun with its status, leading to the kommun's page in the
 * language) and a kommun's page (its status, its centres, where to go now, whom to call), from the
 * same views and telling as the Swedish pages, with the language's words; and the list of every
 * page in a language, for its search page without JavaScript.
 */
import type { SiteContent } from '../content/site-content';
import { siteConfig } from '../content/site-config';
import { indexBy } from '../content/query';
import { href, routes } from '../paths';
import { kommunSlug } from '../slug';
import { regionKommunViews, translatedCentres } from '../register/views';
import { kommunStatusText } from '../telling/age';
import type { TranslationLanguage } from './languages';
import { wordsIn } from './page-words';

/** The easy-read text in a language, when it is translated. */
export function easyReadIn(site: SiteContent, lang: TranslationLanguage) {
  const swedish = site.easyRead[0];
  return swedish
    ? site.translations.find((t) => t.data.lang === lang && t.data.translates.id === swedish.id)
    : undefined;
}

export function translatedStart(site: SiteContent, lang: TranslationLanguage) {
  const words = wordsIn(site, lang);
  const easyRead = easyReadIn(site, lang);
  return {
    words,
    easyRead: easyRead && {
      href: href(routes.translation(easyRead.id)),
      title: easyRead.data.title,
    },
    kommuner: regionKommunViews(site).map((k) => ({
      name: k.name,
      href: href(routes.translatedKommun(lang, k.slug)),
      status: k.situation.status,
      statusText: kommunStatusText(words, k.situation),
    })),
  };
}

/** Where a centre of the kommun has a page in the language, that page; else its Swedish page. */
export function centreLink(site: SiteContent, lang: TranslationLanguage) {
  const translated = new Set(translatedCentres(site).map((c) => c.id));
  return (id: string) =>
    translated.has(id)
      ? { href: href(routes.translatedCentre(lang, id)), swedish: false }
      : { href: href(routes.centre(id)), swedish: true };
}

/** The kommuner of the region, by slug: the translated kommun pages' paths. */
export const kommunBySlug = (site: SiteContent) =>
  indexBy(site.regionKommuner, (k) => kommunSlug(k));

/** A page in a language, as a list of them names it; a Swedish name is marked so. */
export interface PageInLanguage {
  title: string;
  path: string;
  swedishName: boolean;
}

/**
 * Every page in a language, for a visitor whose search needs JavaScript it does not have: the
 * start page, the texts, each kommun's page and each centre's page.
 */
export function pagesInLanguage(site: SiteContent, lang: TranslationLanguage): PageInLanguage[] {
  const words = wordsIn(site, lang);
  return [
    {
      title: words.t('start.heading', { lan: siteConfig.region.lanName }),
      path: routes.translatedStart(lang),
      swedishName: false,
    },
    ...site.translations
      .filter((t) => t.data.lang === lang)
      .map((t) => ({ title: t.data.title, path: routes.translation(t.id), swedishName: false })),
    ...regionKommunViews(site).map((k) => ({
      title: k.name,
      path: routes.translatedKommun(lang, k.slug),
      swedishName: true,
    })),
    ...translatedCentres(site).map((c) => ({
      title: c.data.name,
      path: routes.translatedCentre(lang, c.id),
      swedishName: true,
    })),
  ];
}
