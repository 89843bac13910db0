/** The start kit in the built site: Word templates that match their pages, and the print edition. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, page, textOf } from '../support/dist';
import { readDocx } from '../support/docx';
import { entryCount, siteConfig } from '../support/site-data';

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
      // The template's own text: the last paragraph says who published it.
      const text = [...doc.paragraphs.slice(0, -1).map((p) => p.text), ...doc.tables.flat(2)].join(
        '\n',
      );
      const colophon = doc.paragraphs.at(-1)!.text;
      expect(text).not.toMatch(/\[regionens namn\]/i);
      if (/Region|regionen/.test(textOf(body)))
        expect(text.includes(siteConfig.region.name)).toBe(
          textOf(body).includes(siteConfig.region.name),
        );
      expect(doc.footer.fields).toEqual(['PAGE', 'NUMPAGES']);
      expect(doc.properties.creator).toBe(siteConfig.publisher);
      expect(doc.properties.lastModifiedBy).toBe(siteConfig.publisher);
      expect(doc.properties.title).toBe(textOf(html.querySelector('h1')!));
      // A preview build has no address to give; a published one points to the page.
      expect(colophon.includes('Förhandsversion, inte publicerad.')).toBe(siteConfig.site.preview);
      expect(colophon).not.toContain('localhost');
    });

    it('marks the same places to fill in', async () => {
      const doc = await readDocx(readFileSync(join(DIST, docxHref)));
      const fills = body.querySelectorAll('.fc-fill').map(textOf);
      expect(fills.length).toBeGreaterThan(0);
      expect(doc.highlighted).toEqual(fills);
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
