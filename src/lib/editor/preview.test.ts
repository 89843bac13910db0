import { describe, expect, it } from 'vitest';
import { htmlH, toHtml } from '../telling/html';
import { previewData, previewView, renderCentre, type PreviewLookups } from './preview';

const lookups: PreviewLookups = {
  sources: new Map([
    [
      'sida',
      { title: 'Öppna förskolan', publisher: 'Orsa kommun', date: '2026-08-17', reported: false },
    ],
  ]),
  texts: [],
};
const today = new Date('2026-12-01T00:00:00Z');

describe('the editor’s preview of a centre', () => {
  it('reads the entry as the editor holds it, through the centre’s schema: dates as text, sources by id', () => {
    const view = previewView(
      {
        status: 'öppen',
        events: [{ event: 'i-drift', date: '2026-08-17', source: 'sida' }],
        services: [
          { service: 'oppen-forskola', huvudman: 'kommun', location: 'okänd', planned: false },
        ],
        programme: {
          sessions: [
            {
              days: ['mån'],
              from: '09:00',
              to: '11:30',
              what: 'Öppna förskolan',
              service: 'oppen-forskola',
              validTo: '2027-06-30',
              source: 'sida',
            },
          ],
          exceptions: [{ date: '2026-12-24', kind: 'stängt', source: 'sida' }],
        },
      },
      lookups,
      today,
    );
    expect(view.week?.days).toEqual([
      expect.objectContaining({
        weekday: 'mån',
        sessions: [expect.objectContaining({ from: '09:00', validTo: '2027-06-30' })],
      }),
    ]);
    expect(view.week?.exceptions.map((e) => e.date)).toEqual(['2026-12-24']);
    expect(view.age).toMatchObject({ state: 'ny', date: '2026-08-17' });
  });

  it('keeps what is valid of a half-filled entry and leaves out the rest, field by field and item by item', () => {
    const data = previewData({
      status: 'öppen',
      visit: [{ place: 'Församlingshemmet', source: 'ny-kalla' }, { place: 'x' }],
      programme: { sessions: [{ days: [], from: '09:00', to: '', what: '', source: 'sida' }] },
      kind: 'inte-en-typ',
    });
    // An optional field the editor holds as empty is no value: the session stays.
    const typed = previewData({
      programme: {
        sessions: [
          {
            days: ['mån'],
            from: '09:00',
            to: '11:30',
            what: 'Öppna förskolan',
            forWhom: '',
            place: null,
            source: 'sida',
          },
        ],
      },
    });
    expect(typed.programme?.sessions).toHaveLength(1);
    expect(data.visit.map((v) => v.place)).toEqual(['Församlingshemmet']);
    expect(data.programme).toBeUndefined();
    expect(data.kind).toBe('familjecentral');
    const empty = previewView({}, lookups, today);
    expect(empty.box.open).toBe(false);
    expect(empty.week).toBeUndefined();
  });

  it('draws the box and the week with the page’s markup, a source not yet saved named by its id', () => {
    const html = toHtml(
      renderCentre(
        htmlH,
        {
          name: 'Test',
          status: 'öppen',
          events: [{ event: 'i-drift', date: 'okänd', source: 'ny-kalla' }],
          visit: [{ place: 'Församlingshemmet', source: 'ny-kalla' }],
        },
        lookups,
        today,
      ),
    );
    expect(html).toContain('class="fc-parent"');
    expect(html).toContain(
      'Församlingshemmet <span class="fc-parent__by">(ny-kalla, datum saknas)</span>',
    );
    expect(html).toContain('data-box-age="odaterad"');
  });
});
