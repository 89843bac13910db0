import { expect, it } from 'vitest';
import { distanceKm, nearest } from './distance';

const falun = { lat: 60.6, lon: 15.63 };
const borlange = { lat: 60.48, lon: 15.43 };
const mora = { lat: 61.0, lon: 14.54 };

it('is zero from a point to itself and symmetric', () => {
  expect(distanceKm(falun, falun)).toBe(0);
  expect(distanceKm(falun, mora)).toBeCloseTo(distanceKm(mora, falun), 9);
});
it('gives the great-circle distance (Falun–Borlänge about 16 km)', () => {
  expect(distanceKm(falun, borlange)).toBeGreaterThan(14);
  expect(distanceKm(falun, borlange)).toBeLessThan(18);
});
it('orders candidates nearest first and keeps the count asked for', () => {
  const result = nearest(
    falun,
    [
      { name: 'Mora', centroid: mora },
      { name: 'Borlänge', centroid: borlange },
    ],
    1,
  );
  expect(result.map((r) => r.item.name)).toEqual(['Borlänge']);
});
