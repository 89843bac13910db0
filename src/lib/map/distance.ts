/** Distances between kommuner, from their centroids (great-circle, in km). */
export interface Point {
  lat: number;
  lon: number;
}

const EARTH_RADIUS_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

export function distanceKm(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h));
}

/** The `count` nearest candidates to `from`, nearest first, with their distance. */
export function nearest<T extends { centroid: Point }>(
  from: Point,
  candidates: readonly T[],
  count: number,
): { item: T; km: number }[] {
  return candidates
    .map((item) => ({ item, km: distanceKm(from, item.centroid) }))
    .sort((a, b) => a.km - b.km)
    .slice(0, count);
}
