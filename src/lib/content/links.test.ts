import { describe, expect, it } from 'vitest';
import { checkContentLinks } from './links';
import { parseBody } from './mdx-tree';

const site = {
  pages: ['/', '/vagledning/', '/vagledning/vardegrund/', '/ordlista/'],
  anchors: ['/ordlista/#bvc', '/ordlista/#mvc'],
  files: ['/data/familjecentraler.csv'],
};
const body = (text: string, file = 'src/content/guidance/x.mdx', lineOffset = 0) => ({
  file,
  parsed: parseBody(text, file.endsWith('.mdx'), lineOffset),
});

describe('checkContentLinks', () => {
  it('accepts pages, checked anchors, files and links elsewhere', () => {
    const text =
      '[a](/vagledning/vardegrund/) [b](/ordlista/#bvc) [c](/data/familjecentraler.csv) [d](https://x.se) [e](#rubrik) [f](mailto:a@b.se) [g](/vagledning/vardegrund/#rubrik)';
    expect(checkContentLinks([body(text)], site)).toEqual([]);
  });

  it('reports a page that does not exist, with the file’s line and a close address', () => {
    expect(
      checkContentLinks(
        [body('Text\n\nSe [värdegrund](/vagledning/vardegrun/).', 'src/content/guidance/x.mdx', 8)],
        site,
      ),
    ).toEqual([
      {
        file: 'src/content/guidance/x.mdx',
        field: '(body), line 11',
        received: 'a link to "/vagledning/vardegrun/", where there is no page',
        expected: 'the address of a page on this site, for example /vagledning/vardegrund/',
      },
    ]);
  });

  it('checks reference-style links and <a href>, and not what is in code', () => {
    const text =
      'Se [här][x] och <a href="/finns-inte-heller/">där</a>, men inte `[kod](/kod/)`.\n\n```\n[block](/block/)\n```\n\n[x]: /finns-inte/';
    expect(checkContentLinks([body(text)], site).map((p) => [p.field, p.received])).toEqual([
      ['(body), line 1', 'a link to "/finns-inte-heller/", where there is no page'],
      ['(body), line 7', 'a link to "/finns-inte/", where there is no page'],
    ]);
  });

  it('reports a glossary anchor that does not exist', () => {
    expect(checkContentLinks([body('[x](/ordlista/#bbc)')], site)[0]).toMatchObject({
      received: 'a link to "/ordlista/#bbc", but that page has no "#bbc"',
      expected: 'an entry that exists on /ordlista/, for example /ordlista/#bvc, /ordlista/#mvc',
    });
  });

  it('reports a relative address', () => {
    expect(checkContentLinks([body('[x](vagledning/)')], site)[0]?.expected).toContain(
      'starts with "/"',
    );
  });

  it('checks links in a .md file as in .mdx: they follow the base path there too', () => {
    expect(
      checkContentLinks(
        [body('[x](/vagledning/) [y](/vagledning/vardegrun/)', 'src/content/news/a.md')],
        site,
      ).map((p) => p.received),
    ).toEqual(['a link to "/vagledning/vardegrun/", where there is no page']);
  });
});
