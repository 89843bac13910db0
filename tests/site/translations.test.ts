/**
 * The translated parent pages in the built site: one per translation file and one per open centre
 * of the region in each language, each in its language and direction, saying in that language how
 * and when it was translated and whether it has been checked, linked both ways with the Swedish
 * page (hreflang). A translated text follows its Swedish text line for line and is not marked
 * outdated while the Swedish text is the one it was made from; a centre's page gives the same
 * times and phone numbers as the Swedish page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { builtFiles, builtPages, DIST, page } from '../support/dist';
import { contentDir } from '../../src/lib/content/dir';
import { LANGUAGES } from '../../src/lib/translation/languages';
import { phraseStates, wordsFrom } from '../../src/lib/translation/words';
import { checkedNotice, translatorIn } from '../../src/lib/translation/view';
import { MESSAGE_IDS } from '../../src/lib/telling/messages';
import { phrasesIn } from '../support/phrases';
import { regionCentres } from '../support/site-data';
import { searchPageWords } from '../../src/lib/telling/search-page';
import { isSearchPhrases, SEARCH_MESSAGE_IDS } from '../../src/lib/telling/search-sentences';
import {
  TRANSLATION_LANGUAGES,
  type TranslationLanguage,
} from '../../src/schemas/translation-vocabulary';
import { defined } from '../support/defined';
import { isoDay } from '../../src/lib/format';
import {
  currentTexts,
  translatableTexts,
  centreTextsOf,
  type TranslatedText,
} from '../../src/lib/translation/centre-texts';

const folder = join(contentDir(), 'oversattningar');
const files = existsSync(folder)
  ? readdirSync(folder, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.mdx'))
  : [];
const allTranslated = builtPages().filter(
  (p) => p.root.querySelector('html')!.getAttribute('lang') !== 'sv',
);
const isCentre = (url: string) => /^\/\w+\/familjecentraler\//.test(url);
/** The language's start page and kommun pages: built from the views, not from a translated text. */
const isOwnPage = (url: string) => /^\/\w+\/(kommuner\/[^/]+\/)?$/.test(url);
const isSearch = (url: string) => /^\/\w+\/sok\/$/.test(url);
const translated = allTranslated.filter(
  (p) => !isCentre(p.url) && !isOwnPage(p.url) && !isSearch(p.url),
);
const centrePages = allTranslated.filter((p) => isCentre(p.url));
const searchPages = allTranslated.filter((p) => isSearch(p.url));
const langOf = (p: { root: HTMLElement }) =>
  p.root.querySelector('html')!.getAttribute('lang') as TranslationLanguage;
const alternates = (p: { root: HTMLElement }) =>
  new Map(
    p.root
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => [l.getAttribute('hreflang')!, new URL(l.getAttribute('href')!).pathname]),
  );
const phrasesOf = (lang: TranslationLanguage) => phrasesIn(contentDir(), lang);
/** The languages the site has pages in: those with a phrase file. */
const siteLanguages = TRANSLATION_LANGUAGES.filter((lang) =>
  existsSync(join(contentDir(), 'oversattningar-fraser', `${lang}.yaml`)),
);

/** The text's shape: headings, list items and lines (a line break or a paragraph each). */
const shape = (article: HTMLElement) => ({
  headings: article.querySelectorAll('h2').length,
  items: article.querySelectorAll('li').length,
  lines: article.querySelectorAll('br').length + article.querySelectorAll(':scope > p').length,
});

it('has a page for every translation file and for every open centre of the region in each language, and no other page outside Swedish', () => {
  expect(translated.map((p) => p.url).sort()).toEqual(
    files.map((f) => `/${f.replace(/\.mdx$/, '')}/`).sort(),
  );
  const open = regionCentres.filter((c) => c.status === 'öppen');
  expect(centrePages.map((p) => p.url).sort()).toEqual(
    siteLanguages.flatMap((lang) => open.map((c) => `/${lang}/familjecentraler/${c.id}/`)).sort(),
  );
  expect(searchPages.map((p) => p.url).sort()).toEqual(
    TRANSLATION_LANGUAGES.map((lang) => `/${lang}/sok/`).sort(),
  );
  for (const p of allTranslated) expect(TRANSLATION_LANGUAGES).toContain(langOf(p));
});

