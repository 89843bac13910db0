// Derives the project's own geodata from the shared source files (okfse/sweden-geojson,
// simplified from Valmyndigheten's municipal boundaries). Run by hand when the source changes:
//   node scripts/import-geodata.mjs ../shared/data/geo
// The site never reads outside the project; it reads src/data/geo/ only.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const from = process.argv[2];
if (!from) {
  console.error('Usage: node scripts/import-geodata.mjs <folder with kommuner.geojson and lan.geojson>');
  process.exit(1);
}

/** Rounds coordinates to 4 decimals (about 10 m), enough for a county map. */
const round = (value) =>
  Array.isArray(value) ? value.map(round) : Math.round(value * 1e4) / 1e4;

const kommuner = JSON.parse(readFileSync(join(from, 'kommuner.geojson'), 'utf8'));
const lan = JSON.parse(readFileSync(join(from, 'lan.geojson'), 'utf8'));

const kommunFeatures = kommuner.features
  .map((f) => ({
    type: 'Feature',
    properties: {
      code: f.properties.id,
      name: f.properties.kom_namn,
      lanCode: f.properties.lan_code,
      centroid: { lat: round(f.properties.geo_point_2d[0]), lon: round(f.properties.geo_point_2d[1]) },
    },
    geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
  }))
  .sort((a, b) => a.properties.code.localeCompare(b.properties.code));

const lanFeatures = lan.features
  .map((f) => ({
    type: 'Feature',
    properties: { code: String(f.properties.l_id).padStart(2, '0'), name: f.properties.name },
    geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
  }))
  .sort((a, b) => a.properties.code.localeCompare(b.properties.code));

const write = (name, features) =>
  writeFileSync(
    join('src/data/geo', name),
    JSON.stringify({ type: 'FeatureCollection', features }) + '\n',
  );
write('kommuner.geojson', kommunFeatures);
write('lan.geojson', lanFeatures);
console.log(`Wrote ${kommunFeatures.length} kommuner and ${lanFeatures.length} län to src/data/geo/.`);
