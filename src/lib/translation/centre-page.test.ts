import { describe, expect, it } from 'vitest';
import { sourceRef } from '../source-view';
import { contactRows } from '../register/contact';
import { attributionIn, translatedCentre } from './centre-page';

const kommunPage = sourceRef('sida', {
  title: 'Öppna förskolan',
  publisher: 'Orsa kommun',
  date: '2023-10-16',
  reported: false,
});
const paper = sourceRef('dt', {
  description: 'Artikel',
  publisher: 'Dalarnas Tidningar',
  date: '2020-01',
  reported: true,
});
const undated = sourceRef('u', {
  title: 'Sida',
  publisher: 'Ludvika kommun',
  date: 'okänd',
  accessed: new Date('2026-11-23T00:00:00Z'),
  reported: false,
});

describe('attributionIn', () => {
  it('says who and when in the page’s language, "according to" for a press source', () => {
    expect(attributionIn('en', kommunPage)).toBe('Orsa kommun, 16 October 2023');
    expect(attributionIn('en', paper)).toBe('according to Dalarnas Tidningar, January 2020');
    expect(attributionIn('fi', undated)).toBe(
      'Ludvika kommun, ei päiväystä, luettu 23. marraskuuta 2026',
    );
    expect(attributionIn('ar', kommunPage)).toMatch(/^\u2068Orsa kommun\u2069, /);
  });
});

describe('translatedCentre', () => {
  const input = {
    lang: 'en' as const,
    status: 'öppen' as const,
    services: [
      { service: 'oppen-forskola' as const, planned: false },
      { service: 'mvc' as const, planned: true },
    ],
    visit: [{ place: 'Församlingshemmet', source: kommunPage }],
    sessions: [
      {
        days: ['mån', 'fre'] as ('mån' | 'fre')[],
        from: '09:00',
        to: '11:30',
        what: 'Öppna förskolan',
        service: 'oppen-forskola',
        source: kommunPage,
      },
    ],
    exceptions: [{ date: '2026-12-24', kind: 'stängt' as const, source: kommunPage }],
    contact: contactRows([
      { kind: 'telefon', value: '0250-55 20 00', label: 'Växel', source: kommunPage },
    ]),
    today: '2026-12-01',
  };

  it('gives the facts of the Swedish page with the language’s fixed words, and keeps free text Swedish', () => {
    const view = translatedCentre(input);
    expect(view.what).toEqual([{ text: 'Open preschool' }]);
    expect(view.confidentiality).toBeUndefined();
    expect(view.when?.days.map((d) => d.day)).toEqual(['Monday', 'Friday']);
    expect(view.when?.days[0].sessions).toEqual([
      { time: '09.00–11.30', swedish: 'Öppna förskolan', until: undefined },
    ]);
    expect(view.when?.hoursPerWeek).toBe('The open preschool is open 5 hours a week.');
    expect(view.where).toEqual([
      { swedish: 'Församlingshemmet', note: undefined, by: 'Orsa kommun, 16 October 2023' },
    ]);
    expect(view.exceptions).toEqual([
      {
        when: '24 December 2026',
        kind: 'Closed',
        time: undefined,
        swedish: '',
        by: 'Orsa kommun, 16 October 2023',
      },
    ]);
    expect(view.contact[0]).toMatchObject({
      kind: 'Phone',
      label: 'Växel',
      href: 'tel:+46250552000',
    });
  });

  it('uses a translated sentence for a service the centre runs, with the Swedish sentence’s sources, and the confidentiality sentence', () => {
    const view = translatedCentre({
      ...input,
      sentences: {
        'oppen-forskola': {
          text: 'Go to the open preschool with your child.',
          sources: [kommunPage],
        },
        mvc: { text: 'Meet a midwife.', sources: [kommunPage] },
        tystnadsplikt: {
          text: 'The staff have a duty of confidentiality.',
          sources: [kommunPage, paper],
        },
      },
    });
    expect(view.what).toEqual([
      { text: 'Go to the open preschool with your child.', by: 'Orsa kommun, 16 October 2023' },
    ]);
    expect(view.confidentiality).toEqual({
      text: 'The staff have a duty of confidentiality.',
      by: 'Orsa kommun, 16 October 2023; according to Dalarnas Tidningar, January 2020',
    });
  });

  it('says so, in the language, when the centre is not open, and what is unknown', () => {
    const view = translatedCentre({
      ...input,
      lang: 'fi',
      status: 'planerad',
      visit: [],
      sessions: [],
      exceptions: [],
      contact: [],
    });
    expect(view.notOpen).toBe(
      'Lähteidemme mukaan perhekeskus ei ole auki. Tässä kerrottu on suunnitelmaa.',
    );
    expect(view.what).toEqual([]);
    expect(view.when).toBeUndefined();
    expect(view.ask).toBeUndefined();
  });
});
