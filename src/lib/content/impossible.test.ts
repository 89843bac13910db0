import { describe, expect, it } from 'vitest';
import type { PlainEntry } from './problem';
import {
  checkListIds,
  checkPastDates,
  checkSourceDates,
  checkUnique,
  PAST_DATES,
  UNIQUE,
  valuesAt,
} from './impossible';
import { checkFollowUps } from './checks';
import { editorCollections } from '../../schemas/index';

const today = new Date('2026-12-07T00:00:00Z');
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const entry = (collection: string, id: string, data: Record<string, unknown>): PlainEntry => ({
  collection,
  id,
  filePath: `src/content/${collection}/${id}`,
  data: { lastReviewed: day('2026-12-01'), ...data },
});

describe('valuesAt', () => {
  it('reaches into groups and lists, naming each place', () => {
    const data = { a: { b: 1 }, list: [{ d: 'x' }, { d: 'y' }, 'not an item'] };
    expect(valuesAt(data, 'a.b').map((v) => [v.field, v.value])).toEqual([['a.b', 1]]);
    expect(valuesAt(data, 'list[].d').map((v) => [v.field, v.value])).toEqual([
      ['list[0].d', 'x'],
      ['list[1].d', 'y'],
    ]);
    expect(valuesAt(data, 'missing.path')).toEqual([]);
  });
});

describe('a date after the day of the build, where only the past is possible', () => {
  // One entry for each rule, with a date a year after the build day in its field.
  const future = day('2027-12-07');
  const cases: [string, PlainEntry, string][] = [
    ['a review', entry('guidance', 'a', { lastReviewed: future }), 'lastReviewed'],
    [
      'a source’s date',
      entry('sources', 's', { date: '2027-01', accessed: day('2026-12-01') }),
      'date',
    ],
    [
      'the day a page was read',
      entry('sources', 's', { date: '2026', accessed: future }),
      'accessed',
    ],
    [
      'an event marked as having happened',
      entry('centres', 'c', {
        events: [
          { event: 'utredning', date: '2020' },
          { event: 'i-drift', date: '2027' },
        ],
      }),
      'events[1].date',
    ],
    ['a news item', entry('news', 'n', { date: '2027-02-01' }), 'date'],
    ['a strategy’s adoption', entry('strategy', 'p', { adopted: '2027' }), 'adopted'],
    [
      'a kommun text’s search',
      entry('kommunprofiler', 'k', { lastSearched: future }),
      'lastSearched',
    ],
    ['a follow-up’s answers', entry('followUp', '2026/f', { answeredOn: future }), 'answeredOn'],
    ['a translation', entry('translations', 'fi/t', { translatedOn: future }), 'translatedOn'],
    [
      'a translated sentence',
      entry('parentTextTranslations', 'fi/s', { translatedOn: future }),
      'translatedOn',
    ],
    [
      'a translated phrase',
      entry('phraseTranslations', 'fi', {
        phrases: [{ translatedOn: day('2026-01-01') }, { translatedOn: future }],
      }),
      'phrases[1].translatedOn',
    ],
    [
      'a translated text of a centre',
      entry('centreTextTranslations', 'fi/orsa', {
        texts: [{ translatedOn: day('2026-01-01') }, { translatedOn: future }],
      }),
      'texts[1].translatedOn',
    ],
  ];
  it.each(cases)(
    'stops on %s, naming the file, the field, the value and the build day',
    (_what, e, field) => {
      const problems = checkPastDates([e], today);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: e.filePath, field });
      expect(problems[0]?.received).toMatch(
        /^20\d\d[-\d]*, after the day of the build \(2026-12-07\)$/,
      );
      expect(problems[0]?.expected).toMatch(
        /^a date on or before 2026-12-07: .+, which cannot be in the future$/,
      );
    },
  );

  it('has a case for every rule', () =>
    expect(new Set(cases.map(([, e]) => e.collection))).toEqual(
      new Set(PAST_DATES.map((r) => (r.collection === '*' ? 'guidance' : r.collection))),
    ));

  it('takes the build day itself, a period that has begun, an unknown date and a planned opening', () => {
    const fine = [
      entry('guidance', 'a', { lastReviewed: today }),
      entry('sources', 's', { date: '2026-12', accessed: today }),
      entry('sources', 'u', { date: 'okänd', accessed: today }),
      entry('centres', 'c', { events: [{ event: 'planerad-oppning', date: '2027-08' }] }),
      entry('news', 'n', { date: '2026' }),
    ];
    expect(checkPastDates(fine, today)).toEqual([]);
  });

  it('names the item of a list file', () => {
    const step: PlainEntry = {
      ...entry('startSteps', 'budgetram', { lastReviewed: day('2027-01-01') }),
      filePath: 'src/content/start-steps.yaml',
    };
    expect(checkPastDates([step], today)[0]).toMatchObject({
      file: 'src/content/start-steps.yaml',
      field: 'lastReviewed (item "budgetram")',
    });
  });
});

