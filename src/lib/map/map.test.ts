import { describe, expect, it } from 'vitest';
import { drawMap, ringPath, rewind, simplify, type GeoFeature } from './map';

/** The absolute points of path data written by ringPath (M, then relative l pairs, z). */
function absolutePoints(d: string): [number, number][] {
  return d
    .split('z')
    .filter(Boolean)
    .flatMap((ring) => {
      const [move = '', lines = ''] = ring.slice(1).split('l');
      const [x0 = NaN, y0 = NaN] = move.split(',').map(Number);
      const steps = lines.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
      const points: [number, number][] = [[x0, y0]];
      let [x, y] = [x0, y0];
      for (let i = 0; i < steps.length; i += 2) {
        [x, y] = [x + (steps[i] ?? NaN), y + (steps[i + 1] ?? NaN)];
        points.push([x, y]);
      }
      return points;
    });
}

// A small square near Falun, wound counter-clockwise as GeoJSON files usually are.
const square = (lon: number, lat: number): GeoFeature<{ name: string }> => ({
  type: 'Feature',
  properties: { name: `${lon},${lat}` },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, lat],
        [lon + 0.5, lat],
        [lon + 0.5, lat + 0.5],
        [lon, lat + 0.5],
        [lon, lat],
      ],
    ],
  },
});

describe('drawMap', () => {
  it('draws each feature inside the box asked for', () => {
    const shapes = drawMap([square(15, 60), square(16, 61)], 200, 300);
    expect(shapes).toHaveLength(2);
    for (const shape of shapes) {
      expect(shape.d).toMatch(/^M/);
      for (const [x, y] of absolutePoints(shape.d)) {
        expect(x).toBeGreaterThanOrEqual(-0.01);
        expect(x).toBeLessThanOrEqual(200.01);
        expect(y).toBeGreaterThanOrEqual(-0.01);
        expect(y).toBeLessThanOrEqual(300.01);
      }
      expect(shape.label[0]).toBeGreaterThan(0);
    }
  });

  it('rewinds a ring that would cover the whole globe, and leaves a good one alone', () => {
    const ccw = square(15, 60);
    const ring = ccw.geometry.type === 'Polygon' ? (ccw.geometry.coordinates[0] ?? []) : [];
    const cw: GeoFeature<{ name: string }> = {
      ...ccw,
      geometry: { type: 'Polygon', coordinates: [[...ring].reverse()] },
    };
    const once = rewind(ccw);
    const twice = rewind(cw);
    // Exactly one of the two windings needs reversing, and both end up drawing the same small shape.
    expect([once === ccw, twice === cw].filter(Boolean)).toHaveLength(1);
    expect(drawMap([once], 100, 100)[0]?.d).toBe(drawMap([twice], 100, 100)[0]?.d);
  });
});

describe('simplify and ringPath', () => {
  it('drops points closer to the line than the tolerance, and keeps corners', () => {
    const line: [number, number][] = [
      [0, 0],
      [1, 0.1],
      [2, -0.1],
      [3, 0],
      [3, 3],
    ];
    expect(simplify(line, 0.5)).toEqual([
      [0, 0],
      [3, 0],
      [3, 3],
    ]);
    expect(simplify(line, 0.05)).toEqual(line);
  });

  it('writes relative moves with one decimal, using minus signs as separators', () => {
    expect(
      ringPath([
        [10.04, 20],
        [12.5, 18],
        [11, 21.26],
      ]),
    ).toBe('M10,20l2.5,-2-1.5,3.3z');
    expect(
      absolutePoints(
        ringPath([
          [10, 20],
          [12.5, 18],
          [11, 21.3],
        ]),
      ),
    ).toEqual([
      [10, 20],
      [12.5, 18],
      [11, 21.3],
    ]);
  });

  it('draws a square of many degrees as its four corners', () => {
    const [shape] = drawMap([square(15, 60)], 400, 460);
    expect(absolutePoints(shape?.d ?? '')).toHaveLength(4);
  });
});
