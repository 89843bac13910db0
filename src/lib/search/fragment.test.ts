import { describe, expect, it } from 'vitest';
import { readFragment } from './fragment';

describe('readFragment', () => {
  it('reads the address, the language from the file name and the indexed text', () => {
    const data = `pagefind_dcd${JSON.stringify({ url: '/fi/', content: 'Perhekeskus.', word_count: 1 })}`;
    expect(readFragment('fi_abc123.pf_fragment', data)).toEqual({
      url: '/fi/',
      lang: 'fi',
      text: 'Perhekeskus.',
    });
  });

  it('stops on a file without the signature, and on one without text, naming the file', () => {
    expect(() => readFragment('sv_1.pf_fragment', '{"url":"/","content":""}')).toThrow(
      'sv_1.pf_fragment is not a Pagefind fragment',
    );
    expect(() => readFragment('sv_2.pf_fragment', 'pagefind_dcd{"url":"/"}')).toThrow(
      "sv_2.pf_fragment has no url or content: Pagefind's fragment format has changed",
    );
  });
});
