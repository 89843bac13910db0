/**
 * The collections editors write, each with its folder, file format and schema: the one list that
 * the collections (src/lib/content/collection-definitions.ts), the field reference (npm run docs:content) and the editor interface read.
 * Plain TypeScript with file extensions in imports, so Node scripts can load it.
 */
import type { z } from 'astro/zod';
import { assessmentSchema } from './assessment.ts';
import { centreSchema } from './centre.ts';
import { centreTextTranslationSchema } from './centre-text-translation.ts';
import { easyReadSchema } from './easy-read.ts';
import { followUpSchema } from './follow-up.ts';
import { glossarySchema } from './glossary.ts';
import { goalSchema } from './goal.ts';
import { guidanceSchema } from './guidance.ts';
import { kommunprofilSchema } from './kommunprofil.ts';
import { newsSchema } from './news.ts';
import { parentTextSchema } from './parent-text.ts';
import { sourceSchema } from './source.ts';
import { startStepSchema } from './start-step.ts';
import { strategySchema } from './strategy.ts';
import { templateSchema } from './template.ts';
import { translationSchema } from './translation.ts';
import { parentTextTranslationSchema } from './parent-text-translation.ts';
import { phraseTranslationSchema } from './phrase-translation.ts';
import { synonymSchema } from './synonym.ts';

/** mdx and md: a file per entry with frontmatter and a text; yaml: a file per entry; list: one YAML file of entries with ids. */
export type ContentFormat = 'mdx' | 'md' | 'yaml' | 'list';

export interface EditorCollection {
  /** Swedish, for editors: "Familjecentraler". */
  label: string;
  /** Swedish, one line. */
  description: string;
  /** Folder under src/content/ (or the list file, for format "list"). */
  path: string;
  format: ContentFormat;
  schema: z.ZodType;
  /** The field an entry is named by in lists. */
  titleField: string;
  /** The field that names an entry when the title field is empty. */
  altTitleField?: string;
  /** Fields shown after the title where an entry is chosen in the editor, so that two entries with the same title can be told apart. */
  choiceDetails?: readonly string[];
  /** For entries in subfolders: the field that names the folder and the one that names the file (2026/ludvika.yaml). */
  entryPath?: { folder: string; file: string };
}

