import { describe, expect, it } from 'vitest';
import { indexIsSplit, indexLetter, indexParts } from './alphabet';

const titled = (...titles: string[]) => titles.map((title) => ({ title }));

describe('indexLetter', () => {
  it('files a title under its first letter, Å, Ä and Ö as their own letters', () => {
    expect(indexLetter('Borlänge kommun')).toEqual({ letter: 'B', slug: 'b' });
    expect(indexLetter('Älvdalens kommun')).toEqual({ letter: 'Ä', slug: 'ae' });
    expect(indexLetter('Åre')).toEqual({ letter: 'Å', slug: 'aa' });
    expect(indexLetter('Öppna data')).toEqual({ letter: 'Ö', slug: 'oe' });
  });
  it('skips quotation marks, files É under E and digits together', () => {
    expect(indexLetter('”Vad är en familjecentral?”')).toEqual({ letter: 'V', slug: 'v' });
    expect(indexLetter('Émile')).toEqual({ letter: 'E', slug: 'e' });
    expect(indexLetter('1177 Vårdguiden')).toEqual({ letter: '0–9', slug: '0-9' });
  });
});

describe('indexParts', () => {
  it('gives each letter one page while it fits', () => {
    const parts = indexParts(titled('Avesta', 'Borlänge', 'Bro', 'Älvdalen'));
    expect(parts.map((p) => [p.path, p.entries.map((e) => e.title)])).toEqual([
      ['/a-o/a/', ['Avesta']],
      ['/a-o/b/', ['Borlänge', 'Bro']],
      ['/a-o/ae/', ['Älvdalen']],
    ]);
  });
  it('splits a long letter into even parts, the first at the letter’s address', () => {
    const titles = Array.from({ length: 7 }, (_, i) => `Testcentral ${i + 1}`);
    const parts = indexParts(titled(...titles), 3);
    expect(parts.map((p) => [p.path, p.part, p.parts, p.entries.length])).toEqual([
      ['/a-o/t/', 1, 3, 3],
      ['/a-o/t/2/', 2, 3, 3],
      ['/a-o/t/3/', 3, 3, 1],
    ]);
    expect(parts.flatMap((p) => p.entries.map((e) => e.title))).toEqual(titles);
  });
  it('puts the parts at the addresses given, for the list of sources', () => {
    const parts = indexParts(
      titled('Sekretess', 'Samtycke'),
      1,
      (slug, part) => `/kallor/${slug}/${part}/`,
    );
    expect(parts.map((p) => p.path)).toEqual(['/kallor/s/1/', '/kallor/s/2/']);
  });
  it('is split into letter pages only once the pages no longer fit on one', () => {
    expect(indexIsSplit(titled('A', 'B'), 2)).toBe(false);
    expect(indexIsSplit(titled('A', 'B', 'C'), 2)).toBe(true);
  });
});
