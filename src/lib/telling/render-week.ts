/**
 * A centre's week: closed days and changed hours still to come, the regular sessions weekday by
 * weekday with the age of the programme, its source, and the calendar feed to subscribe to. One
 * markup for the Swedish page, the translated pages and the editor's preview (WeekProgramme.astro
 * and src/lib/editor/preview.ts call it); styles in src/styles/week.css. src/scripts/week-today.ts
 * marks today and hides exceptions that have passed since the build, through the data attributes.
 */
import type { WeekView } from '../register/centre-view';
import { weekAgeNote } from './age';
import { element, NOT_INDEXED, type H } from './html';
import type { Words } from './words';
import type { SourceRef } from '../source-view';
import { speak } from './speak';

export interface WeekOptions {
  headingId: string;
  /** The feed: its link on the site, its full address (to copy), and as webcal:// for subscribing. */
  feed?: { href: string; url: string; webcal: string };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function renderWeek(h: H, words: Words, week: WeekView, options: WeekOptions) {
  const e = element(h);
  const { say, sv, attributed } = speak(e, words);
  const by = (source: SourceRef) => e('span', { className: 'fc-week__by' }, attributed([source]));
  const span = (from: string, to: string) =>
    e('bdi', { dir: 'ltr' }, `${words.time(from)}–${words.time(to)}`);
  const ageOld = week.age.state !== 'ny';
  return e(
    'section',
    { className: 'fc-week', 'aria-labelledby': options.headingId, 'data-week': words.lang },
    e('h2', { id: options.headingId }, say('week.title')),
    week.exceptions.length > 0 &&
      e(
        'div',
        { className: 'fc-week__exceptions' },
        e('h3', null, say('week.exceptions')),
        e(
          'ul',
          null,
          week.exceptions.map((x) =>
            e(
              'li',
              {
                'data-exception-from': x.date,
                'data-exception-until': x.until ?? x.date,
                'data-exception-kind': x.kind,
                'data-exception-what': x.what,
              },
              e(
                'strong',
                null,
                e(
                  'bdi',
                  null,
                  x.until ? `${words.day(x.date)}–${words.day(x.until)}` : words.day(x.date),
                ),
                ': ',
                say(`exception.${x.kind}`),
                x.kind === 'ändrad-tid' && x.from && x.to && [' ', span(x.from, x.to)],
              ),
              x.what && [`${words.t('sep.comma')} `, sv(x.what)],
              '.',
              x.note && [' ', sv(`${x.note.replace(/\.$/, '')}.`)],
              ' ',
              by(x.source),
            ),
          ),
        ),
      ),
    e('h3', null, say('week.regular')),
    e(
      'p',
      {
        className: ageOld ? 'fc-week__stale' : 'fc-week__age',
        'data-week-age': week.age.state,
        'data-week-stale': ageOld ? '' : undefined,
      },
      weekAgeNote(words, week.age),
    ),
    e(
      'ul',
      { className: 'fc-week__days' },
      week.days.map((d) =>
        e(
          'li',
          { className: 'fc-week__day', 'data-weekday': d.weekday },
          e(
            'span',
            { className: 'fc-week__label' },
            words.weekday(d.weekday),
            // Shown by a script on the day it is (src/scripts/week-today.ts); in the search index
            // every day's would say "i dag" in the results on any other day.
            e(
              'span',
              { className: 'fc-week__today', hidden: true, ...NOT_INDEXED },
              ' – ',
              say('week.today'),
            ),
          ),
          e(
            'ul',
            null,
            d.sessions.map((s) =>
              e(
                'li',
                {
                  'data-session-from': s.from,
                  'data-session-to': s.to,
                  'data-session-what': s.what,
                },
                e('strong', null, span(s.from, s.to)),
                ' ',
                sv(
                  [s.what, s.forWhom && lowerFirst(s.forWhom), s.place && lowerFirst(s.place)]
                    .filter(Boolean)
                    .join(', '),
                ),
                s.validTo && [' (', say('week.until', { date: words.day(s.validTo) }), ')'],
              ),
            ),
          ),
        ),
      ),
    ),
    e(
      'p',
      { className: 'fc-week__by' },
      say('week.source', { who: words.attributions(week.sources, true) }),
      week.note && [' ', sv(`${week.note.replace(/\.$/, '')}.`)],
    ),
    options.feed &&
      e(
        'div',
        { className: 'fc-week__calendar' },
        e(
          'p',
          null,
          e(
            'a',
            { href: options.feed.webcal, 'data-calendar-subscribe': true },
            say('calendar.subscribe'),
          ),
          ' ',
          say('calendar.or'),
          ' ',
          e('a', { href: options.feed.href, download: true }, say('calendar.download')),
          ' ',
          say('calendar.format'),
        ),
        e(
          'p',
          { className: 'fc-week__help' },
          say('calendar.help'),
          ' ',
          e('span', { 'data-calendar-url': true, dir: 'ltr' }, options.feed.url),
        ),
      ),
  );
}
