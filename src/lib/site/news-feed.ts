/**
 * The items of the Aktuellt RSS feed: every news item, newest first, dated and with its sources;
 * then the closed days and changed hours of the centres' weeks that have not ended yet. Pure.
 */
import { compareSv, formatDate, formatPartialDate } from '../format';
import { EXCEPTION_LABELS } from '../../schemas/programme';
import type { ExceptionFact } from '../register/programme';
import { periodStart } from '../../schemas/partial-date';
import { attribution, teller, type SourceRef } from '../source-view';

export interface NewsInput {
  id: string;
  title: string;
  /** A partial date: "2023-05". */
  date: string;
  /** The item's text, plain. */
  text: string;
  sources: SourceRef[];
}

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description: string;
}

/**
 * RSS needs a full date; an item known only to the month or year is dated to its first day,
 * and the description says how precisely the date is known.
 */
export function feedItems(news: readonly NewsInput[], link: (id: string) => string): FeedItem[] {
  return [...news]
    .sort(
      (a, b) =>
        periodStart(b.date).getTime() - periodStart(a.date).getTime() || a.id.localeCompare(b.id),
    )
    .map((n) => ({
      title: n.title,
      link: link(n.id),
      pubDate: periodStart(n.date),
      description: `${formatPartialDate(n.date)}: ${n.text.replace(/\s+/g, ' ').trim()} Källa: ${n.sources.map((s) => `${s.name} (${teller(s)})`).join('; ')}.`,
    }));
}

export interface ClosureInput {
  centreId: string;
  centreName: string;
  exception: ExceptionFact & { source: SourceRef };
}

const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`));

/**
 * A closed day or changed hours as a feed item, for those that have not ended by `today`. Its date
 * is its source's day when the source gives one, else the day the site was built.
 */
export function closureItems(
  closures: readonly ClosureInput[],
  link: (centreId: string) => string,
  today: string,
): FeedItem[] {
  return closures
    .filter((c) => (c.exception.until ?? c.exception.date) >= today)
    .sort(
      (a, b) =>
        a.exception.date.localeCompare(b.exception.date) || compareSv(a.centreName, b.centreName),
    )
    .map(({ centreId, centreName, exception: e }) => {
      const when = e.until ? `${day(e.date)}–${day(e.until)}` : day(e.date);
      const times =
        e.kind === 'ändrad-tid' && e.from && e.to
          ? ` ${e.from.replace(':', '.')}–${e.to.replace(':', '.')}`
          : '';
      return {
        title: `${EXCEPTION_LABELS[e.kind]}${times}: ${centreName}, ${when}`,
        link: link(centreId),
        pubDate: /^\d{4}-\d{2}-\d{2}$/.test(e.source.date)
          ? new Date(`${e.source.date}T00:00:00Z`)
          : new Date(`${today}T00:00:00Z`),
        description: `${EXCEPTION_LABELS[e.kind]}${times} ${when}${e.what ? `: ${e.what}` : ''}.${e.note ? ` ${e.note.replace(/\.$/, '')}.` : ''} Källa: ${e.source.name} (${attribution(e.source)}).`,
      };
    });
}
