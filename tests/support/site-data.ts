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

export { siteConfig };

/** How many entries a content folder holds (0 when the region has none). */
export function entryCount(folder: string): number {
  const dir = join(contentDir(), folder);
  return existsSync(dir) ? readdirSync(dir).filter((f) => /\.(mdx?|ya?ml)$/.test(f)).length : 0;
}

export interface KommunRow {
  kommun: string;
  kommunkod: string;
  status: string;
  status_text: string;
  status_datum: string | null;
  status_aldre_an_tva_ar: boolean;
  steg: string;
  steg_datum: string | null;
  steg_kalla: string | null;
  sida: string;
}
export interface CentreRow {
  id: string;
  kommunkod: string;
  kommun: string;
  lan: string;
  status: string;
  steg: string;
  typ: string;
  raknas_som_familjecentral: boolean;
  status_datum: string | null;
  status_aldre_an_tva_ar: boolean;
  verksamheter: string[];
  handelser: { handelse: string; datum: string | null; kalla: string }[];
}

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
