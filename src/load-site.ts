/**
 * The one module that sees every part of the house: it loads the collections (content/), works
 * out the site's addresses (site/), runs every check across entries (content/, templates/,
 * translation/) and stops the build with all problems at once, or hands the checked content to
 * pages. Nothing in src/lib imports it; pages do.
 */
import { siteConfig } from './lib/content/site-config';
import { loadCollections } from './lib/content/collections';
import { checkSite } from './lib/content/checks';
import { bodyKey } from './lib/content/bodies';
import { contentDir } from './lib/content/dir';
import { ContentError, fileOf } from './lib/content/problem';
import type { SiteContent } from './lib/content/site-content';
import { siteAddresses } from './lib/site/pages';
import { checkTemplates } from './lib/templates/markdown';
import { translatedSentencesWithoutSentence } from './lib/translation/checks';
import { centreTextProblems, translatableTexts } from './lib/translation/centre-texts';
import { phraseProblems } from './lib/translation/words';
import { TRANSLATION_LANGUAGES } from './lib/translation/languages';
import { kommunSlug } from './lib/slug';
import { buildDay } from './lib/build-day';
import { checkListIds } from './lib/content/impossible';
import { editorCollections } from './schemas/index';
import { existsSync, readFileSync } from 'node:fs';
import yaml from 'js-yaml';

let cached: Promise<SiteContent> | undefined;

/** All content, checked. Throws a ContentError naming file and field when anything is broken. */
export function loadSite(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

async function load(): Promise<SiteContent> {
  const lanCode = siteConfig.region.lanCode;
  const { site, entries, problems: parseProblems } = await loadCollections(lanCode);
  const folder = contentDir().replace(/^\.\//, '');
  const problems = [
    ...parseProblems,
    ...translatedSentencesWithoutSentence(
      site.parentTextTranslations.map((t) => ({ file: fileOf(t), translates: t.data.translates })),
      new Set(site.parentTexts.map((t) => t.id)),
    ),
    ...site.centreTextTranslations.flatMap((t) =>
      centreTextProblems(
        { path: fileOf(t), id: t.id },
        t.data,
        new Map(site.centres.map((c) => [c.id, translatableTexts(c.data)])),
      ),
    ),
    ...checkSite({
      entries,
      today: buildDay(),
      kommunNames: new Map(site.kommuner.map((k) => [k.id, k.data.name])),
      lanNames: new Map(site.lan.map((l) => [l.id, l.data.name])),
      lanCode,
      regionFile: `${folder}/region.yaml`,
      contentFolder: folder,
      regionKommuner: site.regionKommuner.map((k) => ({ code: k.id, name: k.data.name })),
      kommunprofiler: site.kommunprofiler,
      chapters: site.guidance,
      sectionEntries: [...site.startSteps, ...site.assessment],
      headings: site.chapterSections,
      bodies: [...site.bodies.values()],
      addresses: siteAddresses(site),
      glossaryIds: site.glossary.map((t) => t.id),
      templateIds: site.templates.map((t) => t.id),
      followUps: site.followUp,
      followUpPlaces: {
        centreKommun: new Map(site.centres.map((c) => [c.id, c.data.kommun.id])),
        kommunSlugs: new Map(site.kommuner.map((k) => [k.id, kommunSlug(k)])),
      },
      questions: site.assessment,
      parentTexts: site.parentTexts,
      synonyms: site.synonyms,
    }),
    // A list file's items with one id: Astro keeps the last and only warns.
    ...editorCollections()
      .filter((c) => c.format === 'list')
      .flatMap((c) => {
        const file = `${folder}/${c.path}`;
        return existsSync(file) ? checkListIds(file, yaml.load(readFileSync(file, 'utf8'))) : [];
      }),
    ...checkTemplates(site.templates.flatMap((t) => site.bodies.get(bodyKey(t)) ?? [])),
    ...site.phraseTranslations.flatMap((p) => [
      ...phraseProblems(fileOf(p), p.data.phrases),
      ...(p.id === p.data.lang
        ? []
        : [
            {
              file: fileOf(p),
              field: 'lang',
              received: `"${p.data.lang}" in ${p.id}.yaml`,
              expected: `"${p.id}", the language the file is named after`,
            },
          ]),
    ]),
    ...TRANSLATION_LANGUAGES.filter(
      (lang) =>
        !site.phraseTranslations.some((p) => p.id === lang) &&
        [...site.translations, ...site.parentTextTranslations, ...site.centreTextTranslations].some(
          (t) => t.data.lang === lang,
        ),
    ).map((lang) => ({
      file: `${folder}/oversattningar-fraser/${lang}.yaml`,
      field: 'phrases',
      received: 'no file',
      expected: `the fixed words of the pages in "${lang}", translated: the content has texts in "${lang}", and their pages need them`,
    })),
  ];
  if (problems.length > 0) throw new ContentError(problems);
  return site;
}
