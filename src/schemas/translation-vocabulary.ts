/**
 * The languages the parent pages are translated into, and what a fingerprint of a Swedish text
 * looks like (src/lib/translation/fingerprint.ts). Plain TypeScript without imports.
 */
export const TRANSLATION_LANGUAGES = ['fi', 'en', 'ar'] as const;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];

/** For editors, in Swedish. */
export const LANGUAGE_LABELS: Record<TranslationLanguage, string> = {
  fi: 'Finska',
  en: 'Engelska',
  ar: 'Arabiska',
};

/** Twelve hex digits. */
export const FINGERPRINT_PATTERN = /^[0-9a-f]{12}$/;

/** The value of `translatedBy` that means a machine translation; the page says it in its own language. */
export const MACHINE_TRANSLATION = 'maskinöversättning';
