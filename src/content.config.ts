import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { centreSchema } from './schemas/centre';
import { glossarySchema } from './schemas/glossary';
import { goalSchema } from './schemas/goal';
import { guidanceSchema } from './schemas/guidance';
import { kommunSchema, lanSchema } from './schemas/kommun';
import { kommunprofilSchema } from './schemas/kommunprofil';
import { newsSchema } from './schemas/news';
import { sourceSchema } from './schemas/source';
import { strategySchema } from './schemas/strategy';
import { templateSchema } from './schemas/template';
import { startStepSchema } from './schemas/start-step';
import { assessmentSchema } from './schemas/assessment';
import { easyReadSchema } from './schemas/easy-read';
import { geodataLoader } from './lib/geodata-loader';
import { uniqueIdGenerator } from './lib/entry-id';
import { existsSync } from 'node:fs';

// The content folder can be pointed elsewhere for the invalid-content tests (tests/content-errors/).
const root = process.env.CONTENT_DIR ?? './src/content';
// Ids are file names without extension; two files with one id, or a name that makes a poor
// address, stop the build (src/lib/entry-id.ts).
const entries = (folder: string, pattern: string) => {
  const base = `${root}/${folder}`;
  return glob({ base, pattern, generateId: uniqueIdGenerator(base, existsSync) });
};
const mdx = (folder: string) => entries(folder, '**/*.{md,mdx}');
const yaml = (folder: string) => entries(folder, '**/*.{yaml,yml}');

export const collections = {
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
  kommunprofiler: defineCollection({ loader: mdx('kommunprofiler'), schema: kommunprofilSchema }),
  centres: defineCollection({ loader: mdx('centres'), schema: centreSchema }),
  guidance: defineCollection({ loader: mdx('guidance'), schema: guidanceSchema }),
  strategy: defineCollection({ loader: mdx('strategy'), schema: strategySchema }),
  goals: defineCollection({ loader: yaml('goals'), schema: goalSchema }),
  sources: defineCollection({ loader: yaml('sources'), schema: sourceSchema }),
  glossary: defineCollection({ loader: yaml('glossary'), schema: glossarySchema }),
  news: defineCollection({ loader: mdx('news'), schema: newsSchema }),
  templates: defineCollection({ loader: mdx('templates'), schema: templateSchema }),
  easyRead: defineCollection({ loader: mdx('lattlast'), schema: easyReadSchema }),
  // Lists kept in one file each: every item has an id.
  startSteps: defineCollection({ loader: file(`${root}/start-steps.yaml`), schema: startStepSchema }),
  assessment: defineCollection({ loader: file(`${root}/self-assessment.yaml`), schema: assessmentSchema }),
};
