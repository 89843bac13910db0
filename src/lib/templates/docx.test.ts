import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../tests/support/docx';
import { templateDocx } from './docx';
import { parseTemplate } from './markdown';

const meta = {
  title: 'Avsiktsförklaring',
  summary: 'En mall att fylla i.',
  publisher: 'Region Dalarna',
  pageUrl: 'https://example.se/mallar/avsiktsforklaring/',
  reviewed: 'Senast granskad 22 november 2026',
  resolve: (url: string) => new URL(url, 'https://example.se').href,
};

describe('templateDocx', () => {
  it('writes a Word file whose headings, tables, lists and fill-in places match the text', async () => {
    const blocks = parseTemplate(
      '## Parter\n\nMellan <Fill label="kommunens namn" /> och regionen.\n\n1. Ett\n2. Två\n\n| Part | Roll |\n| --- | --- |\n| Kommunen | <Fill label="roll" /> |\n\nSe [kapitlet](/vagledning/).',
      'x.mdx',
    );
    const doc = await readDocx(await templateDocx(meta, blocks));
    expect(
      doc.paragraphs.filter((p) => p.style.startsWith('Heading') || p.style === 'Title'),
    ).toEqual([
      { style: 'Title', text: 'Avsiktsförklaring' },
      { style: 'Heading2', text: 'Parter' },
    ]);
    expect(doc.paragraphs.map((p) => p.text)).toContain('Mellan [kommunens namn] och regionen.');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(
      expect.arrayContaining(['Ett', 'Två', 'Se kapitlet.']),
    );
    expect(doc.tables).toEqual([
      [
        ['Part', 'Roll'],
        ['Kommunen', '[roll]'],
      ],
    ]);
    expect(doc.highlighted).toEqual(['[kommunens namn]', '[roll]']);
    expect(doc.language).toBe('sv-SE');
  });

  it('numbers its pages, names the publisher as author and links to the published page', async () => {
    const doc = await readDocx(await templateDocx(meta, parseTemplate('Text.', 'x.mdx')));
    expect(doc.footer.fields).toEqual(['PAGE', 'NUMPAGES']);
    expect(doc.footer.text).toContain(`${meta.title}, sida`);
    expect(doc.properties).toEqual({
      title: meta.title,
      creator: meta.publisher,
      lastModifiedBy: meta.publisher,
      description: meta.summary,
    });
    expect(doc.paragraphs.at(-1)?.text).toContain(`Senaste versionen: ${meta.pageUrl}`);
  });

  it('says it is a preview, with no address, when the site has none', async () => {
    const doc = await readDocx(
      await templateDocx({ ...meta, pageUrl: undefined }, parseTemplate('Text.', 'x.mdx')),
    );
    expect(doc.paragraphs.at(-1)?.text).toBe(
      `Mall från ${meta.publisher}. ${meta.reviewed}. Förhandsversion, inte publicerad.`,
    );
  });

  it('writes the region’s name where the template says <RegionName />', async () => {
    const doc = await readDocx(
      await templateDocx(
        meta,
        parseTemplate('Mellan kommunen och <RegionName />.', 'x.mdx', 'Region Örebro län'),
      ),
    );
    expect(doc.paragraphs.map((p) => p.text)).toContain('Mellan kommunen och Region Örebro län.');
    expect(doc.highlighted).toEqual([]);
  });
});
