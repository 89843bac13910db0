/**
 * SVG paths for a map drawn at build time from GeoJSON: no tiles, no client JavaScript.
 * Plain data in (features), plain data out (path strings and label points).
 */
import { geoArea, geoCentroid, geoMercator } from 'd3-geo';

/** A point as longitude and latitude (GeoJSON's order). */
export type Position = [number, number];
/** A closed line of points: a polygon's outline or one of its holes. */
export type Ring = Position[];
export type Geometry =
  { type: 'Polygon'; coordinates: Ring[] } | { type: 'MultiPolygon'; coordinates: Ring[][] };

export interface GeoFeature<P> {
  type: 'Feature';
  properties: P;
  geometry: Geometry;
}

/** A polygon's rings, or each polygon's of a multipolygon. */
const polygonsOf = (geometry: Geometry): Ring[][] =>
  geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;

/** The point at `i` of a list the caller indexes within its bounds. */
function pointAt<T>(points: readonly T[], i: number): T {
  const point = points[i];
  if (point === undefined) throw new RangeError(`No point ${i} of ${points.length}.`);
  return point;
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
  if (geoArea(feature.geometry) <= 2 * Math.PI) return feature;
  const reverseRings = (polygon: Ring[]) => polygon.map((ring) => [...ring].reverse());
  const { geometry } = feature;
  return {
    ...feature,
    geometry:
      geometry.type === 'Polygon'
        ? { type: 'Polygon', coordinates: reverseRings(geometry.coordinates) }
        : { type: 'MultiPolygon', coordinates: geometry.coordinates.map(reverseRings) },
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
    const [first, last] = pointAt(stack.splice(-1), 0);
    const [ax, ay] = pointAt(points, first);
    const [bx, by] = pointAt(points, last);
    const dx = bx - ax;
    const dy = by - ay;
    const length = Math.hypot(dx, dy);
    let farthest = -1;
    let distance = tolerance;
    for (let i = first + 1; i < last; i++) {
      const [px, py] = pointAt(points, i);
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
    const [nx, ny] = pointAt(ring, (i + 1) % ring.length);
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
  const [start, ...rest] = points;
  if (!start) return '';
  let out = `M${start[0]},${start[1]}`;
  if (rest.length > 0) out += 'l';
  let previous = start;
  for (const [i, point] of rest.entries()) {
    const pair = `${round(point[0] - previous[0])},${round(point[1] - previous[1])}`;
    out += i === 0 || pair.startsWith('-') ? pair : ` ${pair}`;
    previous = point;
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
  // The shapes alone: d3 measures and projects geometry, and the properties are the caller's.
  const collection = {
    type: 'GeometryCollection' as const,
    geometries: wound.map((f) => f.geometry),
  };
  // A margin keeps labels of kommuner on the edge inside the picture.
  const margin = Math.round(Math.min(width, height) * 0.06);
  const projection = geoMercator().fitExtent(
    [
      [margin, margin / 2],
      [width - margin, height - margin / 2],
    ],
    collection,
  );
  return wound.map((f) => {
    const [x, y] = projection(geoCentroid(f.geometry)) ?? [0, 0];
    const rings = polygonsOf(f.geometry)
      .flat()
      .map((ring) => {
        // The ring without its closing point, projected, simplified, and wound one way.
        const projected = ring.slice(0, -1).map((p): Position => projection(p) ?? [0, 0]);
        const simple = simplify([...projected, ...projected.slice(0, 1)], tolerance).slice(0, -1);
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
