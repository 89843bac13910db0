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
    expect(centre.organisation).toEqual({
      coordinator: 'okänd',
      steeringGroup: 'okänd',
      sharedPlanningTime: 'okänd',
    });
    expect(centre.programme).toBeUndefined();
    expect(centre.contact).toEqual([]);
    expect(centre.visit).toEqual([]);
    expect(centre.kommun).toEqual({ collection: 'kommuner', id: '2080' });
    expect(centre.events[0]?.source).toEqual({ collection: 'sources', id: 'kalla' });
  });

  it('explains a status that is not one of the four', () => {
    expect(issues({ ...valid, status: 'open' })).toEqual([
      'status: expected one of: planerad, beslutad, öppen, stängd; received "open"',
    ]);
  });

  it('stops a status that the newest event contradicts, naming the field and what is expected', () => {
    expect(issues({ ...valid, status: 'beslutad' })).toEqual([
      'status: expected "öppen", the status that the newest event gives ("oppnad", 2021-03, events[0]); received "beslutad". Change the status, or add the newer event that supports it',
    ]);
  });

  it('needs an event with its source', () => {
    expect(issues({ ...valid, events: [] })[0]).toMatch(
      /^events: expected at least one dated event that shows the status/,
    );
    expect(issues({ ...valid, events: [{ event: 'oppnad', date: '2021' }] })).toEqual([
      'events.0.source: expected the id (file name without .yaml) of a source in src/content/sources/; received nothing (the field is missing)',
    ]);
  });

  it('accepts partial dates, and YAML dates and years as the editor meant them', () => {
    const events = [
      { event: 'beslut', date: 2019, source: 'k' },
      { event: 'oppnad', date: new Date('2021-01-27'), source: 'k' },
      { event: 'invigd', date: 'okänd', source: 'k' },
    ];
    expect(centreSchema.parse({ ...valid, events }).events.map((e) => e.date)).toEqual([
      '2019',
      '2021-01-27',
      'okänd',
    ]);
  });

  it('rejects a badly written date', () => {
    expect(
      issues({ ...valid, events: [{ event: 'oppnad', date: '27/1 2021', source: 'k' }] }),
    ).toContain(
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
    expect(
      issues({
        ...valid,
        services: [{ service: 'bvc', huvudman: 'region', location: 'annan-plats' }],
      }),
    ).toEqual([
      'services.0.place: expected the name of the place where the service is, since location is "annan-plats"; received nothing (the field is missing)',
    ]);
  });

  it('checks the week’s sessions', () => {
    const session = {
      days: ['mån'],
      from: '09:30',
      to: '12:00',
      what: 'Öppna förskolan',
      source: 'k',
    };
    const programme = (sessions: unknown[], exceptions: unknown[] = []) => ({
      ...valid,
      programme: { sessions, exceptions },
    });
    expect(issues(programme([{ ...session, from: '9.30' }]))).toEqual([
      'programme.sessions.0.from: expected a time written HH:MM, for example 09:30; received "9.30"',
    ]);
    expect(issues(programme([{ ...session, days: ['måndag'] }]))[0]).toBe(
      'programme.sessions.0.days.0: expected one of: mån, tis, ons, tor, fre, lör, sön; received "måndag"',
    );
    expect(issues(programme([{ ...session, from: '12:00', to: '09:30' }]))).toEqual([
      'programme.sessions.0.to: expected an end time after the start time',
    ]);
    expect(
      issues(programme([{ ...session, validFrom: '2026-12-01', validTo: '2026-08-01' }])),
    ).toEqual([
      'programme.sessions.0.validTo: expected the last day on or after the first day (validFrom)',
    ]);
  });

  it('checks closed days and changed hours', () => {
    const programme = (exceptions: unknown[]) => ({
      ...valid,
      programme: {
        sessions: [
          { days: ['mån'], from: '09:30', to: '12:00', what: 'Öppna förskolan', source: 'k' },
        ],
        exceptions,
      },
    });
    expect(issues(programme([{ date: '2026-12-24', kind: 'stängt', source: 'k' }]))).toEqual([]);
    expect(
      issues(programme([{ date: '2026-12-24', until: '2026-12-20', kind: 'stängt', source: 'k' }])),
    ).toEqual([
      'programme.exceptions.0.until: expected the last day on or after the first day (date)',
    ]);
    expect(issues(programme([{ date: '2026-12-24', kind: 'ändrad-tid', source: 'k' }]))).toEqual([
      'programme.exceptions.0.from: expected the new start and end times (from, to), since kind is "ändrad-tid"; received none',
    ]);
  });

  it('publishes only organisations’ numbers and functional addresses', () => {
    const contact = (kind: string, value: string) => ({
      ...valid,
      contact: [{ kind, value, source: 'k' }],
    });
    expect(issues(contact('telefon', '0226-64 50 00'))).toEqual([]);
    expect(issues(contact('telefon', '070-123 45 67'))).toEqual([
      'contact.0.value: expected an organisation’s phone number such as "0226-64 50 00" (a switchboard or a unit; never a mobile number of a person); received "070-123 45 67"',
    ]);
    expect(issues(contact('e-post', 'kommun@borlange.se'))).toEqual([]);
    expect(issues(contact('e-post', 'anna.andersson@borlange.se'))[0]).toMatch(
      /^contact\.0\.value: expected a functional address .+; received "anna\.andersson@borlange\.se"$/,
    );
    expect(issues(contact('besoksadress', 'Stadshuset'))[0]).toMatch(
      /^contact\.0\.value: expected a street address with its number/,
    );
  });
});
