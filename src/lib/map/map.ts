/**
 * SVG paths for a map drawn at build time from GeoJSON: no tiles, no client JavaScript.
 * Plain data in (features), plain data out (path strings and label points).
 */
import { geoArea, geoCentroid, geoMercator, type GeoPermissibleObjects } from 'd3-geo';

export interface GeoFeature<P> {
  type: 'Feature';
  properties: P;
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };
}

export interface MapShape<P> {
  properties: P;
  d: string;
  /** Where a label or marker for the shape goes, in SVG coordinates. */
  label: [number, number];
}

/**
 * d3-geo expects clockwise outer rings (spherical polygons); GeoJSON files usually wind the
 * other way, which d3 reads as "the whole globe except this". Reverse such rings.
 */
export function rewind<P>(feature: GeoFeature<P>): GeoFeature<P> {
  if (geoArea(feature as unknown as GeoPermissibleObjects) <= 2 * Math.PI) return feature;
  const reverseRings = (polygon: number[][][]) => polygon.map((ring) => [...ring].reverse());
  const coordinates =
    feature.geometry.type === 'Polygon'
      ? reverseRings(feature.geometry.coordinates as number[][][])
      : (feature.geometry.coordinates as number[][][][]).map(reverseRings);
  return {
    ...feature,
    geometry: { ...feature.geometry, coordinates } as GeoFeature<P>['geometry'],
  };
}

/** Ramer–Douglas–Peucker: the points of a line that matter at `tolerance` (in the line's units). */
export function simplify(
  points: readonly [number, number][],
  tolerance: number,
): [number, number][] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop()!;
    const [ax, ay] = points[first];
    const [bx, by] = points[last];
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = points[i];
      const d =
        length === 0
          ? Math.hypot(px - ax, py - ay)
          : Math.abs(dy * px - dx * py + bx * ay - by * ax) / length;
      if (d > distance) {
        distance = d;
        farthest = i;
      }
    }
    if (farthest >= 0) {
      keep[farthest] = 1;
      stack.push([first, farthest], [farthest, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/** Twice the signed area of a ring, in screen coordinates (y down). */
const signedArea = (ring: readonly [number, number][]) =>
  ring.reduce((sum, [x, y], i) => {
    const [nx, ny] = ring[(i + 1) % ring.length];
    return sum + x * ny - nx * y;
  }, 0);

const round = (n: number) => {
  const r = Math.round(n * 10) / 10;
  return Object.is(r, -0) ? 0 : r;
};

/**
 * A ring as SVG path data: an absolute move, then relative lines with one decimal, written as
 * compactly as the path grammar allows ("l1.5,-2 3,0.5-1,4"). Rounding is done on the absolute
 * points, so errors do not add up along the ring.
 */
export function ringPath(ring: readonly [number, number][]): string {
  const points = ring.map(([x, y]) => [round(x), round(y)] as const);
  let out = `M${points[0][0]},${points[0][1]}`;
  if (points.length > 1) out += 'l';
  for (let i = 1; i < points.length; i++) {
    const dx = round(points[i][0] - points[i - 1][0]);
    const dy = round(points[i][1] - points[i - 1][1]);
    const pair = `${dx},${dy}`;
    out += i === 1 || pair.startsWith('-') ? pair : ` ${pair}`;
  }
  return `${out}z`;
}

/** Screen pixels (of the drawn size) below which a map's detail is not drawn. */
export const MAP_TOLERANCE = 0.5;

export function drawMap<P>(
  features: readonly GeoFeature<P>[],
  width: number,
  height: number,
  tolerance = MAP_TOLERANCE,
): MapShape<P>[] {
  const wound = features.map(rewind);
  const collection = {
    type: 'FeatureCollection',
    features: wound,
  } as unknown as GeoPermissibleObjects;
  // A margin keeps labels of kommuner on the edge inside the picture.
  const margin = Math.round(Math.min(width, height) * 0.06);
  const projection = geoMercator().fitExtent(
    [
      [margin, margin / 2],
      [width - margin, height - margin / 2],
    ],
    collection as never,
  );
  const polygons = (f: GeoFeature<P>) =>
    f.geometry.type === 'Polygon'
      ? [f.geometry.coordinates as number[][][]]
      : (f.geometry.coordinates as number[][][][]);
  return wound.map((f) => {
    const [x, y] = projection(geoCentroid(f as unknown as GeoPermissibleObjects)) ?? [0, 0];
    const rings = polygons(f)
      .flat()
      .map((ring) => {
        // The ring without its closing point, projected, simplified, and wound one way.
        const projected = ring
          .slice(0, -1)
          .map((p): [number, number] => projection(p as [number, number]) ?? [0, 0]);
        const simple = simplify([...projected, projected[0]], tolerance).slice(0, -1);
        return signedArea(simple) < 0 ? simple.reverse() : simple;
      })
      // Islands smaller than a pixel are not drawn.
      .filter(
        (ring) => ring.length >= 3 && Math.abs(signedArea(ring)) >= 2 * tolerance * tolerance,
      );
    return {
      properties: f.properties,
      d: rings.map(ringPath).join(''),
      label: [Math.round(x * 10) / 10, Math.round(y * 10) / 10],
    };
  });
}
