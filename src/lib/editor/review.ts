/**
 * Which entries are due for review: every entry carries `lastReviewed` and an `owner`, and an
 * entry not looked at for more than a year is listed by `npm run check:content`.
 * Plain TypeScript, so the Node script can load it directly.
 */
import { isoDay } from '../format.ts';
export interface ReviewedEntry {
  file: string;
  title: string;
  owner: string;
  lastReviewed: Date;
}

/** The date `months` months before `today` (UTC); reviews before it are overdue. */
export function reviewDeadline(today: Date, months = 12): Date {
  const deadline = new Date(
    Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, today.getUTCDate()),
  );
  // 29 February minus a year lands on 1 March; keep it in February.
  if (deadline.getUTCDate() !== today.getUTCDate()) deadline.setUTCDate(0);
  return deadline;
}

/** Entries reviewed before the deadline, oldest first. */
export function staleEntries<E extends ReviewedEntry>(
  entries: readonly E[],
  today: Date,
  months = 12,
): E[] {
  const deadline = reviewDeadline(today, months).getTime();
  return entries
    .filter((e) => e.lastReviewed.getTime() < deadline)
    .sort(
      (a, b) => a.lastReviewed.getTime() - b.lastReviewed.getTime() || a.file.localeCompare(b.file),
    );
}

/** The report an editor reads, in Swedish. */
export function formatReviewReport(
  stale: readonly ReviewedEntry[],
  total: number,
  today: Date,
  months = 12,
): string {
  const head = `Granskning ${isoDay(today)}: ${total} poster, ${stale.length} senast granskade före ${isoDay(reviewDeadline(today, months))} (mer än ${months} månader sedan).`;
  if (stale.length === 0) return `${head}\nAlla poster är granskade inom ${months} månader.`;
  const lines = stale.map(
    (e) =>
      `- ${e.file}\n    ${e.title}\n    senast granskad: ${isoDay(e.lastReviewed)}\n    ansvarig: ${e.owner}`,
  );
  return `${head}\n${lines.join('\n')}`;
}
