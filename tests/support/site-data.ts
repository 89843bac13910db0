/**
 * What the content under test says, for the site tests: the region (siteConfig reads
 * CONTENT_DIR), how many entries each collection has, and the open data of the build. Tests read
 * counts and names from here, never from literals, so they hold for any region.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { siteConfig } from '../../src/lib/content/site-config';
import { contentDir } from '../../src/lib/content/dir';
import { DIST } from './dist';
import type { CentreRow } from '../../src/lib/register/open-data';
import type { kommunRows } from '../../src/lib/telling/open-data';

export { siteConfig };

/** How many entries a content folder holds (0 when the region has none). */
export function entryCount(folder: string): number {
  const dir = join(contentDir(), folder);
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.(mdx?|ya?ml)$/.test(f)).length : 0;
}

/** A kommun's row of the open data (the telling's kommunRows); a centre's (register/open-data.ts). */
export type KommunRow = ReturnType<typeof kommunRows>[number];
export type { CentreRow };

const json = <T>(file: string): T =>
  JSON.parse(readFileSync(join(DIST, 'data', file), 'utf8')) as T;

/** The region's kommuner, from the built open data. */
export const kommuner = json<KommunRow[]>('kommuner.json');
/** Every centre, from the built open data. */
export const centres = json<CentreRow[]>('familjecentraler.json');
/** The region's own centres. */
export const regionCentres = centres.filter((c) =>
  kommuner.some((k) => k.kommunkod === c.kommunkod),
);

/** The official kommuner of the configured län, from the project's geodata. */
export const geodataKommuner = (
  JSON.parse(readFileSync('src/data/geo/kommuner.geojson', 'utf8')) as {
    features: { properties: { code: string; name: string; lanCode: string } }[];
  }
).features
  .map((f) => f.properties)
  .filter((k) => k.lanCode === siteConfig.region.lanCode);

/** The items of a list file (start-steps.yaml, self-assessment.yaml), in their order. */
export function listEntries<T extends { id: string; order: number }>(file: string): T[] {
  const path = join(contentDir(), file);
  if (!existsSync(path)) return [];
  return (yaml.load(readFileSync(path, 'utf8')) as T[]).sort((a, b) => a.order - b.order);
}
