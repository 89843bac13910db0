import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtPages, page, textOf } from '../support/dist';
import { kommunName } from '../../src/lib/format';

const kommuner = JSON.parse(readFileSync('dist/data/kommuner.json', 'utf8')) as { kommun: string; status: string; sida: string }[];
const centres = JSON.parse(readFileSync('dist/data/familjecentraler.json', 'utf8')) as { kommunkod: string; status: string; typ: string }[];

describe('the content', () => {
  it('every Dalarna kommun has a page', () => {
    expect(kommuner).toHaveLength(15);
    for (const k of kommuner) expect(page(new URL(k.sida).pathname).root.querySelector('h1')?.text).toContain(kommunName(k.kommun));
  });

  it('the start page figures equal what the data gives', () => {
    const home = page('/').root;
    const stat = (name: string) => textOf(home.querySelector(`[data-stat="${name}"]`)!);
    const dalarna = new Set(kommuner.map((k) => k.sida && k.kommun));
    const codes = new Set(JSON.parse(readFileSync('dist/data/familjecentraler.json', 'utf8')).filter((c: { lan: string }) => c.lan === 'Dalarna').map((c: { kommunkod: string }) => c.kommunkod));
    expect(dalarna.size).toBe(15);
    const inRegion = centres.filter((c) => codes.has(c.kommunkod));
    expect(stat('kommuner-med')).toBe(`${kommuner.filter((k) => k.status === 'oppen').length} av 15`);
    expect(stat('oppna')).toBe(String(inRegion.filter((c) => c.status === 'öppen' && c.typ === 'familjecentral').length));
    expect(stat('planerade')).toBe(String(inRegion.filter((c) => c.status === 'planerad' || c.status === 'beslutad').length));
    expect(stat('kommuner-utan')).toBe(String(kommuner.filter((k) => k.status === 'ingen').length));
  });

  it('every chapter, centre page and news item cites at least one source that exists', () => {
    const sourceIds = new Set(page('/kallor/').root.querySelectorAll('.fc-source-list > li').map((li) => li.id));
    const cited = (root: import('node-html-parser').HTMLElement) => root.querySelectorAll('a[href*="/kallor/#"]').map((a) => a.getAttribute('href')!.split('#')[1]);
    const pages = builtPages().filter((p) => /^\/(vagledning|familjecentraler)\/[^/]+\/$/.test(p.url) && p.url !== '/vagledning/utskrift/');
    expect(pages.length).toBeGreaterThan(20);
    for (const p of pages) {
      const ids = cited(p.root);
      expect(ids.length, p.url).toBeGreaterThan(0);
      for (const id of ids) expect(sourceIds.has(id), `${p.url} → ${id}`).toBe(true);
    }
    for (const item of page('/aktuellt/').root.querySelectorAll('.fc-timeline__item')) {
      expect(cited(item).length, item.id).toBeGreaterThan(0);
    }
  });

  it('has at least 30 glossary terms and 12 dated events', () => {
    expect(page('/ordlista/').root.querySelectorAll('.fc-glossary__entry').length).toBeGreaterThanOrEqual(30);
    expect(page('/aktuellt/').root.querySelectorAll('.fc-timeline__item').length).toBeGreaterThanOrEqual(12);
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
    // "Startsida" next to a link, or a tag followed by text, must keep its space in the text.
    const text = textOf(page('/familjecentraler/mora/').root.querySelector('.fc-lead')!);
    expect(text).toMatch(/Öppen \S/);
    const chapter = textOf(page('/vagledning/grunduppdrag/').root.querySelector('main')!);
    expect(chapter).toContain('utan myndighetsutövning');
    expect(chapter).not.toMatch(/[a-zåäö]{3}(MVC|BVC|BHV)\b/);
  });
});
