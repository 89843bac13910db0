/**
 * One telling: every channel says the same status, age and counting of each centre and kommun as
 * its view computes them, and as the open data gives them. For every centre: the Swedish page, its
 * card in the directory, each translated page (through its phrase table), the calendar feed and
 * the open-data row; for every kommun: its page, the list and the map of kommuner, the goals
 * table and kommuner.json; for the region: the start page's answer and both goals. The editor's
 * preview is held to the page in editor.test.ts. Counts and names come from the data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { builtPages, DIST, page, textOf } from '../support/dist';
import { centres, kommuner, regionCentres } from '../support/site-data';
import { ageLabel } from '../../src/lib/telling/age';
import { SV } from '../../src/lib/telling/words';
import { slugify } from '../../src/lib/slug';
import { defined } from '../support/defined';

const pathOf = (url: string) => new URL(url).pathname;
const translatedCentrePages = builtPages().filter((p) =>
  /^\/(fi|en|ar)\/familjecentraler\/[^/]+\/$/.test(p.url),
);
/** The directory page a centre's card is on: the region's own, or its kommun's in another län. */
const directoryOf = (c: (typeof centres)[number]) =>
  regionCentres.includes(c)
    ? '/familjecentraler/'
    : `/familjecentraler/lan/${slugify(c.lan)}/${slugify(c.kommun)}/`;
const cardOf = (root: HTMLElement, id: string) =>
  root
    .querySelectorAll('.fc-card')
    .find((card) => card.querySelector(`a[href$="/familjecentraler/${id}/"]`) !== null);
/** An iCalendar file's text with folded lines joined and escapes read. */
const unfold = (ics: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .replace(/\\n/g, '\n')
    .replace(/\\,/g, ',')
    .replace(/\\;/g, ';');

describe.each(centres.map((c) => [c.id, c] as const))('%s', (id, c) => {
  const swedish = page(`/familjecentraler/${id}/`).root;

  it('has the open data’s age on its page, its card and (with its source) its status line', () => {
    const line = swedish.querySelector('[data-status-line]')!;
    expect(line.getAttribute('data-age')).toBe(c.alder);
    expect(textOf(line)).toBe(c.status_text);
    const card = cardOf(page(directoryOf(c)).root, id);
    expect(card, `card of ${id} on ${directoryOf(c)}`).toBeDefined();
    const label = card!.querySelector('.fc-card__as-of')!;
    expect(label.getAttribute('data-age')).toBe(c.alder);
    expect(textOf(label)).toBe(
      `${ageLabel(SV, { state: c.alder as 'ny', date: c.status_datum ?? undefined })}.`,
    );
    // The box opens with the age exactly when the fact is old or undated.
    const intro = swedish.querySelector('[data-box-age]');
    expect(intro?.getAttribute('data-box-age') ?? 'ny').toBe(c.alder);
  });

  it('says the same week, with its age, on the page, in the open data and in its calendar feed', () => {
    const week = swedish.querySelector('[data-week-age]');
    expect(week === null).toBe(c.program_alder === null);
    if (!week || c.program_alder === null) return;
    expect(textOf(week)).toBe(c.program_alder);
    const feed = unfold(readFileSync(join(DIST, 'familjecentraler', id, 'kalender.ics'), 'utf8'));
    expect(feed).toContain(`X-WR-CALDESC:`);
    expect(feed.split('BEGIN:VCALENDAR')[1]?.split('BEGIN:VEVENT')[0]).toContain(c.program_alder);
    const events = feed.match(/BEGIN:VEVENT[\s\S]*?END:VEVENT/g) ?? [];
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) expect(e).toContain(c.program_alder);
  });
});

describe.each(translatedCentrePages.map((p) => [p.url, p] as const))('%s', (url, p) => {
  const id = url.split('/')[3];
  const c = centres.find((x) => x.id === id)!;
  it('tells the centre’s status, age and programme age as its Swedish page does, in its language', () => {
    const line = p.root.querySelector('[data-status-line]')!;
    expect(line.getAttribute('data-age')).toBe(c.alder);
    expect(textOf(line)).not.toBe(c.status_text);
    expect(p.root.querySelector('[data-box-age]')?.getAttribute('data-box-age') ?? 'ny').toBe(
      c.alder,
    );
    const week = p.root.querySelector('[data-week-age]');
    expect(week === null).toBe(c.program_alder === null);
    const swedishWeek = page(`/familjecentraler/${id}/`).root.querySelector('[data-week-age]');
    expect(week?.getAttribute('data-week-age')).toBe(swedishWeek?.getAttribute('data-week-age'));
  });
});

describe.each(kommuner.map((k) => [k.kommun, k] as const))('%s', (name, k) => {
  it('is told with the same status and age on its page, in the list and map of kommuner and in the goals table', () => {
    const said = k.status_text!;
    expect(textOf(page(pathOf(k.sida)).root.querySelector('[data-kommun-status]')!)).toContain(
      said,
    );
    const list = page('/kommuner/').root;
    const item = list
      .querySelectorAll('.fc-kommun-list li')
      .find((li) => textOf(li.querySelector('a')!) === name)!;
    expect(textOf(item)).toBe(`${name}: ${said}`);
    expect(
      list
        .querySelectorAll('.fc-map__link')
        .find((a) => a.getAttribute('href') === pathOf(k.sida))!
        .getAttribute('aria-label'),
    ).toBe(`${name}: ${said}`);
    const row = page('/mal-och-strategi/').root.querySelector(`tr[data-kommun="${name}"]`)!;
    expect(textOf(defined(row.querySelectorAll('td')[0], 'a cell'))).toBe(said);
    expect(said).not.toMatch(/\bhade\b/);
  });
});

describe('the region’s counts', () => {
  const withCentre = kommuner.filter((k) => k.status === 'oppen' || k.status === 'oppen-aldre');

  it('the start page and the goals page give the answer first, the same as the open data', () => {
    for (const url of ['/', '/mal-och-strategi/']) {
      const answer = page(url).root.querySelector('[data-answer]')!;
      expect(answer.getAttribute('data-answer')).toBe(String(withCentre.length));
      expect(textOf(answer)).toBe(
        `${withCentre.length} av ${kommuner.length} kommuner har en familjecentral enligt den senaste uppgiften om var och en.`,
      );
    }
  });

  it('counts a centre in both goals or in neither: each counted open centre opened after the period is named in the second', () => {
    const goals = page('/mal-och-strategi/').root.querySelectorAll('.fc-goal');
    const second = goals.find((g) => /nya? familjecentral/.test(textOf(g)));
    if (!second) return expect(goals.length).toBeLessThan(2);
    const period = /Period: (\d{4})–(\d{4})/.exec(textOf(second));
    expect(period).not.toBeNull();
    const [to] = [Number(period![2])];
    const counted = regionCentres.filter(
      (c) => c.status === 'öppen' && c.raknas_som_familjecentral,
    );
    for (const c of counted.filter((x) => x.oppnad_ar !== null && x.oppnad_ar > to))
      expect(textOf(second)).toContain(`${c.namn} (${c.oppnad_ar})`);
  });
});
