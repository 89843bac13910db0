/**
 * The county follow-up (/uppfoljning/) as the regional coordinator reads it: for each year with
 * entries, the chart and the table give the same figures as the open data, which are counted
 * from the follow-up files; every open centre of the region without a file for the year is
 * named. Without entries (the real content today) the page says none has been sent. Runs over
 * the real site and over the fixture region, whose files stand in for centres that sent theirs.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { DIST, page, textOf } from '../support/dist';
import { listEntries, regionCentres, siteConfig } from '../support/site-data';
import { contentDir } from '../../src/lib/content/dir';
import {
  answerColumn,
  FOLLOW_UP_COLUMNS,
  SUMMARY_COLUMNS,
} from '../../src/lib/follow-up/open-data';
import { FOLLOW_UP_ANSWERS, FOLLOW_UP_DIMENSION_IDS } from '../../src/schemas/follow-up-vocabulary';

type Row = Record<string, string | number | null>;
const data = (file: string) => JSON.parse(readFileSync(join(DIST, 'data', file), 'utf8')) as Row[];
const entries = data('uppfoljning.json');
const summary = data('uppfoljning-sammanstallning.json');
const root = page('/uppfoljning/').root;

/** The follow-up files themselves, as the coordinator added them. */
const folder = join(contentDir(), 'uppfoljning');
const files = existsSync(folder)
  ? readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.yaml'))
      .map(
        (f) =>
          yaml.load(readFileSync(join(folder, f), 'utf8')) as {
            year: number;
            kommun: string;
            centre?: string;
            answers: Record<string, string>;
          },
      )
  : [];
/** A file counts in the figures when it is for an open centre; planned centres and kommuner without one are shown beside them. */
const isOpen = (f: { centre?: string }) =>
  regionCentres.some((c) => c.id === f.centre && c.steg === 'oppen');
const years = [...new Set(files.map((f) => f.year))].sort((a, b) => b - a);

it('the open data has one row per follow-up file, with its answers', () => {
  expect(entries.length).toBe(files.length);
  for (const f of files) {
    const row = entries.find(
      (r) => r.ar === f.year && r.kommun === f.kommun && r.familjecentral === (f.centre ?? null),
    )!;
    for (const id of FOLLOW_UP_DIMENSION_IDS) expect(row[answerColumn(id)]).toBe(f.answers[id]);
  }
});

it('the CSV files hold the same rows and columns as the JSON files', () => {
  for (const [csv, rows, columns] of [
    ['uppfoljning.csv', entries, Object.keys(FOLLOW_UP_COLUMNS)],
    ['uppfoljning-sammanstallning.csv', summary, Object.keys(SUMMARY_COLUMNS)],
  ] as const) {
    const lines = readFileSync(join(DIST, 'data', csv), 'utf8')
      .split('\r\n')
      .filter(Boolean);
    expect(lines).toHaveLength(rows.length + 1);
    // The header is there with no rows too, so a reader can see the columns before any file is sent.
    expect(lines[0]?.split(',')).toEqual(columns);
    for (const row of rows) expect(Object.keys(row)).toEqual(columns);
    rows.forEach((row, i) =>
      expect(lines[i + 1]?.startsWith(`${row.ar},${row.kommun ?? row.fraga},`)).toBe(true),
    );
  }
});

if (years.length === 0) {
  it('says that no centre has sent a follow-up yet, and how to send one', () => {
    expect(textOf(root.querySelector('main')!)).toContain(
      'Ingen familjecentral har ännu lämnat in någon uppföljning',
    );
    expect(root.querySelector('#lamna-in')).not.toBeNull();
    expect(root.querySelectorAll('section[aria-labelledby^="ar-"]')).toHaveLength(0);
    expect(summary).toEqual([]);
  });
}

it('shows the region’s baseline from the first day, as a table and a chart, with its sources', () => {
  const section = root.querySelector('section[aria-labelledby="utgangslaget"]');
  const questions = listEntries<{ id: string; order: number; name: string; baseline?: string }>(
    'self-assessment.yaml',
  );
  const baseline = siteConfig.assessmentBaseline;
  if (!baseline || !questions.some((q) => q.baseline)) return expect(section).toBeNull();
  expect(section).not.toBeNull();
  const rows = section!
    .querySelectorAll('tbody tr')
    .map((tr) => [textOf(tr.querySelector('th')!), textOf(tr.querySelector('td')!)]);
  expect(rows).toEqual(questions.map((q) => [q.name, q.baseline ?? baseline.unasked]));
  const counted = questions.filter((q) => /^\d+ av \d+/.test(q.baseline ?? ''));
  const bars = section!.querySelectorAll('svg[role=img] > g');
  expect(bars.map((g) => textOf(g.querySelector('text')!))).toEqual(counted.map((q) => q.name));
  bars.forEach((g, i) => {
    const [, n = NaN, total = NaN] = (/^(\d+) av (\d+)/.exec(counted[i]?.baseline ?? '') ?? []).map(
      Number,
    );
    const width = (key: string) =>
      Number(g.querySelector(`rect.fc-chart__bar--${key}`)?.getAttribute('width') ?? 0);
    expect(width('har') / (width('har') + width('saknar'))).toBeCloseTo(n / total, 2);
  });
  expect(section!.querySelectorAll('a[href^="/kallor/"]').length).toBeGreaterThan(0);
});

