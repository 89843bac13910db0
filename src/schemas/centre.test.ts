import { describe, expect, it } from 'vitest';
import { centreSchema } from './centre';

const valid = {
  name: 'Familjecentral i Exempelby',
  kommun: '2080',
  status: 'öppen',
  events: [{ event: 'oppnad', date: '2021-03', source: 'kalla' }],
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
    expect(centre.openPreschool).toBeUndefined();
    expect(centre.visit).toEqual([]);
    expect(centre.kommun).toEqual({ collection: 'kommuner', id: '2080' });
    expect(centre.events[0].source).toEqual({ collection: 'sources', id: 'kalla' });
  });

  it('explains a status that is not one of the four', () => {
    expect(issues({ ...valid, status: 'open' })).toEqual(['status: expected one of: planerad, beslutad, öppen, stängd; received "open"']);
  });

  it('stops a status that the newest event contradicts, naming the field and what is expected', () => {
    expect(issues({ ...valid, status: 'beslutad' })).toEqual([
      'status: expected "öppen", the status that the newest event gives ("oppnad", 2021-03, events[0]); received "beslutad". Change the status, or add the newer event that supports it',
    ]);
  });

  it('needs an event with its source', () => {
    expect(issues({ ...valid, events: [] })[0]).toMatch(/^events: expected at least one dated event that shows the status/);
    expect(issues({ ...valid, events: [{ event: 'oppnad', date: '2021' }] })).toEqual(['events.0.source: expected the id (file name without .yaml) of a source in src/content/sources/; received nothing (the field is missing)']);
  });

  it('accepts partial dates, and YAML dates and years as the editor meant them', () => {
    const events = [{ event: 'beslut', date: 2019, source: 'k' }, { event: 'oppnad', date: new Date('2021-01-27'), source: 'k' }, { event: 'invigd', date: 'okänd', source: 'k' }];
    expect(centreSchema.parse({ ...valid, events }).events.map((e) => e.date)).toEqual(['2019', '2021-01-27', 'okänd']);
  });

  it('rejects a badly written date', () => {
    expect(issues({ ...valid, events: [{ event: 'oppnad', date: '27/1 2021', source: 'k' }] })).toContain(
      'events.0.date: expected a date written as YYYY, YYYY-MM or YYYY-MM-DD, for example 2021-05-14, or "okänd"; received "27/1 2021"',
    );
  });

  it('requires at least one source, an owner and a review date', () => {
    expect(issues({ ...valid, sources: [], owner: undefined, lastReviewed: 'igår' })).toEqual([
      'sources: expected a list of source ids from src/content/sources/, at least one; received a list of 0',
      'lastReviewed: expected a date written as YYYY-MM-DD, for example 2026-11-22; received "igår"',
      'owner: expected the role and organisation that answers for this entry, for example "Regional samordnare, Region Dalarna"; received nothing (the field is missing)',
    ]);
  });

  it('requires the place of a service that is elsewhere', () => {
    expect(issues({ ...valid, services: [{ service: 'bvc', huvudman: 'region', location: 'annan-plats' }] })).toEqual([
      'services.0.place: expected the name of the place where the service is, since location is "annan-plats"; received nothing (the field is missing)',
    ]);
  });

  it('checks opening times', () => {
    const openPreschool = (times: unknown) => ({ ...valid, openPreschool: { times, source: 'k' } });
    expect(issues(openPreschool([{ days: ['mån'], from: '9.30', to: '12:00' }]))).toEqual(['openPreschool.times.0.from: expected a time written HH:MM, for example 09:30; received "9.30"']);
    expect(issues(openPreschool([{ days: ['måndag'], from: '09:30', to: '12:00' }]))[0]).toBe('openPreschool.times.0.days.0: expected one of: mån, tis, ons, tor, fre, lör, sön; received "måndag"');
    expect(issues(openPreschool([{ days: ['mån'], from: '12:00', to: '09:30' }]))).toEqual(['openPreschool.times.0.to: expected a closing time after the opening time']);
  });
});
