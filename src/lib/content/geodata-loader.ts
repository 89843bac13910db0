/**
 * The content layer's loader for the län and kommuner collections, read from the project's
 * GeoJSON files (src/data/geo/); the map draws the same files (map/geodata.ts).
 */
import type { Loader } from 'astro/loaders';
import { readFile } from 'node:fs/promises';

interface GeoFeature {
  properties: Record<string, unknown> & { code: string };
}

/** One entry per feature: its properties (mapped by `toData`) as data, its official code as id. */
export function geodataLoader(
  path: string,
  toData: (properties: GeoFeature['properties']) => Record<string, unknown>,
): Loader {
  return {
    name: 'geodata-loader',
    load: async ({ store, ...context }) => {
      const collection = JSON.parse(await readFile(path, 'utf8')) as { features: GeoFeature[] };
      store.clear();
      for (const feature of collection.features) {
        const id = feature.properties.code;
        const data = await context.parseData({ id, data: toData(feature.properties) });
        store.set({ id, data });
      }
    },
  };
}