describe.each(years)('%i', (year) => {
  const section = root.querySelector(`section[aria-labelledby="ar-${year}"]`)!;
  const inYear = files.filter((f) => f.year === year && isOpen(f));
  const others = files.filter((f) => f.year === year && !isOpen(f));

  it('shows the answers for planned centres and kommuner without one beside the figures, not in them', () => {
    const said = section.querySelectorAll('[data-follow-up-others] li').map(textOf);
    expect(said).toHaveLength(others.length);
    const withoutCentre = others.filter((f) => !f.centre).length;
    expect(said.filter((t) => t.includes('(ingen familjecentral ännu)'))).toHaveLength(
      withoutCentre,
    );
    expect(said.filter((t) => t.includes('(planerad)'))).toHaveLength(
      others.length - withoutCentre,
    );
  });
  const rows = summary.filter((r) => r.ar === year);

  it('counts every question from the files, in the open data', () => {
    expect(rows.map((r) => r.fraga)).toEqual(FOLLOW_UP_DIMENSION_IDS);
    for (const r of rows) {
      expect(r.inlamnade).toBe(inYear.length);
      for (const a of FOLLOW_UP_ANSWERS)
        expect(r[a === 'okänd' ? 'okand' : a], `${r.fraga} ${a}`).toBe(
          inYear.filter((f) => f.answers[r.fraga as string] === a).length,
        );
    }
  });

  it('shows the same figures in its table', () => {
    const body = section
      .querySelectorAll('table tbody tr')
      .map((tr) => tr.querySelectorAll('td').map(textOf));
    expect(body.map((cells) => cells.slice(0, FOLLOW_UP_ANSWERS.length).map(Number))).toEqual(
      rows.map((r) => [r.ja, r.delvis, r.nej, r.okand]),
    );
    expect(section.querySelectorAll('table tbody th').map(textOf)).toEqual(
      rows.map((r) => r.fraga_namn),
    );
  });

  it('draws each answer’s bar in proportion to its count, and describes the chart in words', () => {
    const svg = section.querySelector('svg[role=img]')!;
    expect(
      svg
        .getAttribute('aria-labelledby')!
        .split(' ')
        .every((id) => svg.querySelector(`#${id}`)?.textContent.trim()),
    ).toBe(true);
    const bars = svg.querySelectorAll(':scope > g');
    expect(bars).toHaveLength(rows.length);
    bars.forEach((g, i) => {
      const width = (answer: string) =>
        g
          .querySelectorAll(`rect.fc-chart__bar--${answer === 'okänd' ? 'okand' : answer}`)
          .reduce((sum, r) => sum + Number(r.getAttribute('width')), 0);
      const total = FOLLOW_UP_ANSWERS.reduce((sum, a) => sum + width(a), 0);
      for (const a of FOLLOW_UP_ANSWERS)
        expect(width(a) / total, `${rows[i]?.fraga} ${a}`).toBeCloseTo(
          Number(rows[i]?.[a === 'okänd' ? 'okand' : a]) / inYear.length,
          2,
        );
      expect(textOf(svg.querySelector('desc')!)).toContain(
        `${rows[i]?.fraga_namn}: ${rows[i]?.ja} ja`,
      );
    });
  });

  it('names every open centre of the region that sent nothing for the year', () => {
    const sent = new Set(inYear.map((f) => f.centre));
    const missing = regionCentres.filter(
      (c) => c.status === 'öppen' && c.typ === 'familjecentral' && !sent.has(c.id),
    );
    const said = section
      .querySelectorAll('li')
      .map(textOf)
      .filter((t) => t.endsWith('ingen uppföljning inlämnad.'));
    expect(said).toHaveLength(missing.length);
    for (const c of missing)
      expect(section.querySelector(`li a[href$="/familjecentraler/${c.id}/"]`)).not.toBeNull();
    expect(textOf(section.querySelector('p')!)).toContain(
      `${inYear.length} av ${inYear.length + missing.length}`,
    );
  });
});
