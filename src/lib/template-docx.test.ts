import { describe, expect, it } from 'vitest';
import { readDocx } from '../../tests/support/docx';
import { templateDocx } from './template-docx';
import { parseTemplate } from './template-markdown';

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
    expect(doc.paragraphs.filter((p) => p.style.startsWith('Heading') || p.style === 'Title')).toEqual([
      { style: 'Title', text: 'Avsiktsförklaring' },
      { style: 'Heading2', text: 'Parter' },
    ]);
    expect(doc.paragraphs.map((p) => p.text)).toContain('Mellan [kommunens namn] och regionen.');
    expect(doc.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining(['Ett', 'Två', 'Se kapitlet.']));
    expect(doc.tables).toEqual([[['Part', 'Roll'], ['Kommunen', '[roll]']]]);
    expect(doc.highlighted).toEqual(['[kommunens namn]', '[roll]']);
    expect(doc.language).toBe('sv-SE');
  });
});
