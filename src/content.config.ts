import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { centreSchema } from './schemas/centre';
import { glossarySchema } from './schemas/glossary';
import { goalSchema } from './schemas/goal';
import { guidanceSchema } from './schemas/guidance';
import { kommunSchema, lanSchema } from './schemas/kommun';
import { kommunprofilSchema } from './schemas/kommunprofil';
import { newsSchema } from './schemas/news';
import { sourceSchema } from './schemas/source';
import { strategySchema } from './schemas/strategy';
import { geodataLoader } from './lib/geodata-loader';

// The content folder can be pointed elsewhere for the invalid-content tests (tests/content-errors/).
const root = process.env.CONTENT_DIR ?? './src/content';
const mdx = (folder: string) => glob({ base: `${root}/${folder}`, pattern: '**/*.{md,mdx}' });
const yaml = (folder: string) => glob({ base: `${root}/${folder}`, pattern: '**/*.yaml' });

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
};
