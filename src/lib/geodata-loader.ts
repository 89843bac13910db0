import type { Loader } from 'astro/loaders';
import { readFile } from 'node:fs/promises';

interface GeoFeature {
  properties: Record<string, unknown> & { code: string };
}

/**
 * Loads one entry per feature of a project-local GeoJSON file, with the feature's properties
 * (mapped by `toData`) as the entry's data and its official code as id. Geometry stays in the
 * file; the map reads it directly.
 */
export function geodataLoader(path: string, toData: (properties: GeoFeature['properties']) => Record<string, unknown>): Loader {
  return {
    name: 'geodata-loader',
    load: async ({ store, parseData }) => {
      const collection = JSON.parse(await readFile(path, 'utf8')) as { features: GeoFeature[] };
      store.clear();
      for (const feature of collection.features) {
        const id = feature.properties.code;
        const data = await parseData({ id, data: toData(feature.properties) });
        store.set({ id, data });
      }
    },
  };
}
