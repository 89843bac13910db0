/**
 * A centre's week as a parent meets it on the page and in a phone's calendar: the calendar feed,
 * read with ical.js (not the library that writes it), gives exactly the page's sessions for the
 * next eight weeks, leaves out a closed day, moves changed hours, and keeps wall-clock times across
 * summer time; closures reach the Aktuellt feed. Centres and dates come from the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser } from 'fast-xml-parser';
import { builtPages, DIST, textOf } from '../support/dist';
import { expandFeed } from '../support/ical';
import { centres } from '../support/site-data';
import { contentDir } from '../../src/lib/content/dir';
import { isoDay } from '../../src/lib/format';

const WEEKDAYS = ['mån', 'tis', 'ons', 'tor', 'fre', 'lör', 'sön'];
const weekdayOf = (iso: string) => WEEKDAYS[(new Date(`${iso}T12:00:00Z`).getUTCDay() + 6) % 7];
const addDays = (iso: string, n: number) =>
  isoDay(new Date(Date.parse(`${iso}T12:00:00Z`) + n * 86_400_000));
const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());

const withWeek = builtPages().filter(
  (p) => /^\/familjecentraler\/[^/]+\/$/.test(p.url) && p.root.querySelector('[data-week]'),
);
const weekOf = (page: (typeof withWeek)[number]) => {
  const sessions = page.root.querySelectorAll('[data-weekday] [data-session-from]').map((li) => ({
    weekday: li.closest('[data-weekday]')!.getAttribute('data-weekday')!,
    from: li.getAttribute('data-session-from')!,
    to: li.getAttribute('data-session-to')!,
    what: li.getAttribute('data-session-what')!,
  }));
  const exceptions = page.root.querySelectorAll('[data-exception-from]').map((li) => ({
    from: li.getAttribute('data-exception-from')!,
    until: li.getAttribute('data-exception-until')!,
    kind: li.getAttribute('data-exception-kind')!,
    what: li.getAttribute('data-exception-what'),
  }));
  const feedPath = page.root.querySelector('[data-week] a[download]')!.getAttribute('href')!;
  const feed = readFileSync(join(DIST, feedPath), 'utf8');
  return { sessions, exceptions, feed };
};

describe('every centre with a week', () => {
  it('is every centre whose entry has a programme', () => {
    const dir = join(contentDir(), 'centres');
    const withProgramme = readdirSync(dir)
      .filter((f) => /^programme:/m.test(readFileSync(join(dir, f), 'utf8')))
      .map((f) => `/familjecentraler/${f.replace(/\.mdx?$/, '')}/`);
    expect(withWeek.map((p) => p.url).sort()).toEqual(withProgramme.sort());
    expect(centres.length).toBeGreaterThanOrEqual(withWeek.length);
  });

  it.each(withWeek.map((p) => [p.url, p] as const))(
    '%s: the calendar feed gives exactly the page’s week for the next eight weeks',
    (_url, page) => {
      const { sessions, exceptions, feed } = weekOf(page);
      const end = addDays(today, 55);
      const closedOn = (day: string, what: string) =>
        exceptions.some((e) => e.from <= day && day <= e.until && (!e.what || e.what === what));
      const got = expandFeed(feed, today, end).map(
        (o) => `${o.date} ${o.from}–${o.to} ${o.summary}`,
      );
      const expected: string[] = [];
      for (let day = today; day <= end; day = addDays(day, 1)) {
        for (const s of sessions.filter((x) => x.weekday === weekdayOf(day))) {
          if (!closedOn(day, s.what)) expected.push(`${day} ${s.from}–${s.to} ${s.what}`);
        }
      }
      expect(got.sort()).toEqual(expected.sort());
    },
  );

  it.each(withWeek.map((p) => [p.url, p] as const))(
    '%s: a closed day leaves out exactly its sessions and changed hours move them, in the feed',
    (_url, page) => {
      const { sessions, exceptions, feed } = weekOf(page);
      for (const e of exceptions) {
        const got = expandFeed(feed, e.from, e.until);
        for (let day = e.from; day <= e.until; day = addDays(day, 1)) {
          const affected = sessions.filter(
            (s) => s.weekday === weekdayOf(day) && (!e.what || e.what === s.what),
          );
          const onDay = got.filter((o) => o.date === day);
          for (const s of affected) {
            const regular = onDay.filter((o) => o.summary === s.what && o.from === s.from);
            expect(regular, `${day} ${s.what}`).toEqual([]);
            if (e.kind === 'ändrad-tid')
              expect(
                onDay.some((o) => o.summary === `${s.what} (ändrad tid)`),
                `${day} ${s.what}`,
              ).toBe(true);
          }
        }
      }
    },
  );

  it.each(withWeek.map((p) => [p.url, p] as const))(
    '%s: keeps the page’s wall-clock times across the next change to and from summer time',
    (_url, page) => {
      const { sessions, feed } = weekOf(page);
      // The next last Sunday of March and of October: the changes in Europe/Stockholm.
      const lastSunday = (year: number, month: number) => {
        const d = new Date(Date.UTC(year, month + 1, 0));
        return addDays(isoDay(d), -((d.getUTCDay() + 7) % 7));
      };
      const year = Number(today.slice(0, 4));
      const changes = [
        lastSunday(year, 2),
        lastSunday(year, 9),
        lastSunday(year + 1, 2),
        lastSunday(year + 1, 9),
      ]
        .filter((d) => d > today)
        .slice(0, 2);
      for (const change of changes) {
        const around = expandFeed(feed, addDays(change, -7), addDays(change, 7)).filter(
          (o) => !o.summary.endsWith('(ändrad tid)'),
        );
        const offsets = new Set<number>();
        for (const o of around) {
          expect(
            sessions.some(
              (s) => s.weekday === weekdayOf(o.date) && s.from === o.from && s.what === o.summary,
            ),
            `${o.date} ${o.from} ${o.summary}`,
          ).toBe(true);
          offsets.add(Number(o.from.slice(0, 2)) - o.startUtc.getUTCHours());
        }
        // Both sides of the change are present: one hour's offset before it, two after (or the reverse).
        if (around.some((o) => o.date < change) && around.some((o) => o.date > change))
          expect([...offsets].sort()).toEqual([1, 2]);
      }
    },
  );
});

describe('the region’s calendar and the Aktuellt feed', () => {
  it('the region’s feed holds every centre’s sessions, each named by its centre', () => {
    const region = readFileSync(join(DIST, 'kalender.ics'), 'utf8');
    const names = withWeek.map((p) => textOf(p.root.querySelector('h1')!));
    const summaries = expandFeed(region, today, addDays(today, 13)).map((o) => o.summary);
    for (const name of names)
      expect(
        summaries.some((s) => s.startsWith(`${name}: `)),
        name,
      ).toBe(true);
    expect(summaries.every((s) => names.some((n) => s.startsWith(`${n}: `)))).toBe(true);
  });

  it('every closed day or changed hours still to come on a page is an item of the Aktuellt feed, linked to the centre', () => {
    type Item = { title: string; link: string };
    const feed = new XMLParser().parse(readFileSync(join(DIST, 'aktuellt/rss.xml'), 'utf8')) as {
      rss: { channel: { item: Item | Item[] } };
    };
    const items = [feed.rss.channel.item].flat();
    const listed = withWeek.flatMap((p) =>
      weekOf(p)
        .exceptions.filter((e) => e.until >= today)
        .map((e) => ({ page: p, e })),
    );
    for (const { page, e } of listed) {
      expect(
        items.some(
          (i) =>
            i.link.endsWith(`${page.url}#veckans-program`) &&
            i.title.includes(textOf(page.root.querySelector('h1')!)),
        ),
        `${page.url} ${e.from}`,
      ).toBe(true);
    }
    expect(items.filter((i) => i.link.includes('#veckans-program'))).toHaveLength(listed.length);
  });
});