it('the fixed words of every language with pages: every message translated, from the Swedish message as it is now, so none is left in Swedish', () => {
  for (const lang of siteLanguages) {
    const phrases = phrasesOf(lang);
    expect(phrases.map((p) => p.id).sort(), lang).toEqual([...MESSAGE_IDS].sort());
    expect(
      phraseStates(phrases).outdated.map((p) => p.id),
      lang,
    ).toEqual([]);
    const words = wordsFrom(lang, phrases);
    expect(
      MESSAGE_IDS.filter((id) => words.fallback(id)),
      lang,
    ).toEqual([]);
  }
});

describe.each(searchPages.map((p) => [p.url, p] as const))('%s', (_, p) => {
  const lang = langOf(p);
  const phrases = phrasesOf(lang);
  const pageWords = wordsFrom(lang, phrases);
  const words = searchPageWords(lang, pageWords);

  it('is in its language and direction, its form’s words in it, and says when and how they were translated', () => {
    expect(p.root.querySelector('html')?.getAttribute('dir')).toBe(LANGUAGES[lang].dir);
    expect(p.root.querySelector('h1')?.textContent).toBe(words.heading);
    expect(p.root.querySelector('label[for="fc-search-q"]')?.textContent).toBe(words.label);
    expect(p.root.querySelector('#fc-search button')?.textContent).toBe(words.button);
    const note = p.root.querySelector('[data-translation-note]')?.textContent ?? '';
    // The words were translated when the newest of the language's fixed words was.
    const newest = new Date(Math.max(...phrases.map((u) => u.translatedOn.getTime())));
    const machine = phrases.some((u) => u.translatedBy === 'maskinöversättning');
    expect(note).toContain(
      pageWords.t('page.wordsNote', {
        date: pageWords.day(isoDay(newest)),
        by: translatorIn(
          pageWords,
          machine ? 'maskinöversättning' : defined(phrases[0]).translatedBy,
        ),
      }),
    );
    expect(note).toContain(
      pageWords.t(phrases.every((u) => u.checked) ? 'page.checked' : 'page.notChecked'),
    );
    for (const part of ['header.fc-header', 'footer.fc-footer'])
      expect(p.root.querySelector(part)?.getAttribute('lang')).toBe('sv');
  });

  it('carries the sentences its script answers with, each as the phrase file translates it', () => {
    const carried: unknown = JSON.parse(
      p.root.querySelector('#fc-search')?.getAttribute('data-phrases') ?? 'null',
    );
    if (!isSearchPhrases(carried))
      throw new Error(`${p.url}: data-phrases is not the search messages`);
    expect(carried.lang).toBe(lang);
    expect(carried.locale).toBe(LANGUAGES[lang].locale);
    const translatedText = new Map(phrases.map((u) => [u.id, u.text]));
    for (const id of SEARCH_MESSAGE_IDS)
      expect(carried.messages[id], id).toBe(translatedText.get(id));
    expect(carried.swedish).toEqual([]);
  });

  it('and the Swedish search page link each other with hreflang', () => {
    expect(alternates(p).get('sv')).toBe('/sok/');
    expect(alternates(page('/sok/')).get(lang)).toBe(p.url);
  });

  it('lists every other page in its language for a visitor without JavaScript: start, texts, kommuner, centres', () => {
    const listed = p.root.querySelectorAll('#fc-search-nojs a').map((a) => a.getAttribute('href'));
    const others = allTranslated
      .filter((o) => langOf(o) === lang && o.url !== p.url)
      .map((o) => o.url);
    expect([...listed].sort()).toEqual(others.sort());
  });
});

