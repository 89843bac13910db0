import { describe, expect, it } from 'vitest';
import { sourceRef } from '../source-view';
import { ageLabel, ageLine, boxAgeIntro, kommunStatusText, weekAgeNote } from './age';
import { SV } from './words';
import { wordsWith } from '../../../tests/support/words';

const kommun = sourceRef('k', {
  title: 'Nyhet',
  publisher: 'Borlänge kommun',
  date: '2024-05-13',
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

describe('the age of a fact, told', () => {
  it('says a recent fact with its month and teller, and nothing more', () => {
    const age = { state: 'ny' as const, date: '2025-05', source: kommun, undated: [] };
    expect(ageLine(SV, age)).toBe('Uppgift från maj 2025 (Borlänge kommun).');
    expect(ageLabel(SV, age)).toBe('Uppgift från maj 2025');
    expect(boxAgeIntro(SV, age)).toBeUndefined();
  });
  it('says an old fact as of then, with the undated sources that say the same, and asks before going', () => {
    const age = { state: 'aldre' as const, date: '2020-01', source: paper, undated: [undated] };
    expect(ageLine(SV, age)).toBe(
      'Uppgift från januari 2020 (enligt Dalarnas Tidningar) – senare uppgift saknas. Samma sak står i en källa utan datum: Ludvika kommun, utan datum, läst 23 november 2026.',
    );
    expect(boxAgeIntro(SV, age)).toMatch(
      /^Den senaste uppgiften om familjecentralen är från januari 2020\. Fråga kommunen/,
    );
    expect(weekAgeNote(SV, age)).toBe(
      'Programmet bygger på en uppgift från januari 2020 (enligt Dalarnas Tidningar). Fråga familjecentralen eller kommunen innan du går dit.',
    );
  });
  it('says an undated fact as undated, with when the page was read', () => {
    const age = { state: 'odaterad' as const, source: undated, undated: [] };
    expect(ageLine(SV, age)).toBe(
      'Uppgift utan datum (Ludvika kommun, utan datum, läst 23 november 2026) – daterad uppgift saknas.',
    );
    expect(ageLabel(SV, age)).toBe('Uppgift utan datum');
  });
  it('tells a kommun’s status in one tense however old, never as if the centre had closed', () => {
    const texts = [
      kommunStatusText(SV, {
        status: 'oppen',
        stage: 'oppen',
        age: { state: 'ny', date: '2025-05' },
      }),
      kommunStatusText(SV, {
        status: 'oppen-aldre',
        stage: 'oppen',
        age: { state: 'aldre', date: '2024-05' },
      }),
      kommunStatusText(SV, { status: 'oppen-aldre', stage: 'oppen', age: { state: 'odaterad' } }),
      kommunStatusText(SV, {
        status: 'planerad',
        stage: 'lokaler',
        age: { state: 'odaterad' },
      }),
    ];
    expect(texts).toEqual([
      'familjecentral enligt en uppgift från maj 2025',
      'familjecentral enligt en uppgift från maj 2024 – senare uppgift saknas',
      'familjecentral enligt en uppgift utan datum',
      'familjecentral på väg: lokaler eller bygge enligt en uppgift utan datum',
    ]);
    expect(texts.join(' ')).not.toMatch(/\bhade\b/);
  });
  it('says the same age in another language through its messages, and in Swedish where one is missing', () => {
    const en = wordsWith('en', {
      'age.line.aldre': 'Information from {month} ({who}). We have nothing newer.',
      'attr.according': 'according to {who}',
    });
    const age = { state: 'aldre' as const, date: '2020-01', source: paper, undated: [] };
    expect(ageLine(en, age)).toBe(
      'Information from January 2020 (according to Dalarnas Tidningar). We have nothing newer.',
    );
    expect(en.fallback('age.box.aldre')).toBe(true);
    expect(boxAgeIntro(en, age)).toMatch(/^Den senaste uppgiften/);
  });
});
