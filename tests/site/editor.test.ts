/**
 * What the build writes for editors: the editor at /redaktion/ (its page, configuration, bundle,
 * strings and fonts, all from the site's own origin), the review page, and the "Redigera" link on
 * each page made from an entry. The editor itself is driven in Chromium by tests/e2e/editor.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { parse } from 'node-html-parser';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, EDITOR_APP, page, textOf } from '../support/dist';
import { CMS_FONTS, cmsPackagePath, offSiteAddresses } from '../../src/lib/editor/cms-bundle';
import { editorCollections } from '../../src/schemas/index';
import { renderCentre, type PreviewLookups } from '../../src/lib/editor/preview';
import { htmlH, toHtml } from '../../src/lib/telling/html';
import { buildDay } from '../../src/lib/build-day';
import { contentDir } from '../../src/lib/content/dir';
import type { SourceData } from '../../src/lib/source-view';
import { isoDay } from '../../src/lib/format';
import { idFromPath } from '../../src/lib/content/entry-id';

const editorDir = join(DIST, 'redaktion');
const app = readFileSync(join(DIST, EDITOR_APP), 'utf8');
const { version } = JSON.parse(readFileSync('node_modules/@sveltia/cms/package.json', 'utf8')) as {
  version: string;
};

describe('the editor at /redaktion/', () => {
  it('is a valid page in Swedish, kept out of search engines, with a policy of its own that allows no inline or evaluated script', async () => {
    const root = parse(app);
    expect(root.querySelector('html')!.getAttribute('lang')).toBe('sv');
    expect(root.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe(
      'noindex, nofollow',
    );
    const csp = root
      .querySelector('meta[http-equiv="Content-Security-Policy"]')!
      .getAttribute('content')!;
    expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
    // Swedish first, the CMS, then the site's styles for its preview: files only, no inline script.
    expect(root.querySelectorAll('script').map((s) => s.getAttribute('src'))).toEqual([
      'svenska.js',
      'sveltia-cms.js',
      'forhandsvisning.js',
    ]);
    for (const file of ['svenska.js', 'forhandsvisning.js'])
      expect(existsSync(join(DIST, 'redaktion', file)), file).toBe(true);
    const report = await new HtmlValidate({
      extends: ['html-validate:recommended'],
    }).validateString(app);
    expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
  });

  it('loads nothing from elsewhere: the bundle’s strings, fonts and version check are on the site', () => {
    const bundle = readFileSync(join(editorDir, 'sveltia-cms.js'), 'utf8');
    expect(offSiteAddresses(bundle)).toEqual([]);
    const paths = cmsPackagePath(version);
    expect(existsSync(join(editorDir, paths.locales, 'sv.json'))).toBe(true);
    expect(JSON.parse(readFileSync(join(editorDir, paths.versionFile), 'utf8'))).toEqual({
      version,
    });
    for (const font of CMS_FONTS)
      expect(existsSync(join(editorDir, 'fonts', font.file)), font.file).toBe(true);
  });

  it('has a configuration with a collection for every content folder and list file', () => {
    const config = yaml.load(readFileSync(join(editorDir, 'config.yml'), 'utf8')) as {
      collections: { name: string }[];
    };
    const names = config.collections.map((c) => c.name);
    for (const c of editorCollections()) expect(names).toContain(c.name);
  });
});

describe('the guide for editors /redaktion/hjalp/', () => {
  it('shows the build’s message for a wrongly written time with the file of a centre that exists', () => {
    const message = page('/redaktion/hjalp/').root.querySelector('.fc-build-message')!.text;
    const file = /^- (\S+)$/m.exec(message)?.[1];
    // The path is the build's own, relative to where the site was built; the file is the centre's.
    const name = /\/centres\/([a-z0-9-]+\.mdx?)$/.exec(file ?? '')?.[1];
    expect(name, message).toBeDefined();
    expect(existsSync(join(contentDir(), 'centres', name!)), `${name} is not a centre's file`).toBe(
      true,
    );
    expect(message).toContain('field: programme.sessions[0].from');
  });
});

describe('the review page /redaktion/granskning/', () => {
  const review = page('/redaktion/granskning/');

  it('is for editors: not indexed, not searchable, not in the sitemap or A–Ö', () => {
    expect(review.root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe(
      'noindex, nofollow',
    );
    expect(review.root.querySelector('[data-pagefind-body]')).toBeNull();
    expect(readFileSync(join(DIST, 'sitemap.xml'), 'utf8')).not.toContain('/redaktion/');
    for (const index of builtPages().filter((p) => p.url.startsWith('/a-o/')))
      expect(index.html, index.url).not.toContain('/redaktion/');
  });

  it('lists the same centres as check:content, each with a link to it in the editor', () => {
    const report = spawnSync(process.execPath, ['scripts/check-content.ts'], {
      encoding: 'utf8',
    }).stdout;
    const expected = [
      ...report
        .slice(report.indexOf('Status äldre än två år'))
        .matchAll(/^\* .*\/centres\/([^/]+)\.mdx?$/gm),
    ].map((m) => m[1]);
    const links = review.root
      .querySelectorAll('#status + p + ul li a')
      .map((a) => a.getAttribute('href')!);
    expect(links.map((l) => l.replace(/^.*\/entries\//, '')).sort()).toEqual(expected.sort());
    for (const link of links)
      expect(link).toMatch(/\/redaktion\/#\/collections\/centres\/entries\/[a-z0-9-]+$/);
  });

  it('speaks in words and Swedish dates: who says it and when, never a file name, a source’s id or an ISO date', () => {
    const text = textOf(review.root.querySelector('main')!);
    expect(text).not.toMatch(/\b\d{4}-\d{2}(-\d{2})?\b/);
    expect(text).not.toMatch(/src\/content|\.(mdx?|ya?ml)\b/);
    const sourceIds = readdirSync(join(contentDir(), 'sources')).map((f) =>
      f.replace(/\.yaml$/, ''),
    );
    expect(sourceIds.filter((id) => new RegExp(`\\b${id}\\b`).test(text))).toEqual([]);
    // Each stale status says as of when and by whom: "läget 27 januari 2021 enligt Botkyrka kommun (”…”)".
    for (const li of review.root.querySelectorAll('#status + p + ul li'))
      expect(textOf(li)).toMatch(
        /, (läget (\d{4}|[a-zåäö]+ \d{4}|\d{1,2} [a-zåäö]+ \d{4}) enligt .+|enligt .+, en källa utan datum)\. Ansvarig: /,
      );
  });
});

describe('the "Redigera (för redaktörer)" link', () => {
  // Pages whose "Senast granskad" is not an entry's: the accessibility statement is the publisher's page.
  const notFromEntries = new Set(['/tillganglighet/']);

  it('sits next to "Senast granskad" on every page made from entries, and opens the editor', () => {
    const reviewed = builtPages().filter((p) => p.root.querySelector('.fc-footer__review'));
    expect(reviewed.length).toBeGreaterThan(0);
    for (const p of reviewed) {
      const link = p.root.querySelector('.fc-footer__review a');
      if (notFromEntries.has(p.url)) {
        expect(link, p.url).toBeNull();
        continue;
      }
      expect(link && textOf(link), p.url).toBe('Redigera (för redaktörer)');
      expect(link!.getAttribute('href'), p.url).toMatch(
        /\/redaktion\/#\/collections\/\w+(\/entries\/[\w-]+(\/[\w-]+)?)?$/,
      );
    }
  });

  it('opens a centre’s and a chapter’s own entry', () => {
    const centre = builtPages().find(
      (p) => p.url.startsWith('/familjecentraler/') && p.url !== '/familjecentraler/',
    )!;
    const id = centre.url.split('/')[2];
    expect(centre.root.querySelector('.fc-footer__review a')!.getAttribute('href')).toMatch(
      new RegExp(`/redaktion/#/collections/centres/entries/${id}$`),
    );
    const chapter = builtPages().find(
      (p) => /^\/vagledning\/[a-z-]+\/$/.test(p.url) && p.url !== '/vagledning/utskrift/',
    )!;
    expect(chapter.root.querySelector('.fc-footer__review a')!.getAttribute('href')).toMatch(
      new RegExp(`/redaktion/#/collections/guidance/entries/${chapter.url.split('/')[2]}$`),
    );
  });
});

/** A date as YAML reads it (a Date) or as the editor holds it (text), as YYYY-MM-DD. */
const day = (value: unknown) =>
  value instanceof Date ? isoDay(value) : typeof value === 'string' ? value : undefined;

