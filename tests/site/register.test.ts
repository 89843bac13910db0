/**
 * The register as a parent, a kommun and a regional coordinator read it: every centre page says
 * as of when its status holds, has the box for parents and a way to report an error; every
 * kommun page shows its road to a centre; the figures and the goals page's table are the open
 * data; Aktuellt is a valid RSS feed with every news item. Counts and names come from the data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { builtFiles, builtPages, DIST, page, textOf } from '../support/dist';
import { centres, entryCount, kommuner, listEntries } from '../support/site-data';
import { EVENT_STAGE, type CentreEvent } from '../../src/schemas/centre-vocabulary';
import { ROAD } from '../../src/lib/register/stages';
const pathOf = (url: string) => new URL(url).pathname;

describe('every centre page', () => {
  it.each(centres.map((c) => [c.id, c] as const))(
    '%s says as of when its status holds, helps a parent and offers a correction route',
    (id, centre) => {
      const root = page(`/familjecentraler/${id}/`).root;
      const line = root.querySelector('[data-status-line]')!;
      const asOf = textOf(line);
      // The page says the age the open data gives, in the site's one wording.
      expect(line.getAttribute('data-age')).toBe(centre.alder);
      expect(asOf).toBe(centre.status_text);
      if (centre.alder === 'aldre')
        expect(asOf).toMatch(/^Uppgift från .+ – senare uppgift saknas\./);
      else if (centre.alder === 'odaterad') expect(asOf).toMatch(/^Uppgift utan datum /);
      else
        expect(asOf).toMatch(/^Uppgift från [^–]+\.( Samma sak står i en källa utan datum: .+)?$/);
      const box = root.querySelector('.fc-parent')!;
      expect(box.querySelectorAll('dt').map(textOf)).toEqual(
        expect.arrayContaining(
          centre.status === 'öppen'
            ? ['Vad du kan göra här', 'Var', 'När', 'Vem du kan fråga']
            : ['Planerad plats', 'Vem du kan fråga'],
        ),
      );
      // The way to the phone number first in the box, before what can be a long read: its first link
      // goes to the contact block's heading.
      const toContact = box.querySelector('a')?.getAttribute('href') ?? '';
      expect(toContact).toMatch(/^#/);
      expect(textOf(root.querySelector(toContact)!)).toBe('Kontakt');
      // The link to the easy-read text, exactly when the content has one.
      expect(box.querySelector('a[href*="/lattlast/"]') !== null).toBe(entryCount('lattlast') > 0);
      expect(textOf(root.querySelector('#stammer-nagot-inte')!)).toBe('Stämmer något inte?');
    },
  );

  it('says "uppgift saknas – fråga kommunen" for a centre where no source gives a place or hours, and not otherwise', () => {
    // Every centre is one of the two: each assert runs on each centre's box.
    for (const c of centres) {
      const box = page(`/familjecentraler/${c.id}/`).root.querySelector('.fc-parent')!;
      const sourced = box.querySelectorAll('dd .fc-parent__by').length > 0;
      const says = textOf(box).includes('uppgift saknas – fråga kommunen');
      expect(sourced || says, `${c.id}: neither a sourced fact nor "uppgift saknas"`).toBe(true);
    }
  });
});

describe('every kommun page', () => {
  it.each(kommuner.map((k) => [k.kommun, k] as const))(
    '%s shows its road to a family centre with the step reached',
    (_name, kommun) => {
      const root = page(pathOf(kommun.sida)).root;
      const road = root.querySelector('.fc-stages')!;
      const steps = road.querySelectorAll('.fc-stages__step');
      // A step is "nått" only where an event of a counted centre in the kommun records it; a step
      // before the furthest one that no event records says "uppgift saknas", never "nått".
      const counted = centres.filter(
        (c) => c.kommunkod === kommun.kommunkod && c.raknas_som_familjecentral,
      );
      const recorded = new Set(
        counted.flatMap((c) => c.handelser.map((h) => EVENT_STAGE[h.handelse as CentreEvent])),
      );
      for (const step of steps) {
        const stage = step.getAttribute('data-step')!;
        const state = step.getAttribute('data-state');
        // Recorded steps are "nått" when dated (by the event or its source), else told as what an undated source says.
        expect(state === 'nådd' || state === 'odaterad', `${kommun.kommun} ${stage}`).toBe(
          recorded.has(stage as never),
        );
        if (state === 'okänd') expect(textOf(step)).toContain('uppgift saknas');
        if (state === 'odaterad') expect(textOf(step)).toContain('enligt en uppgift utan datum');
        if (state === 'nådd')
          expect(textOf(step)).toMatch(/nått: [\p{L} ]+ (\d{4}|\p{L}+ \d{4}|\d+ \p{L}+ \d{4})$/u);
      }
      expect(steps.length).toBe(ROAD.length);
      const current = road.querySelector('[aria-current="step"]');
      if (kommun.steg === 'ingen' || kommun.steg === 'stangd') expect(current).toBeNull();
      else expect(current).not.toBeNull();
      expect(textOf(road)).toMatch(
        /Senast sökt efter nyare uppgifter: \d+ \p{L}+ \d{4}\.|Ingen har ännu sökt efter uppgifter om kommunen\./u,
      );
      expect(textOf(root.querySelector('#stammer-nagot-inte')!)).toBe('Stämmer något inte?');
    },
  );
});

describe('figures and the goals table equal the open data', () => {
  it('the goals page has one row per kommun of the region, with the stage, date and source of kommuner.json', () => {
    const rows = page('/mal-och-strategi/').root.querySelectorAll('.fc-stage-table tbody tr');
    expect(rows.map((r) => r.getAttribute('data-kommun')).sort()).toEqual(
      kommuner.map((k) => k.kommun).sort(),
    );
    for (const k of kommuner) {
      const row = rows.find((r) => r.getAttribute('data-kommun') === k.kommun)!;
      const sourceLink = row.querySelector('a[href^="/kallor/"][href*="#"]');
      expect(sourceLink?.getAttribute('href')?.split('#')[1] ?? null, k.kommun).toBe(k.steg_kalla);
      if (k.steg_datum) expect(textOf(row), k.kommun).toMatch(new RegExp(k.steg_datum.slice(0, 4)));
    }
  });

  it('the start page’s count of kommuner with a centre is the open data’s, and says as of when', () => {
    const home = page('/').root;
    const withCentre = home
      .querySelectorAll('[data-stat="kommuner-med"] dd')
      .reduce((sum, dd) => sum + Number(textOf(dd).split(' av ')[0]), 0);
    expect(withCentre).toBe(
      kommuner.filter((k) => k.status === 'oppen' || k.status === 'oppen-aldre').length,
    );
    const newest = centres
      .filter((c) => kommuner.some((k) => k.kommunkod === c.kommunkod))
      .map((c) => c.status_datum)
      .filter((d): d is string => d !== null)
      .sort()
      .at(-1)!;
    expect(
      home.querySelector('[data-figures-as-of]')?.getAttribute('data-figures-as-of')?.slice(0, 7),
    ).toBe(newest.slice(0, 7));
    expect(home.querySelector('a[href$="/mal-och-strategi/#sa-raknas-siffrorna"]')).not.toBeNull();
  });
});

/** The fields of an item the tests read: texts, or numbers where a text looks like one. */
type FeedItem = Record<'title' | 'link' | 'description' | 'pubDate', string | number>;

