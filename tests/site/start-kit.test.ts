/** The start kit in the built site: Word templates that match their pages, and the print edition. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, page, textOf } from '../support/dist';
import { readDocx } from '../support/docx';
import { entryCount, siteConfig } from '../support/site-data';
import { contentDir } from '../../src/lib/content/dir';
import yaml from 'js-yaml';
import { BOX } from '../../src/lib/templates/docx';
import { SIGNATURE_FIELDS } from '../../src/lib/templates/markdown';
import { sitePublisher } from '../../src/lib/telling/publisher';

const templateLinks = page('/mallar/')
  .root.querySelectorAll('main h2 a')
  .map((a) => a.getAttribute('href')!);

describe('the templates', () => {
  it('are all listed on /mallar/', () => {
    expect(templateLinks).toHaveLength(entryCount('templates'));
  });

  describe.each(templateLinks)('%s', (url) => {
    const html = page(url).root;
    const body = html.querySelector('[data-template-body]')!;
    const docxHref = html.querySelector('main a[download]')!.getAttribute('href')!;
    // A handout (the visitor survey) goes to its reader as it is.
    const handout = body.hasAttribute('data-handout');

    it('links to its Word document, which opens and is in Swedish', async () => {
      expect(docxHref).toBe(url.replace(/\/$/, '.docx'));
      const doc = await readDocx(readFileSync(join(DIST, docxHref)));
      expect(doc.language).toBe('sv-SE');
      expect(doc.paragraphs.find((p) => p.style === 'Title')?.text).toBe(
        textOf(html.querySelector('h1')!),
      );
    });

    it('has the same headings in the same order as the page', async () => {
      const doc = await readDocx(readFileSync(join(DIST, docxHref)));
      const docHeadings = doc.paragraphs
        .filter((p) => /^Heading\d$/.test(p.style))
        .map((p) => `${p.style.slice(-1)} ${p.text}`);
      const pageHeadings = body
        .querySelectorAll('h2, h3, h4')
        .map((h) => `${h.tagName.slice(1)} ${textOf(h)}`);
      expect(pageHeadings.length).toBeGreaterThan(3);
      expect(docHeadings).toEqual(pageHeadings);
    });

    it('has the same tables, cell by cell', async () => {
      const doc = await readDocx(readFileSync(join(DIST, docxHref)));
      const pageTables = body
        .querySelectorAll('table')
        .map((t) =>
          t.querySelectorAll('tr').map((tr) => tr.querySelectorAll('th, td').map(textOf)),
        );
      expect(pageTables.length).toBeGreaterThan(0);
      expect(doc.tables).toEqual(pageTables);
    });

    it('says the file’s format and size in its link', () => {
      const size = Math.max(1, Math.round(readFileSync(join(DIST, docxHref)).length / 1024));
      expect(textOf(html.querySelector('main a[download]')!)).toMatch(
        new RegExp(`\\(Word, ${size} kB\\)$`),
      );
    });

    it('is the region’s own: its name written in, page numbers, and the publisher as author', async () => {
      const doc = await readDocx(readFileSync(join(DIST, docxHref)));
      // The template's own text: one paragraph under the summary says who published it, except in a handout.
      const isColophon = (p: { text: string }) =>
        p.text.startsWith(`${sitePublisher.templateFrom}.`);
      const own = doc.paragraphs.filter((p) => !isColophon(p));
      const text = [...own.map((p) => p.text), ...doc.tables.flat(2)].join('\n');
      expect(text).not.toMatch(/\[regionens namn\]/i);
      if (/Region|regionen/.test(textOf(body)))
        expect(text.includes(siteConfig.region.name)).toBe(
          textOf(body).includes(siteConfig.region.name),
        );
      expect(doc.footer.fields).toEqual(['PAGE', 'NUMPAGES']);
      expect(doc.properties.creator).toBe(siteConfig.publisher);
      expect(doc.properties.lastModifiedBy).toBe(siteConfig.publisher);
      expect(doc.properties.title).toBe(textOf(html.querySelector('h1')!));
      if (handout) {
        expect(doc.paragraphs.filter(isColophon)).toEqual([]);
        return;
      }
      // A preview build has no address to give; a published one points to the page.
      expect(doc.paragraphs.filter(isColophon)).toHaveLength(1);
      expect(doc.paragraphs.findIndex(isColophon)).toBe(2);
      const colophon = doc.paragraphs[2]?.text ?? '';
      expect(colophon.includes('Förhandsversion, inte publicerad.')).toBe(siteConfig.site.preview);
      expect(colophon).not.toContain('localhost');
    });

    it('gives each answer on the page one check box in the document, and no bullet beside it', async () => {
      const doc = await readDocx(readFileSync(join(DIST, docxHref)));
      // An answer's text, without what a line to write on says to a screen reader.
      const answers = body.querySelectorAll('.fc-choices li').map((li) =>
        li
          .querySelectorAll('.fc-write-line')
          .reduce((t, line) => t.replace(textOf(line), ''), textOf(li))
          .trim(),
      );
      const boxCells = body.querySelectorAll('.fc-box-cell');
      expect(doc.checkBoxes).toBe(answers.length + boxCells.length);
      for (const answer of answers)
        expect(doc.paragraphs).toContainEqual(
          expect.objectContaining({ text: `${BOX} ${answer}`, checkBoxes: 1, list: false }),
        );
      // A box is a check box, alone: never a bullet and a box, never a box typed as text.
      for (const p of doc.paragraphs) {
        expect(p.text.split(BOX).length - 1, p.text).toBe(p.checkBoxes);
        expect(p.checkBoxes, p.text).toBeLessThanOrEqual(1);
        if (p.checkBoxes) expect(p.list, p.text).toBe(false);
      }
    });

    it('has the lines to write and sign on that the page shows', async () => {
      const doc = await readDocx(readFileSync(join(DIST, docxHref)));
      const pageLines = body.querySelectorAll(
        '.fc-write-line, .fc-write-lines__line, .fc-signature__line',
      ).length;
      expect(doc.paragraphs.reduce((sum, p) => sum + p.lines, 0)).toBe(pageLines);
      // Each party that signs on the page is named in the document.
      const text = doc.paragraphs.map((p) => p.text).join('\n');
      for (const party of body.querySelectorAll('.fc-signature__party').map(textOf))
        expect(text).toContain(party);
    });

    it('keeps a handout to what its reader gets: the note for staff is on the page only', async () => {
      const note = html.querySelector('[data-staff-note]');
      expect(Boolean(note)).toBe(handout);
      if (!note) return;
      const doc = await readDocx(readFileSync(join(DIST, docxHref)));
      const text = [...doc.paragraphs.map((p) => p.text), ...doc.tables.flat(2)].join('\n');
      const points = note.querySelectorAll('li').map(textOf);
      expect(points.length).toBeGreaterThan(0);
      for (const point of points) expect(text).not.toContain(point);
      expect(text).not.toContain(textOf(html.querySelector('.fc-lead')!));
      expect(text).not.toContain(sitePublisher.templateFrom);
      expect(text).not.toMatch(/hakparentes/i);
      // The form on the page is the document's text: the note stands outside it.
      expect(body.querySelector('[data-staff-note]')).toBeNull();
    });

    it('marks the same places to fill in', async () => {
      const doc = await readDocx(readFileSync(join(DIST, docxHref)));
      const fills = body.querySelectorAll('.fc-fill').map(textOf);
      expect(fills.length).toBeGreaterThan(0);
      expect(doc.highlighted).toEqual(fills);
    });
  });
});

describe('the templates handed out or signed', () => {
  const has = (url: string) => templateLinks.includes(url);
  const handouts = templateLinks.filter((url) =>
    page(url).root.querySelector('[data-template-body]')?.hasAttribute('data-handout'),
  );

  it('a template is a handout exactly when it has a note for staff', () => {
    const folder = join(contentDir(), 'templates');
    const withNote = (existsSync(folder) ? readdirSync(folder) : []).filter((file) =>
      /^forStaff:/m.test(readFileSync(join(contentDir(), 'templates', file), 'utf8')),
    );
    expect(handouts).toHaveLength(withNote.length);
  });

  it.each(handouts)(
    '%s is a handout for parents: answers to tick, statements in a wide column, lines to write on',
    async (url) => {
      const body = page(url).root.querySelector('[data-template-body]')!;
      expect(body.querySelectorAll('.fc-choices li').length).toBeGreaterThan(1);
      expect(body.querySelectorAll('.fc-write-lines').length).toBeGreaterThan(0);
      const doc = await readDocx(readFileSync(join(DIST, url.replace(/\/$/, '.docx'))));
      expect(doc.paragraphs.filter((p) => p.list)).toEqual([]);
      // Answers are written on lines, not in an empty table cell.
      expect(doc.tables.flat(2).filter((cell) => cell === '')).toEqual([]);
      expect(doc.paragraphs.filter((p) => p.lines > 0 && p.text === '').length).toBeGreaterThan(0);
      // In a table of statements to tick, the statements' column is wider than the boxes together.
      const tables = body.querySelectorAll('table');
      expect(tables.length).toBe(doc.columnWidths.length);
      tables.forEach((table) =>
        expect(table.querySelectorAll('.fc-box-cell').length).toBeGreaterThan(1),
      );
      for (const [statements = NaN, ...boxes] of doc.columnWidths) {
        expect(statements).toBeGreaterThan(boxes.reduce((a, b) => a + b, 0));
      }
    },
  );

  it.each(
    [
      '/mallar/avsiktsforklaring/',
      '/mallar/lokal-overenskommelse/',
      '/mallar/styrgruppsuppdrag/',
    ].filter(has),
  )('%s ends with lines to sign on for each party, in the document too', async (url) => {
    const body = page(url).root.querySelector('[data-template-body]')!;
    const heading = body.querySelectorAll('h2').at(-1)!;
    expect(textOf(heading)).toBe('Underskrifter');
    const parties = body.querySelectorAll('.fc-signature__party').map(textOf);
    expect(parties).toEqual(['För kommunen', 'För regionen']);
    const doc = await readDocx(readFileSync(join(DIST, url.replace(/\/$/, '.docx'))));
    const texts = doc.paragraphs.map((p) => p.text);
    const at = texts.indexOf(parties.join(' '));
    expect(at).toBeGreaterThan(texts.indexOf('Underskrifter'));
    SIGNATURE_FIELDS.forEach((field, i) => {
      expect(doc.paragraphs[at + 1 + 2 * i]).toMatchObject({ text: '', lines: 2 });
      expect(texts[at + 2 + 2 * i]).toBe(`${field} ${field}`);
    });
  });
});

describe('the print edition /vagledning/utskrift/', () => {
  const print = page('/vagledning/utskrift/').root;
  const chapterOrder = page('/vagledning/')
    .root.querySelectorAll('main ol a[href^="/vagledning/"]')
    .map((a) => a.getAttribute('href')!.split('/')[2]);

  it('has a title page and a table of contents listing every chapter in order', () => {
    expect(textOf(print.querySelector('h1')!)).toBe('Vägledning för familjecentraler');
    expect(chapterOrder.length).toBe(entryCount('guidance'));
    expect(
      print.querySelectorAll('.fc-print__toc li a').map((a) => a.getAttribute('href')),
    ).toEqual(chapterOrder.map((id) => `#${id}`));
  });

  it('contains every chapter, in order, with its whole text', () => {
    const articles = print.querySelectorAll('article.fc-print__chapter');
    expect(articles.map((a) => a.getAttribute('aria-labelledby'))).toEqual(chapterOrder);
    // One outline: each chapter is an h2 and its own sections are h3 below it.
    for (const article of articles) expect(article.querySelectorAll('h2')).toHaveLength(1);
    for (const id of chapterOrder) {
      const printed = textOf(print.querySelector(`article[aria-labelledby="${id}"]`)!);
      const paragraphs = page(`/vagledning/${id}/`).root.querySelectorAll(
        'main article > p:not(.fc-muted), main article > h2[id]:not(#kallor-rubrik)',
      );
      expect(paragraphs.length).toBeGreaterThan(2);
      // Every heading and paragraph of the chapter page is in the printed chapter.
      for (const element of paragraphs) expect(printed).toContain(textOf(element));
    }
  });

  it('ends with the sources, and breaks pages before chapters when printed', () => {
    const last = print.querySelectorAll('.fc-print > *').at(-1)!;
    expect(last.querySelector('h2')?.text).toMatch(/Källor/);
    // The page's CSS: linked stylesheets and the small ones Astro inlines.
    const css = [
      ...print
        .querySelectorAll('link[rel="stylesheet"]')
        .map((l) => readFileSync(join(DIST, l.getAttribute('href')!), 'utf8')),
      ...print.querySelectorAll('style').map((s) => s.text),
    ].join('\n');
    expect(css).toMatch(/@media print\{[^@]*\.fc-print__chapter[^{]*\{[^}]*break-before:page/);
    // Navigation is hidden on paper; link addresses are printed after link texts, a site link's with
    // the site's own address before it.
    expect(css).toMatch(/@media print\{[^@]*,nav,[^{]*\{display:none!important/);
    expect(css).toMatch(
      /main a\[href\^=\\?\/\]:after\{content:" \(" var\(--fc-print-origin\) attr\(href\) "\)"/,
    );
    expect(css).toContain(`--fc-print-origin:"${new URL(siteConfig.site.url).origin}"`);
  });
});

describe('where the coordinator is', () => {
  /** The checklist's steps as the content writes them: each step's templates. */
  const steps = (
    yaml.load(readFileSync(join(contentDir(), 'start-steps.yaml'), 'utf8')) as {
      id: string;
      templates?: string[];
    }[]
  ).filter((s) => s.templates?.length);
  /** Every template link of a page: its page and its Word file with format and size. */
  const linksOn = (root: ReturnType<typeof page>['root']) =>
    root
      .querySelectorAll('a[href$=".docx"]')
      .map((a) => ({ href: a.getAttribute('href')!, text: textOf(a) }));

  it('each checklist step with a template links its page and its Word file, with the format and size', () => {
    // A region whose checklist names no template (the fixture region has no templates) has nothing to link.
    expect(steps.length > 0).toBe(entryCount('templates') > 0);
    const root = page('/starta/checklista/').root;
    for (const s of steps) {
      const step = root.querySelector(`li[data-step="${s.id}"]`);
      expect(step, s.id).not.toBeNull();
      const links = linksOn(step!);
      for (const t of s.templates!) {
        const word = links.find((l) => l.href.endsWith(`/mallar/${t}.docx`));
        expect(word, `${s.id}: ${t}`).toBeDefined();
        expect(word!.text).toMatch(/^Word, \d+ kB$/);
        expect(
          step!.querySelector(`a[href$="/mallar/${t}/"]`),
          `${s.id}: the page of ${t}`,
        ).not.toBeNull();
      }
    }
  });

  it('the chapter on starting a centre links every template a step there needs, with the format and size', () => {
    const chapter = page('/vagledning/starta-en-familjecentral/').root.querySelector('main')!;
    const linked = new Set(
      linksOn(chapter).map((l) => l.href.replace(/^.*\/mallar\//, '').replace(/\.docx$/, '')),
    );
    for (const t of new Set(steps.flatMap((s) => s.templates!))) expect(linked, t).toContain(t);
    for (const l of linksOn(chapter)) expect(l.text).toMatch(/^Word, \d+ kB$/);
  });
});