/** Where two texts part: a little of each from the first character that differs. */
function difference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `${a.slice(Math.max(0, i - 40), i + 60)}» against «${b.slice(Math.max(0, i - 40), i + 60)}`;
}

describe('the preview of a centre in the editor', () => {
  // The entries as the editor reads them: YAML, not the build's checked data.
  const dir = contentDir();
  const front = (file: string) =>
    yaml.load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '') as Record<
      string,
      unknown
    >;
  const sources = new Map(
    readdirSync(join(dir, 'sources')).map((f) => [
      f.replace(/\.yaml$/, ''),
      yaml.load(readFileSync(join(dir, 'sources', f), 'utf8')) as SourceData,
    ]),
  );
  const textsFile = join(dir, 'parent-texts.yaml');
  const texts = existsSync(textsFile)
    ? (yaml.load(readFileSync(textsFile, 'utf8')) as PreviewLookups['texts'])
    : [];
  const lookups: PreviewLookups = {
    sources: new Map(
      [...sources].map(([id, s]) => [
        id,
        { ...s, date: day(s.date) ?? String(s.date), reported: Boolean(s.reported) },
      ]),
    ),
    texts,
  };
  const centreFiles = readdirSync(join(dir, 'centres')).filter((f) => /\.mdx?$/.test(f));
  const today = buildDay();
  // What the page shows and the preview leaves out: links within the site and the calendar feed.
  const pageText = (found: import('node-html-parser').HTMLElement | null) => {
    if (!found) return '';
    // A copy: the built pages are shared by every test file in the worker.
    const el = found.clone() as import('node-html-parser').HTMLElement;
    for (const gone of el.querySelectorAll(
      '.fc-parent__easy, .fc-week__calendar, .fc-week__today, a[href^="#"]',
    ))
      gone.remove();
    // Blocks are read as lines, however the markup between them is spaced.
    for (const block of el.querySelectorAll('h1, h2, h3, p, ul, li, dl, dt, dd, div')) {
      block.insertAdjacentHTML('beforebegin', '\n');
      block.insertAdjacentHTML('afterend', '\n');
    }
    return textOf(el);
  };

  it.each(centreFiles)(
    '%s: shows the parent box and the week, with their ages, in the same words as the centre page',
    (file) => {
      const id = idFromPath(file);
      const built = page(`/familjecentraler/${id}/`).root;
      const preview = parse(
        toHtml(renderCentre(htmlH, front(join(dir, 'centres', file)), lookups, today)),
      );
      expect(textOf(preview.querySelector('h1')!)).toBe(textOf(built.querySelector('h1')!));
      for (const part of ['.fc-parent', '.fc-week']) {
        const [shown, onPage] = [
          pageText(preview.querySelector(part)),
          pageText(built.querySelector(part)),
        ];
        expect(shown, `${part} differs from the page at: …${difference(shown, onPage)}`).toBe(
          onPage,
        );
      }
    },
  );
});
