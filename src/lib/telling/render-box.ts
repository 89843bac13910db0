/**
 * The box "För dig som förälder" at the top of a centre page: what you can do there, where, when
 * and whom to ask, each fact with who says it and when, opened by the age of the facts when they
 * are old. One markup for the Swedish page, the translated pages and the editor's preview
 * (ParentBox.astro and src/lib/editor/preview.ts call it); styles in src/styles/parent-box.css.
 */
import type { ParentTextTopic } from '../../schemas/parent-text';
import type { SourceRef } from '../source-view';
import type { CentreView } from '../register/centre-view';
import { boxAgeIntro } from './age';
import { element, NOT_INDEXED, type Child, type H } from './html';
import type { MessageId } from './messages';
import type { Words } from './words';
import { speak } from './speak';

/** A sentence to parents as a page says it: in the page's language, or in Swedish and marked so. */
export interface SaidSentence {
  text: string;
  sources: readonly SourceRef[];
  /** "sv" when the page is in another language and the sentence is not translated. */
  lang?: string;
}

export interface BoxOptions {
  /** The site's sentence on each topic in the page's language; the view's Swedish ones on a Swedish page. */
  sentence: (about: ParentTextTopic) => SaidSentence | undefined;
  /** The easy-read text in the page's language, when there is one. */
  easyRead?: { href: string; text: string };
  /** The id of the week on the page, for the link to it. */
  weekAnchor?: string;
  /**
   * The id of the contact block on the page, for a link to it at the top of the box: a parent who
   * must call finds the number without reading the whole box first.
   */
  contactAnchor?: string;
  headingId: string;
}

