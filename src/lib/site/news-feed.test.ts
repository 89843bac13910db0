import { describe, expect, it } from 'vitest';
import { closureItems, feedItems } from './news-feed';
import { sourceRef } from '../source-view';

const kommun = sourceRef('k', {
  title: 'Invigning',
  publisher: 'Orsa kommun',
  date: '2023-10-16',
  reported: false,
});
const parti = sourceRef('p', {
  title: 'Inlägg',
  publisher: 'Centerpartiet i Dalarna',
  date: '2021-02-24',
  reported: true,
});

describe('feedItems', () => {
  const items = feedItems(
    [
      {
        id: 'a',
        title: 'Avsiktsförklaring',
        date: '2021-02-24',
        text: 'Text\nover två rader.',
        sources: [parti],
      },
      { id: 'b', title: 'Invigning', date: '2023-10', text: 'Invigd.', sources: [kommun] },
    ],
    (id) => `https://example.se/aktuellt/#${id}`,
  );

  it('lists every item newest first, each linking to its place on Aktuellt', () => {
    expect(items.map((i) => i.link)).toEqual([
      'https://example.se/aktuellt/#b',
      'https://example.se/aktuellt/#a',
    ]);
  });

  it('dates a month-only item to the month’s first day and says how precise the date is', () => {
    expect(items[0]?.pubDate.toISOString()).toBe('2023-10-01T00:00:00.000Z');
    expect(items[0]?.description).toBe('oktober 2023: Invigd. Källa: Invigning (Orsa kommun).');
  });

  it('attributes a party or press source with "enligt"', () => {
    expect(items[1]?.description).toBe(
      '24 februari 2021: Text over två rader. Källa: Inlägg (enligt Centerpartiet i Dalarna).',
    );
  });
});

describe('closures in the feed', () => {
  const page = sourceRef('vecka', {
    title: 'Veckobrev',
    publisher: 'Testkommun',
    date: '2026-11-20',
    reported: false,
  });
  const closures = [
    {
      centreId: 'a',
      centreName: 'Familjecentralen A',
      exception: {
        date: '2026-12-24',
        until: '2027-01-06',
        kind: 'stängt' as const,
        note: 'Jullov.',
        source: page,
      },
    },
    {
      centreId: 'a',
      centreName: 'Familjecentralen A',
      exception: { date: '2026-11-20', kind: 'stängt' as const, source: page },
    },
    {
      centreId: 'b',
      centreName: 'Familjecentralen B',
      exception: {
        date: '2026-12-04',
        kind: 'ändrad-tid' as const,
        from: '10:00',
        to: '12:00',
        what: 'Öppna förskolan',
        source: page,
      },
    },
  ];
  it('lists the closed days and changed hours that have not ended, soonest first, each linked to its centre', () => {
    const items = closureItems(
      closures,
      (id) => `https://example.se/familjecentraler/${id}/#veckans-program`,
      '2026-12-01',
    );
    expect(items.map((i) => i.title)).toEqual([
      'Ändrad tid 10.00–12.00: Familjecentralen B, 4 december 2026',
      'Stängt: Familjecentralen A, 24 december 2026–6 januari 2027',
    ]);
    expect(items[1]).toMatchObject({
      link: 'https://example.se/familjecentraler/a/#veckans-program',
      description:
        'Stängt 24 december 2026–6 januari 2027. Jullov. Källa: Veckobrev (Testkommun, 20 november 2026).',
    });
    expect(items[1]?.pubDate.toISOString()).toBe('2026-11-20T00:00:00.000Z');
  });
});
