/** The items of the Aktuellt RSS feed: every news item, newest first, dated and with its sources. Pure. */
import { formatPartialDate } from './format';
import { periodStart } from './partial-date';
import { teller, type SourceRef } from './source-view';

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
    .sort((a, b) => periodStart(b.date).getTime() - periodStart(a.date).getTime() || a.id.localeCompare(b.id))
    .map((n) => ({
      title: n.title,
      link: link(n.id),
      pubDate: periodStart(n.date),
      description: `${formatPartialDate(n.date)}: ${n.text.replace(/\s+/g, ' ').trim()} Källa: ${n.sources.map((s) => `${s.name} (${teller(s)})`).join('; ')}.`,
    }));
}