describe('Aktuellt as RSS', () => {
  const xml = readFileSync(join(DIST, 'aktuellt/rss.xml'), 'utf8');
  // The parts of the feed the tests read, as fast-xml-parser gives them.
  const feed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    rss: { '@_version': string; channel: Record<string, string> & { item: FeedItem | FeedItem[] } };
  };
  const items = [feed.rss.channel.item].flat();
  const news = page('/aktuellt/').root.querySelectorAll('.fc-timeline__item');

  it('is an RSS 2.0 channel with a title, a link and a description', () => {
    expect(feed.rss['@_version']).toBe('2.0');
    for (const field of ['title', 'link', 'description', 'language'])
      expect(String(feed.rss.channel[field]).length).toBeGreaterThan(1);
  });

  it('lists every news item once, with a link to its place on Aktuellt and a valid date', () => {
    // Besides the news, the feed carries the centres' closed days (tests/site/week.test.ts).
    const newsItems = items.filter((i) => String(i.link).includes('/aktuellt/#'));
    expect(newsItems).toHaveLength(news.length);
    const anchors = new Set(news.map((n) => n.id));
    for (const item of newsItems) {
      expect(String(item.title).length).toBeGreaterThan(3);
      const link = new URL(String(item.link));
      expect(anchors.has(link.hash.slice(1)), String(item.link)).toBe(true);
    }
    for (const item of items) {
      expect(Number.isNaN(Date.parse(String(item.pubDate)))).toBe(false);
      expect(String(item.description)).toMatch(/Källa: /);
    }
    expect(new Set(newsItems.map((i) => String(i.link))).size).toBe(newsItems.length);
  });

  it('is announced on every page with <link rel="alternate">', () => {
    for (const p of builtPages())
      expect(
        p.root
          .querySelector('link[rel="alternate"][type="application/rss+xml"]')
          ?.getAttribute('href'),
        p.url,
      ).toMatch(/\/aktuellt\/rss\.xml$/);
  });
});

