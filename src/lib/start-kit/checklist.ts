/**
 * The start checklist's state: which step ids are ticked. It lives only in the visitor's
 * browser (localStorage, under STORAGE_KEY); these functions read and write it safely.
 */
export const STORAGE_KEY = 'fc-startchecklista';

/** The ticked ids from what was stored, keeping only ids of steps that exist. Bad data reads as nothing ticked. */
export function readTicked(stored: string | null, stepIds: readonly string[]): Set<string> {
  if (!stored) return new Set();
  try {
    const parsed: unknown = JSON.parse(stored);
    if (!Array.isArray(parsed)) return new Set();
    return new Set(
      parsed.filter((id): id is string => typeof id === 'string' && stepIds.includes(id)),
    );
  } catch {
    return new Set();
  }
}

/** What is stored: the ticked ids in step order. */
export function writeTicked(ticked: ReadonlySet<string>, stepIds: readonly string[]): string {
  return JSON.stringify(stepIds.filter((id) => ticked.has(id)));
}

/** "3 av 12 steg klara", announced after each change. */
export function progressText(done: number, total: number): string {
  if (done === total) return `Alla ${total} steg är klara.`;
  return `${done} av ${total} steg klara.`;
}