/** By collection name, as src/lib/content/collection-definitions.ts defines them. */
export const EDITOR_COLLECTIONS = {
  centres: {
    label: 'Familjecentraler',
    description:
      'En familjecentral per fil; filnamnet utan .md blir adressen: orsa.md blir /familjecentraler/orsa/.',
    path: 'centres',
    format: 'md',
    schema: centreSchema,
    titleField: 'name',
  },
  kommunprofiler: {
    label: 'Kommuntexter',
    description: 'En text per kommun i regionen.',
    path: 'kommunprofiler',
    format: 'md',
    schema: kommunprofilSchema,
    titleField: 'summary',
  },
  guidance: {
    label: 'Vägledningens kapitel',
    description: 'Ett kapitel per fil, i den ordning som fältet Plats anger.',
    path: 'guidance',
    format: 'mdx',
    schema: guidanceSchema,
    titleField: 'title',
  },
  strategy: {
    label: 'Strategier',
    description: 'Strategidokument som beskrivs på webbplatsen.',
    path: 'strategy',
    format: 'mdx',
    schema: strategySchema,
    titleField: 'title',
  },
  goals: {
    label: 'Regionplanens mål',
    description: 'Mål som räknas fram ur uppgifterna om familjecentralerna.',
    path: 'goals',
    format: 'yaml',
    schema: goalSchema,
    titleField: 'text',
  },
  sources: {
    label: 'Källor',
    description: 'Det som posterna bygger på: vem som säger något, var och när.',
    path: 'sources',
    format: 'yaml',
    schema: sourceSchema,
    titleField: 'title',
    altTitleField: 'description',
    choiceDetails: ['publisher', 'date'],
  },
  glossary: {
    label: 'Ordlista',
    description: 'Ett ord per fil; filnamnet är id och ankare på sidan Ordlista.',
    path: 'glossary',
    format: 'yaml',
    schema: glossarySchema,
    titleField: 'term',
  },
  news: {
    label: 'Aktuellt',
    description: 'Daterade händelser, också som RSS-flöde.',
    path: 'news',
    format: 'md',
    schema: newsSchema,
    titleField: 'title',
  },
  templates: {
    label: 'Mallar',
    description: 'Mallar; varje mall blir en sida och ett Word-dokument.',
    path: 'templates',
    format: 'mdx',
    schema: templateSchema,
    titleField: 'title',
  },
  easyRead: {
    label: 'Lättläst',
    description: 'Lättlästa texter; en mening per rad.',
    path: 'lattlast',
    format: 'mdx',
    schema: easyReadSchema,
    titleField: 'title',
  },
  startSteps: {
    label: 'Checklistans steg',
    description:
      'Stegen i checklistan för att starta, i en fil; varje steg har ett id som sparas i besökarens webbläsare.',
    path: 'start-steps.yaml',
    format: 'list',
    schema: startStepSchema,
    titleField: 'title',
  },
  followUp: {
    label: 'Uppföljning',
    description:
      'En familjecentrals uppföljning för ett år, i mappen för året: 2026/ludvika.yaml. Självskattningens fil har den här formen.',
    path: 'uppfoljning',
    format: 'yaml',
    schema: followUpSchema,
    titleField: 'centre',
    entryPath: { folder: 'year', file: 'centre' },
  },
  parentTexts: {
    label: 'Texter till föräldrar',
    description:
      'Meningarna i rutan ”För dig som förälder” på varje familjecentrals sida, i en fil: en per verksamhet och en om tystnadsplikt, var och en med källor.',
    path: 'parent-texts.yaml',
    format: 'list',
    schema: parentTextSchema,
    titleField: 'about',
  },
  synonyms: {
    label: 'Ord för samma sak i sökningen',
    description:
      'Ord som besökare använder om samma sak, i en fil: en sökning på ett av orden i en grupp hittar sidor med vilket som helst av dem (tystnadsplikt hittar sekretess).',
    path: 'synonymer.yaml',
    format: 'list',
    schema: synonymSchema,
    titleField: 'words',
  },
  assessment: {
    label: 'Självskattningens frågor',
    description: 'Frågorna i självskattningen, i en fil.',
    path: 'self-assessment.yaml',
    format: 'list',
    schema: assessmentSchema,
    titleField: 'name',
  },
  parentTextTranslations: {
    label: 'Översatta texter till föräldrar',
    description:
      'Meningarna i rutan för föräldrar översatta för familjecentralernas sidor på andra språk, i en mapp per språk: en/bvc.yaml översätter meningen bvc.',
    path: 'oversattningar-foraldratexter',
    format: 'yaml',
    schema: parentTextTranslationSchema,
    titleField: 'translates',
    entryPath: { folder: 'lang', file: 'translates' },
  },
  centreTextTranslations: {
    label: 'Översatta texter om familjecentraler',
    description:
      'En familjecentrals egna texter översatta för dess sidor på andra språk, i en mapp per språk: ar/orsa.yaml översätter texter i centres/orsa.md, till exempel vems telefonnummer det är.',
    path: 'oversattningar-familjecentraler',
    format: 'yaml',
    schema: centreTextTranslationSchema,
    titleField: 'translates',
    entryPath: { folder: 'lang', file: 'translates' },
  },
  translations: {
    label: 'Översättningar',
    description:
      'Lättlästa texter översatta för föräldrar, i en mapp per språk: en/vad-ar-en-familjecentral.mdx översätter lattlast/vad-ar-en-familjecentral.mdx.',
    path: 'oversattningar',
    format: 'mdx',
    schema: translationSchema,
    titleField: 'title',
    entryPath: { folder: 'lang', file: 'translates' },
  },
  phraseTranslations: {
    label: 'Översatta fasta ord',
    description:
      'De fasta orden och meningarna på sidorna för föräldrar (rubriker, etiketter, åldersrader) översatta, en fil per språk: en.yaml.',
    path: 'oversattningar-fraser',
    format: 'yaml',
    schema: phraseTranslationSchema,
    titleField: 'lang',
  },
} as const satisfies Record<string, EditorCollection>;

export type EditorCollectionName = keyof typeof EDITOR_COLLECTIONS;

/** The collections as a list, each with its name. */
export function editorCollections(): (EditorCollection & { name: EditorCollectionName })[] {
  return Object.entries(EDITOR_COLLECTIONS).map(([name, c]) => ({
    name: name as EditorCollectionName,
    ...c,
  }));
}
