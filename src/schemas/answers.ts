/** The self-assessment's answers and their labels. Plain TypeScript, so the page's script can use it without zod. */
export const ANSWERS = ['ja', 'delvis', 'nej'] as const;
export type Answer = (typeof ANSWERS)[number];
export const ANSWER_LABELS: Record<Answer, string> = { ja: 'Ja', delvis: 'Delvis', nej: 'Nej' };