describe.each(centrePages.map((p) => [p.url, p] as const))('%s', (_, p) => {
  const lang = langOf(p);
  const swedish = page(p.url.replace(/^\/\w+/, ''));
  const phrases = phrasesOf(lang);
  const words = wordsFrom(lang, phrases);
  const times = (root: HTMLElement) =>
    [
      ...new Set(
        root
          .querySelectorAll('.fc-week [data-session-from]')
          .map(
            (li) => `${li.getAttribute('data-session-from')}–${li.getAttribute('data-session-to')}`,
          ),
      ),
    ].sort();
  const phones = (root: HTMLElement) =>
    [
      ...new Set(root.querySelectorAll('main a[href^="tel:"]').map((a) => a.getAttribute('href'))),
    ].sort();

  it('is in its language and direction, and says in it when and how its words were translated and whether they are checked', () => {
    expect(p.root.querySelector('html')!.getAttribute('dir')).toBe(LANGUAGES[lang].dir);
    const note = p.root.querySelector('[data-translation-note]')!.textContent;
    const newest = new Date(Math.max(...phrases.map((x) => x.translatedOn.getTime())));
    expect(note).toContain(
      words.t('page.centreNote', {
        date: words.day(isoDay(newest)),
        by: translatorIn(words, defined(phrases[0]).translatedBy),
      }),
    );
    const sentenceDir = join(contentDir(), 'oversattningar-foraldratexter', lang);
    const sentences = (existsSync(sentenceDir) ? readdirSync(sentenceDir) : []).map(
      (f) => yaml.load(readFileSync(join(sentenceDir, f), 'utf8')) as { checked: boolean },
    );
    expect(note).toContain(
      checkedNotice(words, [
        { part: 'page.part.words', checked: phrases.every((x) => x.checked) },
        {
          part: 'page.part.box',
          checked: sentences.length > 0 && sentences.every((x) => x.checked),
        },
      ]),
    );
  });

  it('tells the same status, age and programme age as the Swedish page, in its own words', () => {
    const line = (root: HTMLElement) => root.querySelector('[data-status-line]')!;
    expect(line(p.root).getAttribute('data-age')).toBe(line(swedish.root).getAttribute('data-age'));
    expect(line(p.root).textContent.trim()).not.toBe(line(swedish.root).textContent.trim());
    const intro = (root: HTMLElement) =>
      root.querySelector('[data-box-age]')?.getAttribute('data-box-age') ?? null;
    expect(intro(p.root)).toBe(intro(swedish.root));
    const week = (root: HTMLElement) =>
      root.querySelector('[data-week-age]')?.getAttribute('data-week-age') ?? null;
    expect(week(p.root)).toBe(week(swedish.root));
    const tag = (root: HTMLElement) =>
      root.querySelector('.fc-lead .fc-tag')!.getAttribute('class');
    expect(tag(p.root)).toBe(tag(swedish.root));
  });

  it('marks each source’s Swedish name where it says who says a fact, so a screen reader speaks it in Swedish', () => {
    const teller = '.fc-parent__by, .fc-contact__by, .fc-week__by';
    const tellers = p.root.querySelectorAll(teller);
    // As many as the Swedish page has, each with the source's name marked Swedish.
    expect(tellers.length).toBe(swedish.root.querySelectorAll(teller).length);
    for (const said of tellers)
      expect(said.querySelectorAll('[lang="sv"]').length, said.textContent).toBeGreaterThan(0);
  });

  it('says what the centre’s own file says of its contact items in its language where a translation is made from the Swedish as it is now, and otherwise in Swedish, marked so', () => {
    const id = defined(/\/familjecentraler\/([^/]+)\/$/.exec(p.url)?.[1], 'a centre id');
    const centreFile = readdirSync(join(contentDir(), 'centres')).find((f) =>
      new RegExp(`^${id}\\.mdx?$`).test(f),
    );
    const front = readFileSync(join(contentDir(), 'centres', defined(centreFile, id)), 'utf8');
    const swedishTexts = translatableTexts(
      centreTextsOf(yaml.load(defined(/^---\n([\s\S]*?)\n---/.exec(front)?.[1], 'front matter'))),
    );
    const file = join(contentDir(), 'oversattningar-familjecentraler', lang, `${id}.yaml`);
    const texts = existsSync(file)
      ? (yaml.load(readFileSync(file, 'utf8')) as { texts: TranslatedText[] }).texts
      : [];
    const current = currentTexts(swedishTexts, texts);
    const contact = p.root.querySelector('.fc-contact')!;
    const inSwedish = contact.querySelectorAll('[lang="sv"]').map((e) => e.textContent);
    for (const [field, text] of swedishTexts) {
      const translation = current.get(field);
      if (translation) {
        expect(contact.textContent, field).toContain(translation.text);
        expect(inSwedish.some((t) => t.includes(translation.text))).toBe(false);
        expect(
          inSwedish.some((t) => t.includes(text)),
          `${field} also in Swedish`,
        ).toBe(false);
      } else expect(inSwedish, field).toContain(text);
    }
    const note = p.root.querySelector('[data-translation-note]')!.textContent;
    expect(
      note.includes(words.t('page.contactNote', { date: '\0', by: '\0' }).split('\0')[0]!),
    ).toBe(current.size > 0);
  });

  it('gives the same times and phone numbers as the Swedish page, from the same data', () => {
    expect(times(p.root)).toEqual(times(swedish.root));
    expect(phones(p.root)).toEqual(phones(swedish.root));
  });

  it('says the site’s sentence on confidentiality in its language, from the translation of the sentence as it is now', () => {
    const file = join(contentDir(), 'oversattningar-foraldratexter', lang, 'tystnadsplikt.yaml');
    const shown = p.root.querySelector('[data-parent-text="tystnadsplikt"]');
    const onSwedishPage = swedish.root.querySelector('[data-parent-text="tystnadsplikt"]');
    // Said where the Swedish page says it; without a translation in Swedish, marked so: the caveat is never left out.
    expect(shown === null).toBe(onSwedishPage === null);
    if (!onSwedishPage) return;
    if (!existsSync(file))
      return expect(shown?.querySelector('[lang="sv"]') ?? null).not.toBeNull();
    const { text } = yaml.load(readFileSync(file, 'utf8')) as { text: string };
    expect(shown!.textContent).toContain(text.charAt(0).toUpperCase() + text.slice(1));
  });

  it('and the Swedish page link each other with hreflang', () => {
    expect(alternates(p).get('sv')).toBe(swedish.url);
    expect(alternates(swedish).get(lang)).toBe(p.url);
    expect(
      swedish.root.querySelector(`.fc-languages a[hreflang="${lang}"]`)!.textContent.trim(),
    ).toBe(LANGUAGES[lang].ownName);
  });
});

