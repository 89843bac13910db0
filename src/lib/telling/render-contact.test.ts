import { describe, expect, it } from 'vitest';
import { renderContact } from './render-contact';
import { htmlH, toHtml } from './html';
import { wordsWith } from '../../../tests/support/words';
import { contactRows } from '../register/contact';
import type { SourceRef } from '../source-view';

const en = wordsWith('en', {
  'contact.kind.telefon': 'Phone',
  'contact.kind.e-post': 'E-mail',
  'contact.title': 'Contact',
});
const source: SourceRef = {
  id: 'visit-orsa',
  name: 'Visit Orsa',
  isTitle: false,
  publisher: 'Visit Orsa',
  short: 'Visit Orsa',
  date: 'okänd',
  reported: false,
};
const rows = contactRows([
  { kind: 'e-post', value: 'info@example.se', label: 'Kansliet', source },
  {
    kind: 'telefon',
    value: '0250-55 24 80',
    label: 'Orsa församling, som driver öppna förskolan',
    note: 'Församlingens allmänna nummer',
    source,
  },
]);
const html = (said?: Parameters<typeof renderContact>[2]['said']) =>
  toHtml(
    renderContact(htmlH, en, { headingId: 'contact', heading: 'Contact', rows, unknown: '', said }),
  );

describe('a contact item on a translated page', () => {
  it('shows its label and note in Swedish, marked so, where nothing is translated', () => {
    const out = html();
    expect(out).toContain('<span lang="sv"');
    expect(out).toMatch(/Phone \(<span lang="sv"[^>]*>Orsa församling, som driver öppna förskolan/);
    expect(out).toMatch(
      /<span class="fc-contact__note"><span lang="sv"[^>]*>Församlingens allmänna nummer/,
    );
  });

  it('shows a translated label and note in the page’s language, each on its own row though the phone comes first', () => {
    const out = html([
      { label: undefined, note: undefined },
      {
        label: 'Orsa församling, the parish that runs the open preschool',
        note: 'The parish’s general number',
      },
    ]);
    expect(out).toContain(
      '<dt>Phone (Orsa församling, the parish that runs the open preschool)</dt>',
    );
    expect(out).toContain('<span class="fc-contact__note">The parish’s general number</span>');
    // The first row in the content, now second on the page, keeps its own (Swedish) label.
    expect(out).toMatch(/E-mail \(<span lang="sv"[^>]*>Kansliet/);
    expect(out.indexOf('Phone')).toBeLessThan(out.indexOf('E-mail'));
  });
});
