import { describe, expect, it } from 'vitest';
import { parentBox, UNKNOWN_ASK_KOMMUN, type ParentBoxInput } from './parent-box';
import { sourceRef } from '../source-view';

const kommunPage = sourceRef('sida', {
  title: 'Öppna förskolan',
  publisher: 'Ludvika kommun',
  date: 'okänd',
  accessed: new Date('2026-11-23'),
  reported: false,
  url: 'https://www.example.se/vg',
});
const paper = sourceRef('dt', {
  description: 'Artikel',
  publisher: 'Dalarnas Tidningar',
  date: '2020-01',
  reported: true,
});
const minimal: ParentBoxInput = { status: 'öppen', services: [], activities: [], visit: [] };

describe('parentBox', () => {
  it('says what is unknown, and to ask the kommun, where no source gives it', () => {
    const box = parentBox(minimal);
    expect(box.where).toEqual([]);
    expect(box.when).toBeUndefined();
    expect(box.ask).toBe(UNKNOWN_ASK_KOMMUN);
    expect(box.moreInfo).toBeUndefined();
  });

  it('gives place, hours and whom to ask, each with who says it and when', () => {
    const box = parentBox({
      ...minimal,
      services: [
        { service: 'bvc', planned: false },
        { service: 'oppen-forskola', planned: false },
        { service: 'mvc', planned: true },
      ],
      visit: [{ place: 'Kyrkskolan', note: 'Lokalerna i januari 2020', source: paper }],
      programme: {
        sessions: [
          {
            days: ['tis'],
            from: '13:00',
            to: '15:30',
            what: 'Babycafé',
            forWhom: 'Barn 0–12 månader',
            source: kommunPage,
          },
          {
            days: ['mån', 'tis'],
            from: '09:30',
            to: '12:00',
            what: 'Öppna förskolan',
            service: 'oppen-forskola',
            source: kommunPage,
          },
          {
            days: ['ons'],
            from: '09:30',
            to: '12:00',
            what: 'Sångstund',
            validTo: '2026-06-30',
            source: kommunPage,
          },
        ],
        today: '2026-12-01',
      },
      ask: {
        organisation: 'Social- och utbildningsförvaltningen, Ludvika kommun',
        source: kommunPage,
      },
      moreInfo: kommunPage,
    });
    expect(box.what).toEqual([{ text: 'Barnhälsovård (BVC)' }, { text: 'Öppen förskola' }]);
    expect(box.where).toEqual([
      {
        text: 'Kyrkskolan (lokalerna i januari 2020)',
        by: 'enligt Dalarnas Tidningar, januari 2020',
      },
    ]);
    expect(box.whereDisputed).toBe(false);
    expect(box.when).toEqual({
      days: [
        { day: 'Måndag', times: ['09.30–12.00 Öppna förskolan'] },
        {
          day: 'Tisdag',
          times: ['09.30–12.00 Öppna förskolan', '13.00–15.30 Babycafé (barn 0–12 månader)'],
        },
      ],
      hoursPerWeek: 5,
      place: undefined,
      note: undefined,
      by: 'Ludvika kommun, utan datum, läst 23 november 2026',
    });
    expect(box.ask).toBe('Social- och utbildningsförvaltningen, Ludvika kommun');
    expect(box.moreInfo).toEqual({ name: 'Ludvika kommun', url: 'https://www.example.se/vg' });
  });

  it('says the sources disagree only when two sources give different places', () => {
    const twoPlaces = [
      { place: 'Humanistgatan', source: kommunPage },
      { place: 'Maskinistgatan', source: paper },
    ];
    expect(parentBox({ ...minimal, visit: twoPlaces }).whereDisputed).toBe(true);
    expect(
      parentBox({ ...minimal, visit: twoPlaces.map((v) => ({ ...v, source: kommunPage })) })
        .whereDisputed,
    ).toBe(false);
  });

  it('says first that a planned centre is not open, and calls its place planned', () => {
    const box = parentBox({
      ...minimal,
      status: 'beslutad',
      services: [{ service: 'bvc', planned: true }],
    });
    expect(box.open).toBe(false);
    expect(box.notOpen).toMatch(/inte öppen/);
    expect(box.what).toEqual([]);
    expect(box.whereLabel).toBe('Planerad plats');
  });
});

describe('the box’s own sentences', () => {
  const law = sourceRef('lag', {
    title: 'Lagen',
    publisher: 'Riksdagen',
    date: '2025',
    reported: false,
  });
  const texts = [
    { about: 'bvc', text: 'gå till BVC med ditt barn.', sources: [kommunPage] },
    {
      about: 'socialtjanst',
      text: 'träffa socialtjänstens förebyggande verksamhet.',
      sources: [kommunPage, paper],
    },
    { about: 'tystnadsplikt', text: 'Personalen har tystnadsplikt.', sources: [law] },
  ] as const;

  it('says something about a service only where the centre runs it, with the sentence’s sources', () => {
    const box = parentBox({
      ...minimal,
      texts,
      services: [
        { service: 'bvc', planned: false },
        { service: 'socialtjanst', planned: true },
      ],
    });
    expect(box.what).toEqual([
      {
        text: 'Gå till BVC med ditt barn.',
        by: 'Ludvika kommun, utan datum, läst 23 november 2026',
      },
    ]);
    expect(box.what.map((w) => w.text).join(' ')).not.toMatch(/socialtjänst/i);
    expect(box.confidentiality).toEqual({
      text: 'Personalen har tystnadsplikt.',
      by: 'Riksdagen, 2025',
    });
    expect(box.textSources.map((s) => s.id)).toEqual(['sida', 'lag']);
  });

  it('names a service that has no sentence, and shows no sentence for a centre that is not open', () => {
    expect(
      parentBox({ ...minimal, texts, services: [{ service: 'mvc', planned: false }] }).what,
    ).toEqual([{ text: 'Mödrahälsovård (MVC)' }]);
    const planned = parentBox({
      ...minimal,
      texts,
      status: 'planerad',
      services: [{ service: 'bvc', planned: true }],
    });
    expect(planned.what).toEqual([]);
    expect(planned.confidentiality).toBeUndefined();
    expect(planned.textSources).toEqual([]);
  });
});
