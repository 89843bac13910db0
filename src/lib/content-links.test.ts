import { describe, expect, it } from 'vitest';
import { checkContentLinks, closestAddresses, editDistance, linksIn } from './content-links';

describe('linksIn', () => {
  it('finds Markdown and HTML links with their lines, and skips fenced code', () => {
    const body = 'Se [kapitlet](/vagledning/vardegrund/ "Värdegrund").\n\n```\n[inte](/kod/)\n```\n<a href="/kallor/#scb">SCB</a> och [extern](https://example.se).';
    expect(linksIn(body)).toEqual([
      { href: '/vagledning/vardegrund/', line: 1 },
      { href: '/kallor/#scb', line: 6 },
      { href: 'https://example.se', line: 6 },
    ]);
  });
});

describe('closestAddresses', () => {
  it('suggests near misses only, closest first', () => {
    expect(closestAddresses('/vagledning/vardegrun/', ['/', '/vagledning/', '/vagledning/vardegrund/'])).toEqual(['/vagledning/vardegrund/']);
    expect(closestAddresses('/helt-annat/', ['/vagledning/vardegrund/'])).toEqual([]);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('bcv', 'bvc')).toBe(1);
  });
});

describe('checkContentLinks', () => {
  const site = {
    pages: ['/', '/vagledning/', '/vagledning/vardegrund/', '/ordlista/'],
    anchors: ['/ordlista/#bvc', '/ordlista/#mvc'],
    files: ['/data/familjecentraler.csv'],
  };
  const entry = (body: string, filePath = 'src/content/guidance/x.mdx') => ({ collection: 'guidance', id: 'x', filePath, data: {}, body });

  it('accepts pages, checked anchors, files and links elsewhere', () => {
    const body = '[a](/vagledning/vardegrund/) [b](/ordlista/#bvc) [c](/data/familjecentraler.csv) [d](https://x.se) [e](#rubrik) [f](mailto:a@b.se) [g](/vagledning/vardegrund/#rubrik)';
    expect(checkContentLinks([entry(body)], site)).toEqual([]);
  });

  it('reports a page that does not exist, with the line and a close address', () => {
    expect(checkContentLinks([entry('Text\n\nSe [värdegrund](/vagledning/vardegrun/).')], site)).toEqual([
      {
        file: 'src/content/guidance/x.mdx',
        field: '(body), line 3',
        received: 'a link to "/vagledning/vardegrun/", where there is no page',
        expected: 'the address of a page on this site, for example /vagledning/vardegrund/',
      },
    ]);
  });

  it('reports a glossary anchor that does not exist', () => {
    expect(checkContentLinks([entry('[x](/ordlista/#bbc)')], site)[0]).toMatchObject({
      received: 'a link to "/ordlista/#bbc", but that page has no "#bbc"',
      expected: 'an entry that exists on /ordlista/, for example /ordlista/#bvc, /ordlista/#mvc',
    });
  });

  it('reports a relative address and an internal link in a .md file', () => {
    expect(checkContentLinks([entry('[x](vagledning/)')], site)[0].expected).toContain('starts with "/"');
    expect(checkContentLinks([entry('[x](/vagledning/)', 'src/content/news/a.md')], site)[0].expected).toContain('rename the file to .mdx');
  });
});
