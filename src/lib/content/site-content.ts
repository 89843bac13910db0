/**
 * The types of the loaded site: each collection's entries, and the whole checked content that
 * load-site.ts hands to every page. Types only, so a module that takes the site as input
 * (site/pages.ts, which load-site.ts itself calls) needs no import of the loader.
 */
import type { CollectionEntry } from 'astro:content';
import type { CheckedBody } from './links';
import type { BodyHeading } from './mdx-tree';

export type CentreEntry = CollectionEntry<'centres'>;
export type ChapterEntry = CollectionEntry<'guidance'>;
export type KommunEntry = CollectionEntry<'kommuner'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type TermEntry = CollectionEntry<'glossary'>;
export type NewsEntry = CollectionEntry<'news'>;
export type GoalEntry = CollectionEntry<'goals'>;
export type StrategyEntry = CollectionEntry<'strategy'>;
export type KommunprofilEntry = CollectionEntry<'kommunprofiler'>;
export type TemplateEntry = CollectionEntry<'templates'>;
export type StartStepEntry = CollectionEntry<'startSteps'>;
export type AssessmentEntry = CollectionEntry<'assessment'>;
export type EasyReadEntry = CollectionEntry<'easyRead'>;
export type FollowUpEntry = CollectionEntry<'followUp'>;
export type ParentTextEntry = CollectionEntry<'parentTexts'>;
export type SynonymEntry = CollectionEntry<'synonyms'>;
export type TranslationEntry = CollectionEntry<'translations'>;
export type ParentTextTranslationEntry = CollectionEntry<'parentTextTranslations'>;
export type PhraseTranslationEntry = CollectionEntry<'phraseTranslations'>;
export type CentreTextTranslationEntry = CollectionEntry<'centreTextTranslations'>;

export interface SiteContent {
  /** The region's län, by its official code (region.yaml's lanCode). */
  lanCode: string;
  lan: CollectionEntry<'lan'>[];
  kommuner: KommunEntry[];
  /** The kommuner of the configured region, in Swedish alphabetical order. */
  regionKommuner: KommunEntry[];
  kommunprofiler: KommunprofilEntry[];
  centres: CentreEntry[];
  /** Chapters in reading order. */
  guidance: ChapterEntry[];
  strategy: StrategyEntry[];
  goals: GoalEntry[];
  sources: SourceEntry[];
  glossary: TermEntry[];
  /** Newest first. */
  news: NewsEntry[];
  /** Document templates, in their order. */
  templates: TemplateEntry[];
  /** The start checklist's steps, in order. */
  startSteps: StartStepEntry[];
  /** The self-assessment's questions, in order. */
  assessment: AssessmentEntry[];
  /** Texts in easy Swedish. */
  easyRead: EasyReadEntry[];
  /** Centres' yearly follow-ups, by year, then centre. */
  followUp: FollowUpEntry[];
  /** The sentences of the parents' box on centre pages, in the order written. */
  parentTexts: ParentTextEntry[];
  /** Words for the same thing, for the search, in the order written. */
  synonyms: SynonymEntry[];
  /** Translations of the easy-read texts, by language, then id. */
  translations: TranslationEntry[];
  /** Translations of the sentences of the parents' box, by language, then id. */
  parentTextTranslations: ParentTextTranslationEntry[];
  /** Translations of centres' own texts (whose number it is), by language, then centre. */
  centreTextTranslations: CentreTextTranslationEntry[];
  /** Translations of the fixed words of the parents' pages, one entry per language. */
  phraseTranslations: PhraseTranslationEntry[];
  /** For each chapter, its headings' texts and the anchors they get, read from its text. */
  chapterSections: Map<string, readonly BodyHeading[]>;
  /** Every text, parsed once, by "collection/id". */
  bodies: Map<string, CheckedBody>;
}
