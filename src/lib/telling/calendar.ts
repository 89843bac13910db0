/**
 * The calendar feeds (iCalendar) of the centres' weeks, told from the centres' views: each
 * session a weekly event that ends where the session ends, with the programme's age and source
 * in the calendar's and every event's description, as the centre's page says them. A session is
 * anchored to its first day, or else to its source's date, so the feed does not change from one
 * build to the next unless the programme does.
 */
import { siteConfig } from '../content/site-config';
import type { CentreEntry, SiteContent } from '../content/query';
import { isKnown } from '../../schemas/partial-date';
import { buildDay } from '../build-day';
import { isoDay } from '../format';
import { downloads, href, routes } from '../paths';
import { calendarFeed } from '../register/calendar-feed';
import { centreViewOf } from '../register/views';
import { weekAgeNote } from './age';
import { SV } from './words';

export function calendarFeedFor(
  site: SiteContent,
  centres: readonly CentreEntry[],
  origin: URL | undefined,
  scope: 'centre' | 'region',
) {
  const one = scope === 'centre' ? centres[0] : undefined;
  const url = new URL(href(one ? routes.centreCalendar(one.id) : downloads.calendar), origin);
  const feedCentres = centres.flatMap((c) => {
    const view = centreViewOf(site, c);
    const week = view.week;
    if (!week) return [];
    const first = week.sessions
      .map((s) => s.source)
      .map((s) =>
        isKnown(s.date) && s.date.length === 10
          ? s.date
          : s.accessed
            ? isoDay(s.accessed)
            : undefined,
      )
      .find(Boolean);
    return [
      {
        id: c.id,
        name: view.name,
        url: new URL(href(routes.centre(c.id)), origin).href,
        sessions: week.sessions.map((s) => ({ ...s, source: s.source.id })),
        exceptions: week.allExceptions,
        anchor: first ?? isoDay(buildDay()),
        ageNote: weekAgeNote(SV, week.age),
      },
    ];
  });
  const siteName = siteConfig.siteName;
  const name = one ? centreViewOf(site, one).name : undefined;
  return calendarFeed({
    name: name ? SV.t('calendar.name', { name }) : SV.t('calendar.regionName', { site: siteName }),
    description: name
      ? `${SV.t('calendar.description', { name, site: siteName })} ${feedCentres[0]?.ageNote ?? ''}`.trim()
      : SV.t('calendar.regionDescription', { site: siteName }),
    host: url.host,
    url: url.href,
    centres: feedCentres,
    stamp: buildDay(),
    nameCentres: !one,
  });
}
