import { describe, expect, it } from 'vitest';
import { HTMLElement } from 'node-html-parser';
import { builtPages, page, textOf } from '../support/dist';
import {
  centres,
  entryCount,
  geodataKommuner,
  kommuner,
  regionCentres,
} from '../support/site-data';
import { kommunName } from '../../src/lib/format';
import { STAGE_LABELS, type Stage } from '../../src/schemas/centre-vocabulary';

describe('the content', () => {
  it('every kommun of the region has a page', () => {
    expect(kommuner.map((k) => k.kommunkod).sort()).toEqual(
      geodataKommuner.map((k) => k.code).sort(),
    );
    for (const k of kommuner)
      expect(page(new URL(k.sida).pathname).root.querySelector('h1')?.text).toContain(
        kommunName(k.kommun),
      );
  });

  it('the start page figures equal what the data gives, each tile counting one kind of thing of one age', () => {
    const home = page('/').root;
    const tiles = (name: string) =>
      home.querySelectorAll(`[data-stat="${name}"]`).map((t) => ({
        years: t.getAttribute('data-stat-years') ?? null,
        label: textOf(t.querySelector('dt')!),
        value: textOf(t.querySelector('dd')!),
      }));
    // A tile with years "2023-2024" counts exactly the rows whose status date falls in those years.
    const inYears = (years: string | null, date: string | null) => {
      if (years === 'utan-datum') return date === null;
      const [from = NaN, to = NaN] = (years ?? '').split('-').map(Number);
      return date !== null && Number(date.slice(0, 4)) >= from && Number(date.slice(0, 4)) <= to;
    };
    const open = regionCentres.filter((c) => c.status === 'öppen' && c.raknas_som_familjecentral);
    const openTiles = tiles('oppna');
    expect(openTiles.reduce((sum, t) => sum + Number(t.value), 0)).toBe(open.length);
    for (const t of openTiles.filter((t) => t.years)) {
      expect(Number(t.value), t.label).toBe(
        open.filter((c) => inYears(t.years, c.status_datum)).length,
      );
      expect(t.label).toMatch(
        t.years === 'utan-datum'
          ? /utan datum/
          : new RegExp(`från ${t.years!.replace('-', '–').replace(/^(\d+)–\1$/, '$1')}`),
      );
    }
    const withCentre = kommuner.filter((k) => k.status === 'oppen' || k.status === 'oppen-aldre');
    const kommunTiles = tiles('kommuner-med');
    expect(kommunTiles.reduce((sum, t) => sum + Number(t.value.split(' av ')[0]), 0)).toBe(
      withCentre.length,
    );
    for (const t of kommunTiles) {
      expect(t.value).toBe(
        `${withCentre.filter((k) => inYears(t.years, k.status_datum)).length} av ${kommuner.length}`,
      );
      expect(t.label).toMatch(/^kommuner med familjecentral enligt/);
    }
    expect(tiles('planerade').reduce((sum, t) => sum + Number(t.value), 0)).toBe(
      regionCentres.filter(
        (c) => c.raknas_som_familjecentral && (c.status === 'planerad' || c.status === 'beslutad'),
      ).length,
    );
    expect(tiles('kommuner-utan')[0]?.value).toBe(
      `${kommuner.filter((k) => k.status === 'ingen').length} av ${kommuner.length}`,
    );
    // Every count that is older than two years says so.
    for (const t of [...openTiles, ...kommunTiles]) {
      const rows =
        t.years === null
          ? []
          : [...open, ...withCentre].filter((r) => inYears(t.years, r.status_datum));
      if (rows.length > 0 && rows.every((r) => r.status_aldre_an_tva_ar))
        expect(t.label, t.label).toMatch(/senare uppgift saknas|utan datum/);
    }
    expect(textOf(home.querySelector('[data-counting-rule]')!)).toMatch(
      /^Som familjecentral räknas det som huvudmännen själva kallar familjecentral/,
    );
  });

  it('every chapter, centre page and news item cites at least one source that exists', () => {
    // Each source's entry, on /kallor/ or its letter's page, by the address links use.
    const sourceIds = new Set(
      builtPages()
        .filter((p) => p.url.startsWith('/kallor/'))
        .flatMap((p) =>
          p.root.querySelectorAll('.fc-source-list > li').map((li) => `${p.url}#${li.id}`),
        ),
    );
    const cited = (root: import('node-html-parser').HTMLElement) =>
      root
        .querySelectorAll('a[href^="/kallor/"][href*="#"]')
        .map((a) => a.getAttribute('href') ?? '');
    const pages = builtPages().filter(
      (p) =>
        /^\/(vagledning|familjecentraler)\/[^/]+\/$/.test(p.url) &&
        p.url !== '/vagledning/utskrift/',
    );
    expect(pages.length).toBe(entryCount('guidance') + centres.length);
    for (const p of pages) {
      const ids = cited(p.root);
      expect(ids.length, p.url).toBeGreaterThan(0);
      for (const id of ids) expect(sourceIds.has(id), `${p.url} → ${id}`).toBe(true);
    }
    for (const item of page('/aktuellt/').root.querySelectorAll('.fc-timeline__item')) {
      expect(cited(item).length, item.id).toBeGreaterThan(0);
    }
  });

  it('shows every glossary term and every dated event', () => {
    expect(page('/ordlista/').root.querySelectorAll('.fc-glossary__entry').length).toBe(
      entryCount('glossary'),
    );
    expect(page('/aktuellt/').root.querySelectorAll('.fc-timeline__item').length).toBe(
      entryCount('news'),
    );
  });

  it('publishes no personal phone number or personal e-mail address', () => {
    const phone = /\b07\d[- ]?\d{3}[ ]?\d{2}[ ]?\d{2}\b/;
    const personalEmail = /[a-z0-9._%+-]+\.[a-z0-9._%+-]+@[a-z0-9.-]+\.se\b/i;
    for (const p of builtPages()) {
      expect(p.html, p.url).not.toMatch(phone);
      expect(p.html, p.url).not.toMatch(personalEmail);
    }
  });

  it('does not glue words together across inline elements (HTML compression)', () => {
    // A status tag followed by the kommun, on every centre page.
    for (const c of centres) {
      const lead = textOf(page(`/familjecentraler/${c.id}/`).root.querySelector('.fc-lead')!);
      expect(lead, c.id).toMatch(new RegExp(`${STAGE_LABELS[c.steg as Stage]} \\S`));
    }
    // Who says a fact stands apart from the fact, wherever it follows it on the same line (a
    // paragraph of its own, or one after a list, starts a line anyway).
    const INLINE = new Set(['span', 'a', 'strong', 'em', 'b', 'i', 'bdi', 'abbr', 'time']);
    for (const p of builtPages()) {
      for (const by of p.root.querySelectorAll('span[class$="__by"]')) {
        const previous = by.previousSibling;
        if (!previous || (previous instanceof HTMLElement && !INLINE.has(previous.rawTagName)))
          continue;
        const before = previous.textContent;
        expect(before, `${p.url}: "${before.slice(-30)}${textOf(by).slice(0, 30)}"`).toMatch(/\s$/);
      }
    }
    // Glossary terms and abbreviations keep their spaces in every chapter.
    for (const p of builtPages().filter((p) => /^\/vagledning\/[^/]+\/$/.test(p.url))) {
      for (const term of p.root.querySelectorAll('main a.fc-term')) {
        const around = `${term.previousSibling?.textContent ?? ''}${textOf(term)}${term.nextSibling?.textContent ?? ''}`;
        const before = term.previousSibling?.textContent ?? '';
        const after = term.nextSibling?.textContent ?? '';
        expect(before === '' || /[\s(„”"']$/.test(before), `${p.url}: "${around}"`).toBe(true);
        expect(after === '' || /^[\s.,:;!?)”"'-]/.test(after), `${p.url}: "${around}"`).toBe(true);
      }
    }
  });
});
