import { describe, expect, it } from 'vitest';
import { centreStage, kommunStage, kommunTimeline, openingYear, ROAD, roadSteps } from './stages';
import { centre, ev } from '../../../tests/support/test-centres';

describe('a kommun’s road to a family centre', () => {
  it('is the furthest step its centres have reached, with the event that reached it', () => {
    const smedjebacken = centre('s', '2061', 'beslutad', {
      events: [
        ev('avsiktsforklaring', '2019-12-18'),
        ev('beslut', 'okänd'),
        ev('lokaler', 'okänd'),
        ev('planerad-oppning', '2024'),
      ],
    });
    const stage = kommunStage('2061', [smedjebacken]);
    expect(stage.stage).toBe('lokaler');
    expect(stage.event).toMatchObject({ event: 'lokaler', centreId: 's' });
  });

  it('dates an open centre by its opening, not by a later source saying it runs', () => {
    const orsa = centre('o', '2034', 'öppen', {
      events: [ev('i-drift', '2023-10-16'), ev('invigd', '2023-10-23')],
    });
    expect(centreStage(orsa).event).toMatchObject({ event: 'invigd', date: '2023-10-23' });
    const mora = centre('m', '2062', 'öppen', {
      events: [ev('beslut', '2014-11-11'), ev('i-drift', '2019')],
    });
    expect(centreStage(mora).event).toMatchObject({ event: 'i-drift', date: '2019' });
  });

  it('takes the centre that got furthest, and of two open ones the earlier', () => {
    const centres = [
      centre('a', '2023', 'planerad', { events: [ev('avsiktsforklaring', '2021-05-14')] }),
      centre('b', '2023', 'öppen', { events: [ev('invigd', '2024')] }),
      centre('c', '2023', 'öppen', { events: [ev('oppnad', '2022-03')] }),
    ];
    expect(kommunStage('2023', centres)).toMatchObject({
      stage: 'oppen',
      event: { centreId: 'c' },
    });
  });

  it('keeps a closed centre as history: "stangd" only when the kommun has nothing else', () => {
    const closed = centre('x', '2021', 'stängd', {
      events: [ev('oppnad', '2010'), ev('stangd', '2018')],
    });
    expect(kommunStage('2021', [closed]).stage).toBe('stangd');
    expect(kommunStage('2021', [closed, centre('y', '2021', 'planerad')]).stage).toBe(
      'avsiktsforklaring',
    );
  });

  it('is "ingen" where no family centre is known, and ignores centre-like services', () => {
    expect(kommunStage('2039', [])).toEqual({ stage: 'ingen' });
    expect(
      kommunStage('2039', [centre('l', '2039', 'öppen', { kind: 'familjecentralsliknande' })])
        .stage,
    ).toBe('ingen');
  });

  it('lists every event of the kommun oldest first, undated ones last', () => {
    const a = centre('a', '2061', 'beslutad', {
      events: [
        ev('avsiktsforklaring', '2019-12-18'),
        ev('lokaler', 'okänd'),
        ev('planerad-oppning', '2024'),
      ],
    });
    const b = centre('b', '2061', 'planerad', { events: [ev('utredning', '2017')] });
    expect(kommunTimeline('2061', [a, b]).map((e) => `${e.centreId}:${e.event}`)).toEqual([
      'b:utredning',
      'a:avsiktsforklaring',
      'a:planerad-oppning',
      'a:lokaler',
    ]);
  });
});

describe('the open step and the opening year', () => {
  it('dates an open step by an inauguration the kommun invited to, when no source dates the opening itself', () => {
    // Orsa: the kommun's page of 16 October tells of the centre and invites to its inauguration on 23 October.
    const orsa = centre('o', '2034', 'öppen', {
      events: [ev('i-drift', '2023-10-16'), ev('planerad-oppning', '2023-10-23')],
    });
    expect(centreStage(orsa).event).toMatchObject({
      event: 'planerad-oppning',
      date: '2023-10-23',
    });
    expect(openingYear(orsa)).toBe(2023);
  });
  it('does not take a plan made before a source says the centre runs, nor a source saying it runs, for an opening', () => {
    const mora = centre('m', '2062', 'öppen', {
      events: [
        ev('beslut', '2014-11-11'),
        ev('planerad-oppning', '2016-07-01'),
        ev('i-drift', '2019'),
      ],
    });
    expect(centreStage(mora).event).toMatchObject({ event: 'i-drift', date: '2019' });
    expect(openingYear(mora)).toBeNull();
    const borlange = centre('b', '2081', 'öppen', {
      events: [
        ev('planerad-oppning', '2023'),
        ev('invigd', '2023-05'),
        ev('i-drift', '2024-05-13'),
      ],
    });
    expect(openingYear(borlange)).toBe(2023);
  });
});

describe('the road’s steps as the sources record them', () => {
  const dated = (id: string) => (id === 'odaterad' ? 'okänd' : '2020');
  it('marks a step reached only when an event records it; earlier steps no event records are "okänd"', () => {
    const avesta = centre('a', '2084', 'öppen', { events: [ev('i-drift', '2019')] });
    const steps = roadSteps('2084', [avesta], dated);
    expect(steps.map((s) => s.stage)).toEqual([...ROAD]);
    expect(steps.map((s) => s.state)).toEqual(['okänd', 'okänd', 'okänd', 'okänd', 'nådd']);
    expect(steps.at(-1)?.event).toMatchObject({ event: 'i-drift', date: '2019', centreId: 'a' });
  });
  it('shows each recorded step with its event, and steps beyond the furthest as not reached', () => {
    const smedjebacken = centre('s', '2061', 'beslutad', {
      events: [ev('avsiktsforklaring', '2019-12-18'), ev('lokaler', 'okänd')],
    });
    const steps = roadSteps('2061', [smedjebacken], dated);
    expect(steps.map((s) => `${s.stage}:${s.state}`)).toEqual([
      'samtal:okänd',
      'avsiktsforklaring:nådd',
      'beslut:okänd',
      'lokaler:nådd',
      'oppen:inte-nådd',
    ]);
    // An undated event is dated by its source, as "at the latest then".
    expect(steps[3]?.date).toBe('2020');
  });
  it('tells a step that only undated sources record as such, never as reached', () => {
    const smedjebacken = centre('s', '2061', 'beslutad', {
      events: [
        ev('avsiktsforklaring', '2019-12-18'),
        ev('beslut', 'okänd', 'odaterad'),
        ev('lokaler', 'okänd', 'odaterad'),
      ],
    });
    const steps = roadSteps('2061', [smedjebacken], dated);
    expect(steps.map((s) => `${s.stage}:${s.state}`)).toEqual([
      'samtal:okänd',
      'avsiktsforklaring:nådd',
      'beslut:odaterad',
      'lokaler:odaterad',
      'oppen:inte-nådd',
    ]);
    expect(steps[2]?.date).toBeUndefined();
  });
  it('reaches nothing where no family centre is known', () => {
    expect(roadSteps('2021', [], dated).every((s) => s.state === 'inte-nådd')).toBe(true);
    expect(
      roadSteps(
        '2021',
        [centre('l', '2021', 'öppen', { kind: 'familjecentralsliknande' })],
        dated,
      ).every((s) => s.state === 'inte-nådd'),
    ).toBe(true);
  });
});
