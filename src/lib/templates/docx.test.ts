import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../tests/support/docx';
import { BOX, columnWidths, templateDocx } from './docx';
import { parseTemplate, SIGNATURE_FIELDS } from './markdown';

const meta = {
  title: 'Avsiktsförklaring',
  summary: 'En mall att fylla i.',
  publisher: 'Region Dalarna',
  from: 'Mall från Region Dalarna',
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
      doc.paragraphs
        .filter((p) => p.style.startsWith('Heading') || p.style === 'Title')
        .map(({ style, text }) => ({ style, text })),
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
    // Under the title and the summary, with what is about the template, not at its end.
    expect(doc.paragraphs.map((p) => p.text).slice(0, 3)).toEqual([
      meta.title,
      meta.summary,
      `${meta.from}. ${meta.reviewed}. Senaste versionen: ${meta.pageUrl}`,
    ]);
    expect(doc.paragraphs.at(-1)?.text).toBe('Text.');
  });

  it('says it is a preview, with no address, when the site has none', async () => {
    const doc = await readDocx(
      await templateDocx({ ...meta, pageUrl: undefined }, parseTemplate('Text.', 'x.mdx')),
    );
    expect(doc.paragraphs[2]?.text).toBe(
      `${meta.from}. ${meta.reviewed}. Förhandsversion, inte publicerad.`,
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

  it('leaves out the summary and the line about the template in a handout, which its reader gets as it is', async () => {
    const handout = await readDocx(
      await templateDocx({ ...meta, handout: true }, parseTemplate('Till dig.', 'x.mdx')),
    );
    expect(handout.paragraphs.map((p) => p.text)).toEqual([meta.title, 'Till dig.']);
    const template = await readDocx(await templateDocx(meta, parseTemplate('Till dig.', 'x.mdx')));
    expect(template.paragraphs.map((p) => p.text)).toContain(meta.summary);
  });
});

describe('a form in the Word document', () => {
  const form = async (body: string) =>
    readDocx(await templateDocx(meta, parseTemplate(body, 'x.mdx')));
  const boxesIn = (text: string) => text.split(BOX).length - 1;

  it('gives each answer one check box and no bullet, and a line where the answer is written', async () => {
    const doc = await form(
      'Kryssa för ett svar.\n\n<Choices>\n- Ja.\n- Nej.\n- Något annat, skriv vad: <WriteLine />\n</Choices>',
    );
    const answers = doc.paragraphs.filter((p) => p.checkBoxes > 0);
    expect(answers.map((p) => p.text)).toEqual([
      `${BOX} Ja.`,
      `${BOX} Nej.`,
      `${BOX} Något annat, skriv vad:`,
    ]);
    for (const answer of answers) {
      expect(answer.checkBoxes).toBe(1);
      expect(boxesIn(answer.text)).toBe(1);
      expect(answer.list).toBe(false);
    }
    expect(answers.map((p) => p.lines)).toEqual([0, 0, 1]);
    expect(doc.checkBoxes).toBe(3);
    expect(doc.paragraphs.filter((p) => p.list)).toEqual([]);
  });

  it('gives each statement a box per answer in a table whose statement column is wide', async () => {
    const doc = await form(
      '| Påstående | Ja | Ibland | Nej |\n| --- | --- | --- | --- |\n| Jag vet vem jag kan fråga om jag behöver hjälp. | ☐ | ☐ | ☐ |\n| Tiderna passar mig. | ☐ | ☐ | ☐ |',
    );
    expect(doc.checkBoxes).toBe(6);
    expect(doc.tables[0]?.[1]).toEqual([
      'Jag vet vem jag kan fråga om jag behöver hjälp.',
      BOX,
      BOX,
      BOX,
    ]);
    const [statement = NaN, ...boxes] = doc.columnWidths[0] ?? [];
    const page = statement + boxes.reduce((a, b) => a + b, 0);
    expect(statement / page).toBeGreaterThan(0.5);
    for (const box of boxes) expect(box).toBe(boxes[0]);
  });

  it('sizes columns by what they hold, and none narrower than its longest word', () => {
    const cells = (...texts: string[]) => texts.map((text) => [{ type: 'text' as const, text }]);
    const [verksamhet = NaN, huvudman = NaN, omfattning = NaN] = columnWidths(
      cells('Verksamhet', 'Huvudman', 'Omfattning'),
      [
        cells(
          'Socialtjänstens förebyggande verksamhet',
          'Kommunen',
          'antal timmar i veckan eller antal tjänster',
        ),
      ],
    );
    expect(huvudman).toBeLessThan(verksamhet);
    expect(huvudman).toBeLessThan(omfattning);
    // "Huvudman" and "Socialtjänstens" each fit on one line of their column.
    expect(huvudman).toBeGreaterThanOrEqual('Huvudman'.length * 150);
    expect(verksamhet).toBeGreaterThanOrEqual('Socialtjänstens'.length * 150);
  });

  it('draws the lines to write on that the template asks for', async () => {
    const doc = await form('Vad är bäst här?\n\n<WriteLines count="3" />');
    const lines = doc.paragraphs.filter((p) => p.lines > 0);
    expect(lines).toHaveLength(3);
    for (const line of lines) expect(line).toMatchObject({ text: '', lines: 1, list: false });
  });

  it('gives each party lines for place and date, signature, name and title, two parties side by side', async () => {
    const doc = await form(
      '## Underskrifter\n\n<Signature party="För kommunen" />\n<Signature party="För regionen" />\n\n<Signature party="För föreningen" />',
    );
    // What a signature asks for, written out: place and date, the signature, the name in print, the title.
    expect(SIGNATURE_FIELDS).toEqual([
      'Ort och datum',
      'Underskrift',
      'Namnförtydligande',
      'Titel',
    ]);
    const texts = doc.paragraphs.map((p) => p.text);
    const pair = texts.indexOf('För kommunen För regionen');
    expect(pair).toBeGreaterThan(0);
    SIGNATURE_FIELDS.forEach((field, i) => {
      // A line for each of the two, then what to write on it under each line.
      expect(doc.paragraphs[pair + 1 + 2 * i]).toMatchObject({ text: '', lines: 2 });
      expect(texts[pair + 2 + 2 * i]).toBe(`${field} ${field}`);
    });
    const alone = texts.indexOf('För föreningen');
    expect(alone).toBeGreaterThan(pair);
    SIGNATURE_FIELDS.forEach((field, i) => {
      expect(doc.paragraphs[alone + 1 + 2 * i]).toMatchObject({ text: '', lines: 1 });
      expect(texts[alone + 2 + 2 * i]).toBe(field);
    });
  });
});
