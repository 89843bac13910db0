/**
 * The site's sentences to parents in a language, for the translated centre pages: a translation
 * is used only when it was made from the Swedish sentence as it is now (its fingerprint), with
 * the Swedish sentence's sources; one made from an earlier sentence waits for review.
 */
import { indexBy, source, type SiteContent } from '../content/query';
import type { BasicService } from '../../schemas/centre-vocabulary';
import type { TranslationLanguage } from '../../schemas/translation-vocabulary';
import type { SourceRef } from '../source-view';
import { outdatedTranslations, sentenceFingerprints } from './fingerprint';

type Topic = BasicService | 'tystnadsplikt';

export function currentSentences(
  site: SiteContent,
  lang: TranslationLanguage,
): Partial<Record<Topic, { text: string; sources: SourceRef[] }>> {
  const now = sentenceFingerprints(site.parentTexts);
  const own = site.parentTextTranslations.filter((t) => t.data.lang === lang);
  const outdated = new Set(
    outdatedTranslations(
      own.map((t) => ({ id: t.id, translates: t.data.translates, madeFrom: t.data.madeFrom })),
      now,
    ).map((t) => t.id),
  );
  const result: Partial<Record<Topic, { text: string; sources: SourceRef[] }>> = {};
  const sentence = indexBy(site.parentTexts, (p) => p.id);
  for (const t of own) {
    if (outdated.has(t.id)) continue;
    const swedish = sentence(t.data.translates);
    if (swedish.data.about === 'hitta-bvc') continue;
    result[swedish.data.about] = {
      text: t.data.text,
      sources: swedish.data.sources.map((s) => source(site, s.id)),
    };
  }
  return result;
}
