/**
 * The collections the editor shows: the editors' collections and the region file, each with its
 * fields described from its schema. Plain TypeScript with file extensions in imports, so the Node
 * scripts (npm run content:format) read the same list as the editor's configuration.
 */
import { editorCollections } from '../../schemas/index.ts';
import { describeSchema } from '../../schemas/describe.ts';
import { regionSchema } from '../../schemas/region.ts';
import type { DescribedCollection } from './cms-config.ts';

/** The region file as a collection of its own, so the site's name and git host are edited like the rest. */
export const REGION_COLLECTION = {
  name: 'region',
  label: 'Webbplatsen och regionen',
  description: 'Webbplatsens namn, regionen och redaktionens git-tjänst (region.yaml).',
  path: 'region.yaml',
  format: 'settings',
  titleField: 'siteName',
} as const;

/** Every collection the editor shows, with its fields described from the schema. */
export function describedCollections(): DescribedCollection[] {
  return [
    ...editorCollections().map(({ schema, ...c }) => ({ ...c, fields: describeSchema(schema) })),
    { ...REGION_COLLECTION, fields: describeSchema(regionSchema) },
  ];
}
