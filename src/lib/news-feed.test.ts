import { describe, expect, it } from 'vitest';
import { feedItems } from './news-feed';
import { sourceRef } from './source-view';

const kommun = sourceRef('k', { title: 'Invigning', publisher: 'Orsa kommun', date: '2023-10-16', reported: false });
const parti = sourceRef('p', { title: 'Inlägg', publisher: 'Centerpartiet i Dalarna', date: '2021-02-24', reported: true });

describe('feedItems', () => {
  const items = feedItems(
    [
      { id: 'a', title: 'Avsiktsförklaring', date: '2021-02-24', text: 'Text\nover två rader.', sources: [parti] },
      { id: 'b', title: 'Invigning', date: '2023-10', text: 'Invigd.', sources: [kommun] },
    ],
    (id) => `https://example.se/aktuellt/#${id}`,
  );

  it('lists every item newest first, each linking to its place on Aktuellt', () => {
    expect(items.map((i) => i.link)).toEqual(['https://example.se/aktuellt/#b', 'https://example.se/aktuellt/#a']);
  });

  it('dates a month-only item to the month’s first day and says how precise the date is', () => {
    expect(items[0].pubDate.toISOString()).toBe('2023-10-01T00:00:00.000Z');
    expect(items[0].description).toBe('oktober 2023: Invigd. Källa: Invigning (Orsa kommun).');
  });

  it('attributes a party or press source with "enligt"', () => {
    expect(items[1].description).toBe('24 februari 2021: Text over två rader. Källa: Inlägg (enligt Centerpartiet i Dalarna).');
  });
});
