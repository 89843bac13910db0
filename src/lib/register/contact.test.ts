import { describe, expect, it } from 'vitest';
import { contactRows, mapHref, nextStep, telHref } from './contact';
import { sourceRef } from '../source-view';

const page = sourceRef('avesta', {
  title: 'Nyanlända barn',
  publisher: 'Avesta kommun',
  date: 'okänd',
  accessed: new Date('2026-12-01'),
  reported: false,
});

describe('contact rows', () => {
  it('gives every item a link a phone can act on, with who says it and when', () => {
    const rows = contactRows([
      {
        kind: 'telefon',
        value: '0226-64 50 00',
        label: 'Servicecenter',
        hours: 'Måndag–fredag 08.00–16.30',
        source: page,
      },
      { kind: 'e-post', value: 'servicecenter@avesta.se', source: page },
      { kind: 'besoksadress', value: 'Kungsgatan 32, Avesta', source: page },
      {
        kind: 'webbplats',
        value: 'https://www.avesta.se/',
        label: 'Avesta kommuns webbplats',
        source: page,
      },
    ]);
    expect(rows.map((r) => r.href)).toEqual([
      'tel:+46226645000',
      'mailto:servicecenter@avesta.se',
      'https://www.openstreetmap.org/search?query=Kungsgatan%2032%2C%20Avesta',
      'https://www.avesta.se/',
    ]);
    expect(rows[0]).toMatchObject({
      label: 'Servicecenter',
      hours: 'Måndag–fredag 08.00–16.30',
      source: page,
    });
    // No label of its own: the telling says the kind's name in the page's language.
    expect(rows[1]?.label).toBeUndefined();
    expect(telHref('023-830 00')).toBe('tel:+462383000');
    expect(mapHref('Åsgränd 2, Säter')).toBe(
      'https://www.openstreetmap.org/search?query=%C3%85sgr%C3%A4nd%202%2C%20S%C3%A4ter',
    );
  });
});

describe('the next step', () => {
  const switchboard = contactRows([
    { kind: 'telefon', value: '0226-64 50 00', label: 'Växel', source: page },
  ]);
  const web = contactRows([{ kind: 'webbplats', value: 'https://orsa.se/', source: page }]);
  it('is to call the kommun’s switchboard when the centre’s own number is unknown', () => {
    expect(nextStep([], switchboard)).toEqual({ phone: switchboard[0] });
    expect(switchboard[0]?.display).toBe('0226\u201164\u00a050\u00a000');
  });
  it('is the kommun’s web site when no number is known, and nothing when the centre has its own number', () => {
    expect(nextStep([], web)).toEqual({ web: web[0] });
    expect(nextStep(switchboard, switchboard)).toBeUndefined();
    expect(nextStep([], [])).toBeUndefined();
  });
});
