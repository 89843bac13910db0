import { describe, expect, it } from 'vitest';
import { builtPages, page, textOf } from '../support/dist';
import { centres, entryCount, geodataKommuner, kommuner, regionCentres } from '../support/site-data';
import { kommunName } from '../../src/lib/format';
import { STAGE_LABELS, type Stage } from '../../src/schemas/centre-vocabulary';

describe('the content', () => {
  it('every kommun of the region has a page', () => {
    expect(kommuner.map((k) => k.kommunkod).sort()).toEqual(geodataKommuner.map((k) => k.code).sort());
    for (const k of kommuner) expect(page(new URL(k.sida).pathname).root.querySelector('h1')?.text).toContain(kommunName(k.kommun));
  });

  it('the start page figures equal what the data gives', () => {
    const home = page('/').root;
    const stat = (name: string) => textOf(home.querySelector(`[data-stat="${name}"]`)!);
    expect(stat('kommuner-med')).toBe(`${kommuner.filter((k) => k.status === 'oppen').length} av ${kommuner.length}`);
    expect(stat('oppna')).toBe(String(regionCentres.filter((c) => c.status === 'öppen' && c.typ === 'familjecentral').length));
    expect(stat('planerade')).toBe(String(regionCentres.filter((c) => c.typ === 'familjecentral' && (c.status === 'planerad' || c.status === 'beslutad')).length));
    expect(stat('kommuner-utan')).toBe(String(kommuner.filter((k) => k.status === 'ingen').length));
  });

  it('every chapter, centre page and news item cites at least one source that exists', () => {
    const sourceIds = new Set(page('/kallor/').root.querySelectorAll('.fc-source-list > li').map((li) => li.id));
    const cited = (root: import('node-html-parser').HTMLElement) => root.querySelectorAll('a[href*="/kallor/#"]').map((a) => a.getAttribute('href')!.split('#')[1]);
    const pages = builtPages().filter((p) => /^\/(vagledning|familjecentraler)\/[^/]+\/$/.test(p.url) && p.url !== '/vagledning/utskrift/');
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
    expect(page('/ordlista/').root.querySelectorAll('.fc-glossary__entry').length).toBe(entryCount('glossary'));
    expect(page('/aktuellt/').root.querySelectorAll('.fc-timeline__item').length).toBe(entryCount('news'));
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
