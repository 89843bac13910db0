/**
 * How to reach a centre or a kommun: each item with a link a phone can act on and who says it and
 * when; where the centre's own number is not known, the next step (call the kommun, or see its web
 * site); where no number is known at all, the site's sentence on finding BVC. One markup for the
 * Swedish centre and kommun pages and the translated pages (ContactBlock.astro calls it).
 */
import type { ContactRow, NextStep } from '../register/contact';
import type { SaidSentence } from './render-box';
import { element, NOT_INDEXED, type Child, type H } from './html';
import { isMessageId } from './messages';
import type { Words } from './words';
import { speak } from './speak';

/** A contact item's label and note in a translated page's language, where a current translation has them. */
export interface SaidInLanguage {
  label?: string;
  note?: string;
}

export interface ContactOptions {
  headingId: string;
  heading: string;
  rows: readonly ContactRow[];
  next?: NextStep;
  /** The kommun's name, for the next step ("Avesta kommun"). */
  kommun?: string;
  /** Said when no item is known. */
  unknown: string;
  /** Where BVC is found, said when no number at all is known. */
  findBvc?: SaidSentence & { link?: string; linkText?: string };
  /**
   * On a translated page: each row's label and note in the page's language, in the rows' order,
   * where a current translation has them (src/lib/translation/centre-texts.ts). Else the row's
   * Swedish words are shown, marked so.
   */
  said?: readonly SaidInLanguage[];
}

/**
 * A row's label in the page's language: its own label where the words know it ("Växel" is a word
 * every language has), else the kind's name, with the row's own Swedish label beside it to show
 * as written ("Kontaktcenter" as a name).
 */
export function contactLabel(
  words: Words,
  row: Pick<ContactRow, 'kind' | 'label'>,
): { text: string; swedish?: string } {
  const kind = words.t(`contact.kind.${row.kind}`);
  if (!row.label) return { text: kind };
  const id = `contact.label.${row.label}`;
  if (isMessageId(id) && (words.lang === 'sv' || !words.fallback(id))) return { text: words.t(id) };
  return words.lang === 'sv' ? { text: row.label } : { text: kind, swedish: row.label };
}

export function renderContact(h: H, words: Words, options: ContactOptions) {
  const e = element(h);
  const { sv, attributed } = speak(e, words);
  const label = (row: ContactRow, inLanguage?: string): Child => {
    const said = contactLabel(words, row);
    return said.swedish ? [said.text, ' (', inLanguage ?? sv(said.swedish), ')'] : said.text;
  };
  const by = (row: ContactRow) =>
    e('span', { className: 'fc-contact__by', ...NOT_INDEXED }, attributed([row.source]));
  // The phone first: it is what most people need. Each row keeps its own translated words.
  const rows = options.rows
    .map((row, i) => ({ ...row, said: options.said?.[i] }))
    .sort((a, b) => Number(b.kind === 'telefon') - Number(a.kind === 'telefon'));
  const { next, findBvc } = options;
  const phoneKnown = next?.phone !== undefined || rows.some((r) => r.kind === 'telefon');
  return e(
    'section',
    { className: 'fc-contact', 'aria-labelledby': options.headingId, 'data-contact': words.lang },
    e('h2', { id: options.headingId }, options.heading),
    rows.length > 0
      ? e(
          'dl',
          { className: 'fc-contact__list' },
          rows.map((r) =>
            e(
              'div',
              { className: 'fc-contact__item', 'data-contact-kind': r.kind },
              e('dt', null, label(r, r.said?.label)),
              e(
                'dd',
                null,
                r.kind === 'besoksadress'
                  ? [
                      sv(r.value),
                      ' ',
                      e(
                        'a',
                        { href: r.href, className: 'fc-contact__map' },
                        words.t('contact.onMap', { address: r.value }),
                      ),
                    ]
                  : e('a', { href: r.href, dir: 'ltr' }, r.display),
                // Lines of their own on the page (display: block); a space keeps their first
                // word apart from the number before it for the search index.
                r.hours && [' ', e('span', { className: 'fc-contact__hours' }, sv(r.hours))],
                r.note && [
                  ' ',
                  e('span', { className: 'fc-contact__note' }, r.said?.note ?? sv(r.note)),
                ],
                // A space, so the source never sticks to an address written on the same line.
                ' ',
                by(r),
              ),
            ),
          ),
        )
      : e('p', { className: 'fc-unknown' }, options.unknown),
    next?.phone &&
      e(
        'p',
        { className: 'fc-contact__next', 'data-next-step': 'phone' },
        e(
          'strong',
          null,
          words
            .t('contact.call', { number: '\u0000' })
            .split('\u0000')
            .flatMap((part, i) =>
              i === 0
                ? [part]
                : [e('a', { href: next.phone!.href, dir: 'ltr' }, next.phone!.display), part],
            ),
        ),
        ' ',
        words.t('contact.callKommun', {
          label: contactLabel(words, next.phone).text.toLocaleLowerCase(words.lang),
          kommun: options.kommun ?? '',
        }),
        ' ',
        by(next.phone),
      ),
    next?.web &&
      !next.phone &&
      e(
        'p',
        { className: 'fc-contact__next', 'data-next-step': 'web' },
        e('strong', null, e('a', { href: next.web.href }, label(next.web))),
        ' ',
        words.t('contact.seeKommunWeb'),
        ' ',
        by(next.web),
      ),
    !phoneKnown &&
      findBvc &&
      e(
        'p',
        { className: 'fc-contact__next', 'data-next-step': 'bvc' },
        findBvc.lang ? e('span', { lang: findBvc.lang, dir: 'ltr' }, findBvc.text) : findBvc.text,
        findBvc.link && [
          ' ',
          e('a', { href: findBvc.link }, findBvc.linkText ?? findBvc.link),
          '.',
        ],
        ' ',
        e('span', { className: 'fc-contact__by', ...NOT_INDEXED }, attributed(findBvc.sources)),
      ),
  );
}
