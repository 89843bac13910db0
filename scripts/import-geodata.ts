// Derives the project's own geodata from the shared source files (okfse/sweden-geojson,
// simplified from Valmyndigheten's municipal boundaries). Run by hand when the source changes:
//   node scripts/import-geodata.ts ../shared/data/geo
// The site never reads outside the project; it reads src/data/geo/ only.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const from = process.argv[2];
if (!from) {
  console.error(
    'Usage: node scripts/import-geodata.ts <folder with kommuner.geojson and lan.geojson>',
  );
  process.exit(1);
}

/** Coordinates at any depth: a point, a ring, a polygon, a multipolygon. */
type Coordinates = number | Coordinates[];

/** The source files' features, with the properties read here. */
/** A feature of the source files, with the properties this script reads. */
interface SourceFeature<P> {
  properties: P;
  geometry: { type: string; coordinates: Coordinates };
}
type KommunSource = SourceFeature<{
  id: string;
  kom_namn: string;
  lan_code: string;
  geo_point_2d: [number, number];
}>;
type LanSource = SourceFeature<{ l_id: number; name: string }>;
interface OwnFeature {
  type: 'Feature';
  properties: {
    code: string;
    name: string;
    lanCode?: string;
    centroid?: { lat: Coordinates; lon: Coordinates };
  };
  geometry: { type: string; coordinates: Coordinates };
}

/** Rounds coordinates to 4 decimals (about 10 m), enough for a county map. */
const round = (value: Coordinates): Coordinates =>
  Array.isArray(value) ? value.map(round) : Math.round(value * 1e4) / 1e4;

const read = <F>(name: string) =>
  JSON.parse(readFileSync(join(from, name), 'utf8')) as { features: F[] };
const kommuner = read<KommunSource>('kommuner.geojson');
const lan = read<LanSource>('lan.geojson');

const kommunFeatures = kommuner.features
  .map((f): OwnFeature => ({
    type: 'Feature',
    properties: {
      code: f.properties.id,
      name: f.properties.kom_namn,
      lanCode: f.properties.lan_code,
      centroid: {
        lat: round(f.properties.geo_point_2d[0]),
        lon: round(f.properties.geo_point_2d[1]),
      },
    },
    geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
  }))
  .sort((a, b) => a.properties.code.localeCompare(b.properties.code));

const lanFeatures = lan.features
  .map((f): OwnFeature => ({
    type: 'Feature',
    properties: { code: String(f.properties.l_id).padStart(2, '0'), name: f.properties.name },
    geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
  }))
  .sort((a, b) => a.properties.code.localeCompare(b.properties.code));

const write = (name: string, features: OwnFeature[]) =>
  writeFileSync(
    join('src/data/geo', name),
    JSON.stringify({ type: 'FeatureCollection', features }) + '\n',
  );
write('kommuner.geojson', kommunFeatures);
write('lan.geojson', lanFeatures);
console.log(
  `Wrote ${kommunFeatures.length} kommuner and ${lanFeatures.length} län to src/data/geo/.`,
);