/** The Swedish sentences of the view, as a Swedish page and the preview say them. */
export const swedishSentences =
  (view: Pick<CentreView, 'box'>) =>
  (about: ParentTextTopic): SaidSentence | undefined =>
    about === 'tystnadsplikt'
      ? view.box.confidentiality
      : view.box.what.find((w) => w.service === about)?.sentence;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function renderBox(
  h: H,
  words: Words,
  view: Pick<CentreView, 'box' | 'week' | 'status'>,
  options: BoxOptions,
) {
  const e = element(h);
  const box = view.box;
  const { say, sv, attributed } = speak(e, words);
  // Who says each fact is left out of the search index (data-pagefind-ignore), and so is the
  // sentence on confidentiality: both are the same on every centre page, and indexed a thousand
  // times over they made the index slow to build and buried the pages that explain them.
  const by = (sources: readonly SourceRef[]): Child[] => [
    ' ',
    e('span', { className: 'fc-parent__by', ...NOT_INDEXED }, attributed(sources)),
  ];
  const unknown = (id: MessageId = 'box.unknown') =>
    e('span', { className: 'fc-unknown' }, say(id));
  // The sentences to parents are written to follow "Här kan du …", so each starts lower-case.
  const said = (s: SaidSentence): Child[] => [
    s.lang ? e('span', { lang: s.lang, dir: 'ltr' }, upperFirst(s.text)) : upperFirst(s.text),
    ...by(s.sources),
  ];
  // The site's sentence on a service is the same on every Swedish centre page that has it, whose
  // facts name the service again: there it is left out of the index, like who says it, so that
  // searching its words ("vaccinationer", "barnmorska") finds the chapters that explain them and
  // not a thousand centres. A translated centre page has no facts, and its sentences are where its
  // language names the services: they stay in the index.
  const serviceSentence = (s: SaidSentence): Child =>
    words.lang === 'sv' ? e('span', NOT_INDEXED, said(s)) : said(s);
  const intro = boxAgeIntro(words, box.age);
  const items: Child[] = [];
  if (box.open) {
    items.push(
      e('dt', null, say('box.what')),
      e(
        'dd',
        null,
        box.what.length > 0
          ? e(
              'ul',
              null,
              box.what.map((w) => {
                const sentence = options.sentence(w.service);
                return e(
                  'li',
                  null,
                  sentence ? serviceSentence(sentence) : say(`service.${w.service}`),
                );
              }),
            )
          : unknown('box.whatUnknown'),
        box.activities.length > 0 &&
          e(
            'ul',
            { className: 'fc-parent__activities' },
            box.activities.map((a) => e('li', null, sv(a.text), by([a.source]))),
          ),
      ),
    );
  }
  const place = (w: (typeof box.where)[number]) => [
    sv(w.note ? `${w.place} (${lowerFirst(w.note)})` : w.place),
    by([w.source]),
  ];
  items.push(
    e('dt', null, say(box.open ? 'box.where' : 'box.plannedWhere')),
    e(
      'dd',
      null,
      box.where.length === 0 && unknown(),
      box.where.length === 1 && box.where.slice(0, 1).map(place),
      box.where.length > 1 && [
        box.whereDisputed && e('p', null, say('box.whereDisputed')),
        e(
          'ul',
          null,
          box.where.map((w) => e('li', null, place(w))),
        ),
      ],
    ),
  );
  if (box.open) {
    const week = view.week;
    items.push(
      e('dt', null, say('box.when')),
      e(
        'dd',
        null,
        week && week.days.length > 0
          ? [
              e(
                'ul',
                { className: 'fc-parent__days' },
                week.days.map((d) =>
                  e(
                    'li',
                    null,
                    e('strong', null, `${words.weekday(d.weekday)}:`),
                    // Each session on a line of its own: in a right-to-left page its time stays
                    // with its own words, read first, whatever the sessions' lengths.
                    e(
                      'ul',
                      { className: 'fc-parent__sessions' },
                      d.sessions.map((s) =>
                        e(
                          'li',
                          { className: 'fc-parent__session' },
                          e('bdi', { dir: 'ltr' }, `${words.time(s.from)}–${words.time(s.to)}`),
                          ' ',
                          sv(
                            [s.what, s.forWhom && lowerFirst(s.forWhom)].filter(Boolean).join(', '),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
              ),
              e(
                'p',
                null,
                week.hoursPerWeek !== null && [
                  say('box.hoursPerWeek', { hours: words.number(week.hoursPerWeek, 1) }),
                  week.place && [' ', say('box.placeLabel'), ': ', sv(week.place), '.'],
                  ' ',
                ],
                e('span', { className: 'fc-parent__by', ...NOT_INDEXED }, attributed(week.sources)),
                week.note && [' ', sv(week.note)],
              ),
              options.weekAnchor &&
                e('p', null, e('a', { href: `#${options.weekAnchor}` }, say('box.weekLink'))),
            ]
          : unknown(),
      ),
    );
    const confidentiality = options.sentence('tystnadsplikt');
    if (confidentiality)
      items.push(
        e('dt', null, say('box.confidentiality')),
        e('dd', { 'data-parent-text': 'tystnadsplikt', ...NOT_INDEXED }, said(confidentiality)),
      );
  }
  items.push(
    e('dt', null, say('box.ask')),
    e(
      'dd',
      null,
      box.ask ? [sv(box.ask.organisation), box.ask.source && by([box.ask.source])] : unknown(),
      box.moreInfo &&
        e(
          'p',
          { className: 'fc-parent__more' },
          e('a', { href: box.moreInfo.url }, say('box.moreInfo', { name: box.moreInfo.name })),
        ),
    ),
  );
  return e(
    'section',
    { className: 'fc-parent', 'aria-labelledby': options.headingId, 'data-parent-box': words.lang },
    e('h2', { id: options.headingId, className: 'fc-parent__title' }, say('box.title')),
    !box.open &&
      e(
        'p',
        { className: 'fc-parent__notice' },
        e('strong', null, say(view.status === 'stängd' ? 'status.closed' : 'status.notOpen')),
      ),
    intro &&
      e(
        'p',
        { className: 'fc-parent__age', 'data-box-age': box.age.state },
        words.fallback('age.box.aldre') ? e('span', { lang: 'sv', dir: 'ltr' }, intro) : intro,
      ),
    options.contactAnchor &&
      e(
        'p',
        { className: 'fc-parent__contact' },
        e('a', { href: `#${options.contactAnchor}` }, say('box.contactLink')),
      ),
    // A space between the terms and their descriptions, so that the search index, which reads
    // text across <dt> and <dd> as one run, keeps "Var" and "uppgift saknas" two words.
    e(
      'dl',
      { className: 'fc-parent__list' },
      items.flatMap((item, i) => (i === 0 ? [item] : [' ', item])),
    ),
    options.easyRead &&
      e(
        'p',
        { className: 'fc-parent__easy' },
        e('a', { href: options.easyRead.href }, options.easyRead.text),
      ),
  );
}
