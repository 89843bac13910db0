/**
 * A centre's own texts for its page in a language (centre-texts.ts): what the current
 * translations say of each contact item, whether they are all checked, and when and by whom the
 * newest was made (the page's note on its translation names that one).
 */
import type { CentreEntry, SiteContent } from '../content/site-content';
import type { TranslationLanguage } from '../../schemas/translation-vocabulary';
import type { SaidInLanguage } from '../telling/render-contact';
import { contactSaid, currentTexts, translatableTexts } from './centre-texts';

export interface CentreTextsInLanguage {
  /** Each contact item of the centre, in its order, with its label and note in the language where translated. */
  contact: SaidInLanguage[];
  /** Undefined when nothing of the centre's own is translated in the language. */
  record?: { translatedOn: Date; translatedBy: string; checked: boolean };
}

export function centreTextsIn(
  site: Pick<SiteContent, 'centreTextTranslations'>,
  lang: TranslationLanguage,
  centre: Pick<CentreEntry, 'id' | 'data'>,
): CentreTextsInLanguage {
  const file = site.centreTextTranslations.find(
    (t) => t.data.lang === lang && t.data.translates === centre.id,
  );
  const current = currentTexts(translatableTexts(centre.data), file?.data.texts ?? []);
  const texts = [...current.values()];
  const newest = texts.sort((a, b) => a.translatedOn.getTime() - b.translatedOn.getTime()).at(-1);
  return {
    contact: contactSaid(centre.data.contact?.length ?? 0, current),
    record: newest && {
      translatedOn: newest.translatedOn,
      translatedBy: newest.translatedBy,
      checked: texts.every((t) => t.checked),
    },
  };
}
