import { describe, expect, it } from 'vitest';
import { makeWords } from '../telling/words';
import { checkedNotice } from './view';

const sv = makeWords({ lang: 'sv', dir: 'ltr', locale: 'sv-SE', clock: 'dot', messages: {} });

describe('what a translated page says of its checking', () => {
  it('drops "not checked" when every part is checked, and names the parts that are when only some are', () => {
    const parts = (words: boolean, box: boolean) => [
      { part: 'page.part.words' as const, checked: words },
      { part: 'page.part.box' as const, checked: box },
    ];
    expect(checkedNotice(sv, parts(true, true))).toBe(
      'En kvalificerad översättare har granskat översättningen.',
    );
    expect(checkedNotice(sv, parts(false, false))).toMatch(/har inte granskat/);
    expect(checkedNotice(sv, parts(true, false))).toBe(
      'En kvalificerad översättare har granskat en del av översättningen: de fasta orden. Resten är inte granskad. Det är den svenska sidan som gäller.',
    );
  });
});
