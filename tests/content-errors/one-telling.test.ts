/**
 * One telling, under a change: a date changed in a copy of the content changes what every channel
 * says of the centre. The copy gives one centre whose status rests on an old or undated fact a
 * new event dated last month; its page, its card, its translated pages, its kommun's line, the
 * open data and the start page's figures all tell the new age.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'node-html-parser';
import yaml from 'js-yaml';
import { expect, it } from 'vitest';
import { buildWithMistake, edit } from './broken-site';
import { buildDay } from '../../src/lib/build-day';
import { isoDay } from '../../src/lib/format';
import { idFromPath } from '../../src/lib/content/entry-id';

const ROOT = resolve(import.meta.dirname, '../..');
const centresDir = join(ROOT, 'src/content/centres');
/** An open centre of the region whose newest fact is old: the one the copy brings up to date. */
const old = readdirSync(centresDir)
  .map((f) => ({ file: f, text: readFileSync(join(centresDir, f), 'utf8') }))
  .find(
    ({ text }) =>
      /^status: öppen$/m.test(text) &&
      !/date: 202[5-9]/.test(text) &&
      /^kommun: '20\d\d'$/m.test(text),
  )!;
const id = idFromPath(old.file);
const source = (
  yaml.load(/^---\n([\s\S]*?)\n---/.exec(old.text)?.[1] ?? '') as { sources: string[] }
).sources[0];
const day = isoDay(new Date(buildDay().getTime() - 30 * 86_400_000));
const month = day.slice(0, 7);

it(`a new dated fact about ${id} reaches its page, card, translated pages, kommun, open data and figures`, () => {
  const seen: Record<string, string | null | undefined> = {};
  const html = (root: string, path: string) =>
    parse(readFileSync(join(root, 'dist', path, 'index.html'), 'utf8'));
  const result = buildWithMistake(
    (root) =>
      edit(
        root,
        `src/content/centres/${old.file}`,
        /^services:/m,
        `  - event: i-drift\n    date: ${month}\n    source: ${source}\nservices:`,
      ),
    undefined,
    (root) => {
      const page = html(root, `familjecentraler/${id}`);
      seen.page = page.querySelector('[data-status-line]')?.getAttribute('data-age');
      seen.box = page.querySelector('[data-box-age]')?.getAttribute('data-box-age') ?? 'ny';
      const card = html(root, 'familjecentraler')
        .querySelectorAll('.fc-card')
        .find((c) => c.querySelector(`a[href$="/familjecentraler/${id}/"]`));
      seen.card = card?.querySelector('.fc-card__as-of')?.getAttribute('data-age');
      seen.en = html(root, `en/familjecentraler/${id}`)
        .querySelector('[data-status-line]')
        ?.getAttribute('data-age');
      const rows = JSON.parse(
        readFileSync(join(root, 'dist/data/familjecentraler.json'), 'utf8'),
      ) as { id: string; alder: string; kommunkod: string }[];
      const row = rows.find((r) => r.id === id)!;
      seen.data = row.alder;
      const kommun = (
        JSON.parse(readFileSync(join(root, 'dist/data/kommuner.json'), 'utf8')) as {
          kommunkod: string;
          status: string;
        }[]
      ).find((k) => k.kommunkod === row.kommunkod);
      seen.kommun = kommun?.status;
      seen.start = html(root, '').querySelector('[data-answer-ages]')?.textContent ?? null;
    },
  );
  expect(result.ok, result.output).toBe(true);
  expect(seen).toMatchObject({
    page: 'ny',
    box: 'ny',
    card: 'ny',
    en: 'ny',
    data: 'ny',
    kommun: 'oppen',
  });
  expect(seen.start).toContain(`enligt uppgift från ${month.slice(0, 4)}`);
});
