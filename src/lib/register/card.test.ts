import { describe, expect, it } from 'vitest';
import { colocationOf, hoursPerWeek, timesByDay } from './card';
import { BASIC_SERVICES, type ServiceLocation } from '../../schemas/centre-vocabulary';

const four = (location: ServiceLocation, planned = false) =>
  BASIC_SERVICES.map((service) => ({ service, location, planned }));

describe('colocationOf', () => {
  it('is "ja" only when all four services run in the centre’s premises', () => {
    expect(colocationOf(four('i-centralen'))).toBe('ja');
    expect(colocationOf(four('i-centralen').slice(0, 3))).toBe('delvis');
  });
  it('makes a centre with one service placed elsewhere not fully co-located', () => {
    const services = four('i-centralen').map((s, i) =>
      i === 2 ? { ...s, location: 'annan-plats' as const } : s,
    );
    expect(colocationOf(services)).toBe('delvis');
  });
  it('is "nej" when the services known are all elsewhere, as in Orsa', () => {
    const orsa = [
      ...four('annan-plats').slice(0, 3),
      { service: 'socialtjanst' as const, location: 'okänd' as const, planned: false },
    ];
    expect(colocationOf(orsa)).toBe('nej');
  });
  it('does not count planned services, and is "okänd" when nothing is known', () => {
    expect(colocationOf(four('i-centralen', true))).toBe('okänd');
    expect(colocationOf([])).toBe('okänd');
    expect(colocationOf(four('okänd'))).toBe('okänd');
  });
});

describe('opening hours', () => {
  const ludvika = [
    { days: ['mån', 'tis', 'ons', 'tor'] as const, from: '13:00', to: '15:30' },
    { days: ['mån', 'tis', 'ons', 'tor', 'fre'] as const, from: '09:30', to: '12:00' },
  ];
  it('adds up the hours of a week', () => {
    expect(hoursPerWeek(ludvika)).toBe(22.5);
    expect(hoursPerWeek([{ days: ['mån', 'tis', 'fre'], from: '09:00', to: '11:30' }])).toBe(7.5);
  });
  it('groups times by weekday, Monday first and mornings first', () => {
    const days = timesByDay(ludvika);
    expect(days.map((d) => d.day)).toEqual(['mån', 'tis', 'ons', 'tor', 'fre']);
    expect(days[0]?.times.map((t) => t.from)).toEqual(['09:30', '13:00']);
    expect(days[4]?.times).toHaveLength(1);
  });
});