describe('the easy-read page', () => {
  it('is linked from the start page and every centre page, when the content has one', () => {
    const easyRead = builtPages().filter((p) => p.url.startsWith('/lattlast/'));
    expect(easyRead).toHaveLength(entryCount('lattlast'));
    const linked = (p: string) => page(p).root.querySelector('a[href*="/lattlast/"]') !== null;
    expect(linked('/')).toBe(easyRead.length > 0);
    for (const c of centres)
      expect(linked(`/familjecentraler/${c.id}/`), c.id).toBe(easyRead.length > 0);
  });
});

describe('what the site says to parents', () => {
  const texts = listEntries<{ id: string; order: number; about: string; text: string }>(
    'parent-texts.yaml',
  );
  const capitalised = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);

  it('says a sentence about a service only on the page of a centre that runs it, and the confidentiality sentence on every open centre', () => {
    for (const c of centres) {
      const box = textOf(page(`/familjecentraler/${c.id}/`).root.querySelector('.fc-parent')!);
      const services = c.verksamheter;
      for (const t of texts) {
        const shown =
          c.status === 'öppen' && (t.about === 'tystnadsplikt' || services.includes(t.about));
        expect(
          box.includes(capitalised(t.text)) || box.includes(t.text),
          `${c.id}: ${t.about}`,
        ).toBe(shown);
      }
    }
  });

  it('says in the box on every open centre, and on the easy-read page, that the law has exceptions to confidentiality, the most important being concern for a child, and promises nothing more', () => {
    const exceptions = /undantag/i;
    const concern = /oro för ett barn/i;
    // The old wording promised that information went only where the parent agreed.
    const promise =
      /i regel bara|för det mesta får de bara|bara [^.]{0,80}om (du går med på det|du säger ja)|stannar i rummet/i;
    // Wherever the site speaks of confidentiality to parents (a region without the sentence or
    // the easy-read section says nothing about it, which the test above and the content allow).
    const confidentiality = centres
      .filter((c) => c.status === 'öppen')
      .map((c) => ({
        where: c.id,
        node: page(`/familjecentraler/${c.id}/`).root.querySelector(
          '[data-parent-text="tystnadsplikt"]',
        ),
      }))
      .filter((s) => s.node !== null)
      .map((s) => ({ where: s.where, said: textOf(s.node!) }));
    const easyRead = builtPages()
      .filter((p) => p.url.startsWith('/lattlast/'))
      .map((p) => ({ where: p.url, said: textOf(p.root.querySelector('main')!) }))
      .filter((p) => /tystnadsplikt/i.test(p.said));
    expect(confidentiality.length > 0).toBe(texts.some((t) => t.about === 'tystnadsplikt'));
    for (const { where, said } of [...confidentiality, ...easyRead]) {
      expect(said, where).toMatch(exceptions);
      expect(said, where).toMatch(concern);
      expect(said, where).not.toMatch(promise);
    }
  });

  it('never promises that no case is opened, on any page, feed or data file', () => {
    const promise =
      /utan att (ett|något) ärende (öppnas|blir)|inget ärende|utan att det blir ett ärende/i;
    for (const p of builtPages()) expect(textOf(p.root), p.url).not.toMatch(promise);
    const files = [...builtFiles()].filter((f) =>
      /^\/(data|aktuellt)\/.+\.(xml|json|csv)$/.test(f),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files)
      expect(readFileSync(join(DIST, file), 'utf8'), file).not.toMatch(promise);
  });
});
