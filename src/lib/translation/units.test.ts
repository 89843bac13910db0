import { describe, expect, it } from 'vitest';
import { importUnits, replaceLines, textLines, unitsOf, type LanguageContent } from './units';
import { defined } from '../../../tests/support/defined';

const content: LanguageContent = {
  messages: { 'box.title': 'För dig som förälder', 'age.short.dated': 'Uppgift från {month}' },
  phrases: [
    { id: 'box.title', text: 'For you as a parent', checked: true },
    { id: 'age.short.dated', text: 'Information from {month}', checked: false },
  ],
  sentences: [
    { id: 'bvc', swedish: 'gå till BVC.', translation: { text: 'go to BVC.', checked: false } },
    { id: 'hitta-bvc', swedish: 'BVC finns på vårdcentralen.' },
  ],
  centreTexts: [
    {
      id: 'orsa',
      fields: [
        {
          field: 'contact[0].label',
          swedish: 'Orsa församling',
          translation: { text: 'Orsa församling, the parish', checked: true },
        },
        { field: 'contact[0].note', swedish: 'Församlingens allmänna nummer' },
      ],
    },
  ],
  texts: [
    {
      id: 'lattlast',
      swedish: { title: 'Vad?', summary: 'Om', body: 'En rad.\\\nTvå.\n\n## Rubrik\n\n- punkt\n' },
      translation: {
        title: 'What?',
        summary: 'About',
        body: 'A line.\\\nTwo.\n\n## Heading\n\n- item\n',
        checked: false,
      },
    },
  ],
};

describe('a language’s units for a translator', () => {
  it('are every message, every sentence and every line of each text, with source, target and whether checked', () => {
    const units = unitsOf(content);
    expect(units.map((u) => u.id)).toEqual([
      'phrase/box.title',
      'phrase/age.short.dated',
      'sentence/bvc',
      'sentence/hitta-bvc',
      'centre/orsa/contact[0].label',
      'centre/orsa/contact[0].note',
      'text/lattlast/title',
      'text/lattlast/summary',
      'text/lattlast/line-1',
      'text/lattlast/line-2',
      'text/lattlast/line-3',
      'text/lattlast/line-4',
    ]);
    expect(units[0]).toMatchObject({
      source: 'För dig som förälder',
      target: 'For you as a parent',
      checked: true,
    });
    expect(units[1]?.note).toMatch(/placeholder/);
    expect(units[3]).toMatchObject({ target: '', checked: false });
    expect(units.slice(4, 6)).toMatchObject([
      { source: 'Orsa församling', target: 'Orsa församling, the parish', checked: true },
      { source: 'Församlingens allmänna nummer', target: '', checked: false },
    ]);
    expect(units[4]?.note).toMatch(/Keep the names of organisations/);
    expect(units.slice(8).map((u) => [u.source, u.target])).toEqual([
      ['En rad.', 'A line.'],
      ['Två.', 'Two.'],
      ['Rubrik', 'Heading'],
      ['punkt', 'item'],
    ]);
  });

  it('tell the translator of a number’s two forms which numbers each is for, besides the placeholders', () => {
    const [one, other, plain] = unitsOf({
      ...content,
      messages: {
        'search.hits.one': '{count} träff',
        'search.hits.other': '{count} träffar',
        'box.title': 'För dig som förälder',
      },
    });
    expect(one?.note).toMatch(/"\.one" form .* singular/);
    expect(one?.note).toMatch(/placeholder/);
    expect(other?.note).toBe(one?.note);
    expect(plain?.note).toBeUndefined();
  });

  it('keep a text’s Markdown around its lines when lines are replaced', () => {
    const body = defined(content.texts[0]).translation.body;
    expect(textLines(body).map((l) => [l.prefix, l.suffix])).toEqual([
      ['', '\\'],
      ['', ''],
      ['## ', ''],
      ['- ', ''],
    ]);
    expect(replaceLines(body, ['One line.', 'Two.', 'Title', 'point'])).toBe(
      'One line.\\\nTwo.\n\n## Title\n\n- point\n',
    );
  });
});

describe('a file back from the translator', () => {
  const units = unitsOf(content);
  const back = (
    id: string,
    change: Partial<{ source: string; target: string; approved: boolean }>,
  ) => {
    const u = units.find((x) => x.id === id) ?? { source: 'Okänd', target: '', checked: false };
    return { id, source: u.source, target: u.target, approved: u.checked, ...change };
  };
  it('replaces changed targets, records reviewed units as checked, refuses stale or unknown units and leaves the rest', () => {
    const result = importUnits(
      units,
      [
        back('phrase/age.short.dated', { target: 'Information as of {month}' }),
        back('sentence/bvc', { approved: true }),
        back('text/lattlast/line-1', { source: 'En annan rad.', target: 'Another line.' }),
        back('phrase/nope', {}),
        back('sentence/hitta-bvc', { target: 'BVC is at the health centre (vårdcentral).' }),
      ].map((r) => ({ ...r, id: r.id, source: r.source ?? '' })),
    );
    expect(result.changed).toEqual([
      { id: 'phrase/age.short.dated', target: 'Information as of {month}' },
      { id: 'sentence/hitta-bvc', target: 'BVC is at the health centre (vårdcentral).' },
    ]);
    expect(result.checked).toEqual(['sentence/bvc']);
    expect(result.refused.map((r) => r.id)).toEqual(['text/lattlast/line-1', 'phrase/nope']);
    expect(result.refused[0]?.why).toMatch(/Swedish source has changed since the export/);
    expect(result.missing).toContain('phrase/box.title');
  });
});