describe('a source dated after the day it was read', () => {
  it('stops, and takes a source read the day it was published or later', () => {
    const late = entry('sources', 'late', { date: '2026-11-20', accessed: day('2026-11-01') });
    const month = entry('sources', 'month', { date: '2026-11', accessed: day('2026-11-01') });
    expect(checkSourceDates([late, month])).toEqual([
      {
        file: 'src/content/sources/late',
        field: 'date',
        received: '2026-11-20, after the day the page was read (accessed: 2026-11-01)',
        expected:
          'a date on or before 2026-11-01: a page is read after it is written; or correct accessed',
      },
    ]);
  });
});

describe('two entries where the model has room for one', () => {
  const ref = (collection: string, id: string) => ({ collection, id });
  // For each rule: two entries with the same values (written differently where that is the same).
  const cases: [string, PlainEntry, PlainEntry, string][] = [
    [
      'two centres of one name in one kommun',
      entry('centres', 'a', { name: 'Familjens hus', kommun: ref('kommuner', '2062') }),
      entry('centres', 'b', { name: 'Familjens  hus', kommun: ref('kommuner', '2062') }),
      'name and kommun',
    ],
    [
      'two sources at one address',
      entry('sources', 'a', { url: 'https://example.se/sida' }),
      entry('sources', 'b', { url: 'https://example.se/sida/' }),
      'url',
    ],
    [
      'two glossary entries of one term',
      entry('glossary', 'a', { term: 'BVC' }),
      entry('glossary', 'b', { term: 'bvc' }),
      'term',
    ],
    [
      'two texts for one kommun',
      entry('kommunprofiler', 'a', { kommun: ref('kommuner', '2062') }),
      entry('kommunprofiler', 'b', { kommun: ref('kommuner', '2062') }),
      'kommun',
    ],
    [
      'two chapters of one title',
      entry('guidance', 'a', { title: 'Värdegrund' }),
      entry('guidance', 'b', { title: 'Värdegrund' }),
      'title',
    ],
    [
      'two strategies of one title',
      entry('strategy', 'a', { title: 'Plan' }),
      entry('strategy', 'b', { title: 'Plan' }),
      'title',
    ],
    [
      'two templates of one title',
      entry('templates', 'a', { title: 'Mall' }),
      entry('templates', 'b', { title: 'Mall' }),
      'title',
    ],
    [
      'two templates at one position',
      entry('templates', 'a', { order: 1 }),
      entry('templates', 'b', { order: 1 }),
      'order',
    ],
    [
      'two easy-read texts of one title',
      entry('easyRead', 'a', { title: 'Text' }),
      entry('easyRead', 'b', { title: 'Text' }),
      'title',
    ],
    [
      'two news items of one event',
      entry('news', 'a', { title: 'Invigd', date: '2023-10-23' }),
      entry('news', 'b', { title: 'Invigd', date: '2023-10-23' }),
      'title and date',
    ],
    [
      'two checklist steps at one position',
      entry('startSteps', 'a', { order: 2 }),
      entry('startSteps', 'b', { order: 2 }),
      'order (item "b")',
    ],
    [
      'two questions at one position',
      entry('assessment', 'a', { order: 2 }),
      entry('assessment', 'b', { order: 2 }),
      'order (item "b")',
    ],
    [
      'two goals of one measure and period',
      entry('goals', 'a', { measure: 'm', period: { from: 2020, to: 2022 } }),
      entry('goals', 'b', { measure: 'm', period: { from: 2020, to: 2022 } }),
      'measure and period.from and period.to',
    ],
    [
      'two translations of one text into one language',
      entry('translations', 'fi/a', { lang: 'fi', translates: ref('easyRead', 'x') }),
      entry('translations', 'fi/b', { lang: 'fi', translates: ref('easyRead', 'x') }),
      'lang and translates',
    ],
    [
      'two translations of one sentence into one language',
      entry('parentTextTranslations', 'fi/a', { lang: 'fi', translates: 'bvc' }),
      entry('parentTextTranslations', 'fi/b', { lang: 'fi', translates: 'bvc' }),
      'lang and translates',
    ],
    [
      'two files of one centre’s texts in one language',
      entry('centreTextTranslations', 'fi/orsa', { lang: 'fi', translates: 'orsa' }),
      entry('centreTextTranslations', 'fi/orsa-2', { lang: 'fi', translates: 'orsa' }),
      'lang and translates',
    ],
  ];
  it.each(cases)(
    'stops on %s, naming the second file, the fields, the values and the first file',
    (_what, a, b, field) => {
      const problems = checkUnique([b, a]);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: b.filePath, field });
      expect(problems[0]?.received).toMatch(new RegExp(`, which ${a.filePath ?? ''} already has$`));
      expect(problems[0]?.expected.length).toBeGreaterThan(10);
    },
  );

  it('has a case for every rule', () =>
    expect(new Set(cases.map(([, e]) => e.collection))).toEqual(
      new Set(UNIQUE.map((r) => r.collection)),
    ));

  it('takes entries that differ, and two centres whose names are not known', () => {
    expect(
      checkUnique([
        entry('centres', 'a', {
          name: 'Familjecentral i Falun',
          nameKnown: false,
          kommun: ref('kommuner', '2080'),
        }),
        entry('centres', 'b', {
          name: 'Familjecentral i Falun',
          nameKnown: false,
          kommun: ref('kommuner', '2080'),
        }),
        entry('centres', 'c', { name: 'Familjens hus', kommun: ref('kommuner', '2062') }),
        entry('centres', 'd', { name: 'Familjens hus', kommun: ref('kommuner', '2034') }),
        entry('sources', 'a', { url: 'https://example.se/a' }),
        entry('sources', 'b', {}),
        entry('sources', 'c', {}),
      ]),
    ).toEqual([]);
  });

  it('two follow-ups for one centre and year cannot be: the file is named after the centre', () => {
    const followUp = (id: string) => ({
      ...entry('followUp', id, {}),
      data: { year: 2026, kommun: { id: '2085' }, centre: { id: 'ludvika' } },
    });
    const places = { centreKommun: new Map([['ludvika', '2085']]), kommunSlugs: new Map() };
    expect(
      checkFollowUps([followUp('2026/ludvika'), followUp('2026/ludvika-2')], [], [], places),
    ).toEqual([
      {
        file: 'src/content/followUp/2026/ludvika-2',
        field: 'centre',
        received: '"ludvika"',
        expected: '"ludvika-2", the centre the file is named after',
      },
    ]);
  });
});

describe('a list file’s items with one id', () => {
  it('stops on the second, naming its place in the file', () => {
    expect(
      checkListIds('src/content/start-steps.yaml', [{ id: 'a' }, { id: 'b' }, { id: 'a' }]),
    ).toEqual([
      {
        file: 'src/content/start-steps.yaml',
        field: '[2].id',
        received: '"a", which an item above already has',
        expected: 'an id no other item of the file has: each item is one entry',
      },
    ]);
  });
  it('knows every list collection', () =>
    expect(editorCollections().filter((c) => c.format === 'list').length).toBeGreaterThan(2));
});
