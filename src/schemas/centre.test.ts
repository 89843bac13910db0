import { describe, expect, it } from 'vitest';
import { centreSchema } from './centre';

const valid = {
  name: 'Familjecentral i Exempelby',
  kommun: '2080',
  status: 'öppen',
  sources: ['kalla'],
  owner: 'Regional samordnare, Region Dalarna',
  lastReviewed: new Date('2026-11-22'),
};

const issues = (data: unknown) => {
  const result = centreSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('centreSchema', () => {
  it('accepts a minimal centre and stores what is unknown as unknown', () => {
    const centre = centreSchema.parse(valid);
    expect(centre.organisation).toEqual({ coordinator: 'okänd', steeringGroup: 'okänd', sharedPlanningTime: 'okänd' });
    expect(centre.openPreschoolHoursPerWeek).toBe('okänd');
    expect(centre.kommun).toEqual({ collection: 'kommuner', id: '2080' });
  });

  it('explains a status that is not one of the four', () => {
    expect(issues({ ...valid, status: 'open' })).toEqual(['status: expected one of: planerad, beslutad, öppen, stängd; received "open"']);
  });

  it('rejects a status that contradicts an event', () => {
    expect(issues({ ...valid, status: 'planerad', events: [{ event: 'oppnad', date: 2020 }] })).toEqual([
      'events.0.event: status "planerad" contradicts the event "oppnad" (2020); expected a status that fits the events, or the event removed',
    ]);
  });

  it('accepts partial dates, and YAML dates and years as the editor meant them', () => {
    const centre = centreSchema.parse({ ...valid, events: [{ event: 'oppnad', date: new Date('2021-01-27') }, { event: 'beslut', date: 2019 }, { event: 'invigd', date: 'okänd' }] });
    expect(centre.events.map((e) => e.date)).toEqual(['2021-01-27', '2019', 'okänd']);
  });

  it('rejects a badly written date', () => {
    expect(issues({ ...valid, events: [{ event: 'oppnad', date: '27/1 2021' }] })).toEqual([
      'events.0.date: expected a date written as YYYY, YYYY-MM or YYYY-MM-DD, for example 2021-05-14, or "okänd"; received "27/1 2021"',
    ]);
  });

  it('requires at least one source, an owner and a review date', () => {
    expect(issues({ ...valid, sources: [], owner: undefined, lastReviewed: 'igår' })).toEqual([
      'sources: expected at least one source id from src/content/sources/; received a list of 0',
      'lastReviewed: expected a date written as YYYY-MM-DD, for example 2026-11-22; received "igår"',
      'owner: expected the role and organisation that answers for this entry, for example "Regional samordnare, Region Dalarna"; received nothing (the field is missing)',
    ]);
  });

  it('rejects open-preschool hours that are not a number or "okänd"', () => {
    expect(issues({ ...valid, openPreschoolHoursPerWeek: 'tolv' })).toEqual([
      'openPreschoolHoursPerWeek: expected a number of hours a week (for example 12) or "okänd"; received "tolv"',
    ]);
  });
});
