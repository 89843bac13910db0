import { describe, expect, it } from 'vitest';
import { sourceRef } from '../source-view';
import { SWEDISH } from './messages';
import { fill, placeholders } from './fill';
import { makeWords, SV } from './words';

const ar = makeWords({
  lang: 'ar',
  dir: 'rtl',
  locale: 'ar-u-nu-latn',
  clock: 'colon',
  messages: {
    'sep.semicolon': '؛',
    'attr.whoWhen': '{who}، {when}',
    'service.bvc': 'رعاية صحة الطفل ([[BVC]])',
  },
});

describe('a language’s words', () => {
  it('write dates, months, weekdays, numbers and clock times in the language’s own way', () => {
    expect(SV.day('2026-12-24')).toBe('24 december 2026');
    expect(SV.partialDate('2024-05')).toBe('maj 2024');
    expect(SV.partialDate('2019')).toBe('2019');
    expect(SV.weekday('mån')).toBe('Måndag');
    expect(SV.number(7.5, 1)).toBe('7,5');
    expect(SV.time('09:00')).toBe('09.00');
    const fi = makeWords({
      lang: 'fi',
      dir: 'ltr',
      locale: 'fi-FI',
      clock: 'dot-short',
      messages: {},
    });
    expect(fi.time('09:00')).toBe('9.00');
    expect(fi.weekday('fre')).toBe('Perjantai');
    expect(ar.time('09:30')).toBe('09:30');
    expect(ar.day('2026-12-24')).toMatch(/24/);
  });
  it('set a Swedish name apart in a right-to-left sentence and use the language’s own punctuation', () => {
    const a = sourceRef('a', {
      title: 'A',
      publisher: 'Orsa kommun',
      date: '2023-10-16',
      reported: false,
    });
    const b = sourceRef('b', {
      title: 'B',
      publisher: 'Ludvika kommun',
      date: '2020',
      reported: false,
    });
    const said = ar.attributions([a, b]);
    expect(said).toContain('\u2068Orsa kommun\u2069، ');
    expect(said).toContain('؛ ');
    expect(said).not.toMatch(/[,;]/);
  });
  it('mark a source’s Swedish name in an attribution on a translated page, and only when asked', () => {
    const a = sourceRef('a', {
      title: 'A',
      publisher: 'Dalarnas Tidningar',
      date: '2020-01',
      reported: true,
    });
    const marked = ar.attribution(a, true);
    expect(ar.split(marked).filter((p) => p.swedish)).toEqual([
      { text: '\u2068Dalarnas Tidningar\u2069', swedish: true },
    ]);
    // Unmarked, as the calendar feeds and the open data take it, the text has no marks.
    expect(ar.attribution(a)).toBe(marked.replace(/\[\[|\]\]/g, ''));
    expect(ar.attribution(a)).not.toContain('[[');
    // On a Swedish page nothing is set apart: the whole page is Swedish.
    expect(SV.attribution(a, true)).toBe(SV.attribution(a));
    expect(SV.split(SV.attributions([a], true))).toEqual([
      { text: SV.attributions([a]), swedish: false },
    ]);
  });
  it('keep a Swedish term in a translated message apart, so a page can mark it lang="sv"', () => {
    expect(ar.t('service.bvc')).toBe('رعاية صحة الطفل (BVC)');
    expect(ar.parts('service.bvc')).toEqual([
      { text: 'رعاية صحة الطفل (', swedish: false },
      { text: 'BVC', swedish: true },
      { text: ')', swedish: false },
    ]);
  });
});

describe('the Swedish messages', () => {
  it('fill every placeholder, and refuse a message asked for without one', () => {
    expect(fill('Uppgift från {month} ({who}).', { month: 'maj 2024', who: 'X' })).toBe(
      'Uppgift från maj 2024 (X).',
    );
    expect(() => fill('Uppgift från {month}.', {})).toThrow(/needs \{month\}/);
  });
  it('name each placeholder once, in the order first used', () => {
    expect(placeholders(SWEDISH['age.line.aldre'])).toEqual(['month', 'who']);
    expect(placeholders(SWEDISH['box.title'])).toEqual([]);
  });
});
