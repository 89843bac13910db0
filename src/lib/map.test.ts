import { describe, expect, it } from 'vitest';
import { drawMap, rewind, type GeoFeature } from './map';

// A small square near Falun, wound counter-clockwise as GeoJSON files usually are.
const square = (lon: number, lat: number): GeoFeature<{ name: string }> => ({
  type: 'Feature',
  properties: { name: `${lon},${lat}` },
  geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + 0.5, lat], [lon + 0.5, lat + 0.5], [lon, lat + 0.5], [lon, lat]]] },
});

describe('drawMap', () => {
  it('draws each feature inside the box asked for', () => {
    const shapes = drawMap([square(15, 60), square(16, 61)], 200, 300);
    expect(shapes).toHaveLength(2);
    for (const shape of shapes) {
      expect(shape.d).toMatch(/^M/);
      const numbers = shape.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      for (const n of numbers) {
        expect(n).toBeGreaterThanOrEqual(-0.01);
        expect(n).toBeLessThanOrEqual(300.01);
      }
      expect(shape.label[0]).toBeGreaterThan(0);
    }
  });

  it('rewinds a ring that would cover the whole globe, and leaves a good one alone', () => {
    const ccw = square(15, 60);
    const cw: GeoFeature<{ name: string }> = { ...ccw, geometry: { ...ccw.geometry, coordinates: [[...(ccw.geometry.coordinates[0] as number[][])].reverse()] } };
    const once = rewind(ccw);
    const twice = rewind(cw);
    // Exactly one of the two windings needs reversing, and both end up drawing the same small shape.
    expect([once === ccw, twice === cw].filter(Boolean)).toHaveLength(1);
    expect(drawMap([once], 100, 100)[0].d).toBe(drawMap([twice], 100, 100)[0].d);
  });
});
