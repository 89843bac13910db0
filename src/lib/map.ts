/**
 * SVG paths for a map drawn at build time from GeoJSON: no tiles, no client JavaScript.
 * Plain data in (features), plain data out (path strings and label points).
 */
import { geoArea, geoCentroid, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';

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
  return { ...feature, geometry: { ...feature.geometry, coordinates } as GeoFeature<P>['geometry'] };
}

export function drawMap<P>(features: readonly GeoFeature<P>[], width: number, height: number): MapShape<P>[] {
  const wound = features.map(rewind);
  const collection = { type: 'FeatureCollection', features: wound } as unknown as GeoPermissibleObjects;
  // A margin keeps labels of kommuner on the edge inside the picture.
  const margin = Math.round(Math.min(width, height) * 0.06);
  const projection = geoMercator().fitExtent([[margin, margin / 2], [width - margin, height - margin / 2]], collection as never);
  const path = geoPath(projection);
  return wound.map((f) => {
    const [x, y] = projection(geoCentroid(f as unknown as GeoPermissibleObjects)) ?? [0, 0];
    return {
      properties: f.properties,
      d: path(f as unknown as GeoPermissibleObjects) ?? '',
      label: [Math.round(x * 10) / 10, Math.round(y * 10) / 10],
    };
  });
}
