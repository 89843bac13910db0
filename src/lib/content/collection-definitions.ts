// From Astro's own module rather than astro:content, which would load Astro's page runtime
// before the first collection is read.
import { defineCollection } from 'astro/content/config';
import { file, glob } from 'astro/loaders';
import { existsSync } from 'node:fs';
import { kommunSchema, lanSchema } from '../../schemas/kommun.ts';
import { EDITOR_COLLECTIONS, type EditorCollectionName } from '../../schemas/index.ts';
import { geodataLoader } from './geodata-loader.ts';
import { uniqueIdGenerator } from './entry-id.ts';
import { contentDir } from './dir.ts';
import { ENTRY_EXTENSIONS, hasEntryFiles } from './files.ts';

// Ids are file names without extension; two files with one id, or a name that makes a poor
// address, stop the build (src/lib/content/entry-id.ts).
/** The loader for an editors' collection, from its folder and format in src/schemas/index.ts. */
function loaderFor(name: EditorCollectionName) {
  const { path, format } = EDITOR_COLLECTIONS[name];
  const base = `${contentDir()}/${path}`;
  // A list file a region does not use (yet) is an empty collection.
  if (format === 'list')
    return existsSync(base)
      ? file(base)
      : {
          name: `${name}-empty`,
          load: ({ store }: { store: { clear(): void } }) => Promise.resolve(store.clear()),
        };
  const pattern = format === 'yaml' ? '**/*.{yaml,yml}' : '**/*.{md,mdx}';
  const loader = glob({ base, pattern, generateId: uniqueIdGenerator(base, existsSync) });
  // A folder without entries (no follow-up sent yet) is an empty collection, not a warning.
  // In `astro dev`, a first entry added to an empty folder needs a restart to be seen.
  return {
    ...loader,
    load: async (context: Parameters<typeof loader.load>[0]) =>
      hasEntryFiles(base, ENTRY_EXTENSIONS[format === 'yaml' ? 'yaml' : 'mdx'])
        ? loader.load(context)
        : context.store.clear(),
  };
}
const C = EDITOR_COLLECTIONS;

export const collections = {
  // Derived from the project's geodata, not written by editors.
  lan: defineCollection({
    loader: geodataLoader('./src/data/geo/lan.geojson', (p) => ({ code: p.code, name: p.name })),
    schema: lanSchema,
  }),
  kommuner: defineCollection({
    loader: geodataLoader('./src/data/geo/kommuner.geojson', (p) => ({
      code: p.code,
      name: p.name,
      lan: p.lanCode,
      centroid: p.centroid,
    })),
    schema: kommunSchema,
  }),
  centres: defineCollection({ loader: loaderFor('centres'), schema: C.centres.schema }),
  kommunprofiler: defineCollection({
    loader: loaderFor('kommunprofiler'),
    schema: C.kommunprofiler.schema,
  }),
  guidance: defineCollection({ loader: loaderFor('guidance'), schema: C.guidance.schema }),
  strategy: defineCollection({ loader: loaderFor('strategy'), schema: C.strategy.schema }),
  goals: defineCollection({ loader: loaderFor('goals'), schema: C.goals.schema }),
  sources: defineCollection({ loader: loaderFor('sources'), schema: C.sources.schema }),
  glossary: defineCollection({ loader: loaderFor('glossary'), schema: C.glossary.schema }),
  news: defineCollection({ loader: loaderFor('news'), schema: C.news.schema }),
  templates: defineCollection({ loader: loaderFor('templates'), schema: C.templates.schema }),
  easyRead: defineCollection({ loader: loaderFor('easyRead'), schema: C.easyRead.schema }),
  startSteps: defineCollection({ loader: loaderFor('startSteps'), schema: C.startSteps.schema }),
  assessment: defineCollection({ loader: loaderFor('assessment'), schema: C.assessment.schema }),
  parentTexts: defineCollection({ loader: loaderFor('parentTexts'), schema: C.parentTexts.schema }),
  synonyms: defineCollection({ loader: loaderFor('synonyms'), schema: C.synonyms.schema }),
  followUp: defineCollection({ loader: loaderFor('followUp'), schema: C.followUp.schema }),
  translations: defineCollection({
    loader: loaderFor('translations'),
    schema: C.translations.schema,
  }),
  phraseTranslations: defineCollection({
    loader: loaderFor('phraseTranslations'),
    schema: C.phraseTranslations.schema,
  }),
  parentTextTranslations: defineCollection({
    loader: loaderFor('parentTextTranslations'),
    schema: C.parentTextTranslations.schema,
  }),
  centreTextTranslations: defineCollection({
    loader: loaderFor('centreTextTranslations'),
    schema: C.centreTextTranslations.schema,
  }),
};
