import { describe, expect, it } from 'vitest';
import { htmlH, toHtml } from './html';

describe('htmlH', () => {
  it('keeps a block, list item or table cell apart from its neighbours by a line break', () => {
    const dl = htmlH(
      'dl',
      null,
      htmlH('dt', null, 'Besöksadress'),
      htmlH('dd', null, 'Vasagatan 1'),
    );
    expect(toHtml(dl)).toBe('<dl><dt>Besöksadress</dt>\n<dd>Vasagatan 1</dd></dl>');
    const row = htmlH('tr', null, htmlH('th', null, 'Verksamhet'), htmlH('th', null, 'Finns'));
    expect(toHtml(row)).toContain('</th>\n<th>');
  });

  it('writes text and inline elements as they come, without a space the writer did not put', () => {
    const p = htmlH(
      'p',
      null,
      'Ring ',
      htmlH('a', { href: 'tel:023' }, '023'),
      htmlH('span', null, '!'),
    );
    expect(toHtml(p)).toBe('<p>Ring <a href="tel:023">023</a><span>!</span></p>');
  });
});