describe.each(translated.map((p) => [p.url, p] as const))('%s', (_, p) => {
  const lang = langOf(p);
  const language = LANGUAGES[lang];
  const words = wordsFrom(lang, phrasesOf(lang));
  const note = p.root.querySelector('[data-translation-note]')!;
  const swedishLink = note.querySelector('a[hreflang="sv"]')!;
  const swedish = page(new URL(swedishLink.getAttribute('href')!, 'http://x').pathname);

  it('is in its language and direction; the site’s own header and footer say they are Swedish', () => {
    expect(p.root.querySelector('html')!.getAttribute('dir')).toBe(language.dir);
    for (const part of ['header.fc-header', 'footer.fc-footer'])
      expect(p.root.querySelector(part)!.getAttribute('lang')).toBe('sv');
  });

  it('says in its own language when it was translated, whether it is checked, and that it is current', () => {
    const text = note.textContent;
    // The sentence's own words, before the date, translator and title it is filled with.
    expect(text).toContain(
      words.t('page.translatedText', { title: '\0', date: '\0', by: '\0' }).split('\0')[0],
    );
    expect(note.querySelector('bdi[lang="sv"]')!.textContent).toBe(
      swedish.root.querySelector('h1')!.textContent,
    );
    expect(
      text.includes(words.t('page.checked')) || text.includes(words.t('page.notChecked')),
    ).toBe(true);
    expect(p.root.querySelector('[data-translation-outdated]')).toBeNull();
  });

  it('and the Swedish page link each other, with hreflang, and name each language in itself', () => {
    const self = alternates(p);
    expect(self.get(lang)).toBe(p.url);
    expect(self.get('sv')).toBe(swedish.url);
    expect(alternates(swedish).get(lang)).toBe(p.url);
    const back = swedish.root.querySelector(`.fc-languages a[hreflang="${lang}"]`)!;
    expect(back.textContent.trim()).toBe(language.ownName);
    expect(back.getAttribute('lang')).toBe(lang);
  });

  it('follows the Swedish text line for line: as many headings, list items and lines', () => {
    const article = p.root.querySelector('article')!.clone() as HTMLElement;
    article.querySelector('[data-translation-note]')!.remove();
    const original = swedish.root.querySelector('article')!.clone() as HTMLElement;
    original.querySelector('.fc-easy__label')?.remove();
    expect(shape(article)).toEqual(shape(original));
  });
});

