/**
 * The site's sentences to parents in a language, for the translated pages: a translation is used
 * only when it was made from the Swedish sentence as it is now (its fingerprint), with the Swedish
 * sentence's sources; one made from an earlier sentence waits for review. A sentence that carries
 * a caveat (confidentiality, where to find BVC) is then said in Swedish and marked so, never left
 * out; a sentence about a service gives way to the service's name.
 */
import { indexBy, source, type SiteContent } from '../content/query';
import type { ParentTextTopic } from '../../schemas/parent-text';
import type { TranslationLanguage } from '../../schemas/translation-vocabulary';
import type { SaidSentence } from '../telling/render-box';
import { outdatedTranslations, sentenceFingerprints } from './fingerprint';

/** Topics whose sentence is said in Swedish when it has no current translation. */
const CAVEATS: readonly ParentTextTopic[] = ['tystnadsplikt', 'hitta-bvc'];

export function sentencesIn(
  site: SiteContent,
  lang: TranslationLanguage,
): (about: ParentTextTopic) => SaidSentence | undefined {
  const now = sentenceFingerprints(site.parentTexts);
  const own = site.parentTextTranslations.filter((t) => t.data.lang === lang);
  const outdated = new Set(
    outdatedTranslations(
      own.map((t) => ({ id: t.id, translates: t.data.translates, madeFrom: t.data.madeFrom })),
      now,
    ).map((t) => t.id),
  );
  const sentence = indexBy(site.parentTexts, (p) => p.id);
  const said = new Map<ParentTextTopic, SaidSentence>();
  for (const t of own) {
    if (outdated.has(t.id)) continue;
    const swedish = sentence(t.data.translates);
    said.set(swedish.data.about, {
      text: t.data.text,
      sources: swedish.data.sources.map((s) => source(site, s.id)),
    });
  }
  for (const swedish of site.parentTexts) {
    if (said.has(swedish.data.about) || !CAVEATS.includes(swedish.data.about)) continue;
    said.set(swedish.data.about, {
      text: swedish.data.text,
      sources: swedish.data.sources.map((s) => source(site, s.id)),
      lang: 'sv',
    });
  }
  return (about) => said.get(about);
}

/** Whether every translated sentence a page can show is checked by a qualified translator. */
export function sentencesChecked(site: SiteContent, lang: TranslationLanguage): boolean {
  const own = site.parentTextTranslations.filter((t) => t.data.lang === lang);
  return own.length > 0 && own.every((t) => t.data.checked);
}