it.each(allTranslated.filter((p) => LANGUAGES[langOf(p)].dir === 'rtl').map((p) => p.url))(
  '%s, right to left, has a font for its script from the site, for the page’s own language only',
  (url) => {
    const sheets = page(url)
      .root.querySelectorAll('link[rel="stylesheet"]')
      .map((l) => readFileSync(join(DIST, l.getAttribute('href')!), 'utf8'))
      .join('\n');
    const face =
      /@font-face\{[^}]*font-family:\s*["']?Noto Sans Arabic["']?[^}]*src:\s*url\(([^)]+)\)[^}]*\}/.exec(
        sheets,
      );
    const fontUrl = defined(face?.[1], 'an @font-face for the Arabic font');
    expect(existsSync(join(DIST, fontUrl.replace(/["']/g, '')))).toBe(true);
    expect(sheets).toMatch(/html\[lang=["']?ar["']?\]\{font-family:\s*["']?Noto Sans Arabic/);
  },
);

it('every Swedish page a parent uses links its versions in each language, in the language’s own name, right after its heading', () => {
  const kommunPages = builtPages().filter((p) => /^\/kommuner\/[^/]+\/$/.test(p.url));
  const withVersions = [
    { url: '/', versions: (lang: string) => `/${lang}/` },
    { url: '/familjecentraler/', versions: (lang: string) => `/${lang}/` },
    ...kommunPages.map((p) => ({
      url: p.url,
      versions: (lang: string) => `/${lang}${p.url}`,
    })),
    ...centrePages
      .filter((p) => langOf(p) === siteLanguages[0])
      .map((p) => ({
        url: p.url.replace(/^\/\w+/, ''),
        versions: (lang: string) => `/${lang}${p.url.replace(/^\/\w+/, '')}`,
      })),
  ];
  for (const { url, versions } of withVersions) {
    const root = page(url).root;
    const nav = root.querySelector('main h1 + .fc-languages');
    expect(nav, `${url}: language links right after the heading`).not.toBeNull();
    const links = nav!.querySelectorAll('a[hreflang]');
    expect(
      links.map((a) => a.getAttribute('href')),
      url,
    ).toEqual(siteLanguages.map(versions));
    for (const a of links)
      expect(a.textContent.trim()).toBe(
        LANGUAGES[a.getAttribute('hreflang') as TranslationLanguage].ownName,
      );
  }
});

it('leaves no mark of a Swedish term ([[…]]) in any page, calendar feed or open-data file', () => {
  for (const p of builtPages()) expect(p.root.textContent, p.url).not.toMatch(/\[\[|\]\]/);
  const others = [...builtFiles()].filter((f) => /\.(ics|json|csv|xml)$/.test(f));
  expect(others.some((f) => f.endsWith('.ics'))).toBe(true);
  for (const f of others)
    expect(readFileSync(join(DIST, f), 'utf8'), f).not.toMatch(/\[\[[^\]]+\]\]/);
});

it('each language has a start page and a page for every kommun of the region', () => {
  const own = allTranslated.filter((p) => isOwnPage(p.url)).map((p) => p.url);
  const kommunPages = builtPages().filter((p) => /^\/kommuner\/[^/]+\/$/.test(p.url));
  expect(own.sort()).toEqual(
    siteLanguages
      .flatMap((lang) => [`/${lang}/`, ...kommunPages.map((k) => `/${lang}${k.url}`)])
      .sort(),
  );
});
