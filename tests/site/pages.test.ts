import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, page, textOf } from '../support/dist';
import { siteConfig } from '../support/site-data';
import { TRANSLATION_LANGUAGES } from '../../src/schemas/translation-vocabulary';
import { SEARCH_TYPES } from '../../src/lib/search/types';
import { publisherWords } from '../../src/lib/telling/publisher';

// Every page must carry what a browser, a screen reader and a search engine rely on.
describe.each(builtPages().map((p) => [p.url, p] as const))('%s', (_url, page) => {
  it('is in Swedish, or is a translation that says so in one of the site’s other languages', () => {
    const lang = page.root.querySelector('html')?.getAttribute('lang');
    if (page.root.querySelector('[data-translation-note]'))
      expect(TRANSLATION_LANGUAGES).toContain(lang);
    else expect(lang).toBe('sv');
  });
  it('has exactly one h1', () => expect(page.root.querySelectorAll('h1')).toHaveLength(1));
  it('is of one of the kinds search filters by, when it is indexed', () => {
    const kinds = page.root
      .querySelectorAll('[data-pagefind-filter^="typ"]')
      .map((e) => e.getAttribute('data-value'));
    expect(kinds.length).toBe(page.root.querySelector('[data-pagefind-body]') ? 1 : 0);
    for (const kind of kinds) expect(SEARCH_TYPES).toContain(kind);
  });
  it('has a title and a meta description', () => {
    expect(page.root.querySelector('title')?.text.trim().length).toBeGreaterThan(3);
    expect(
      page.root.querySelector('meta[name="description"]')?.getAttribute('content')?.trim().length,
    ).toBeGreaterThan(10);
  });
  it('has a canonical address and Open Graph title', () => {
    expect(page.root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(
      /^https?:\/\//,
    );
    expect(page.root.querySelector('meta[property="og:title"]')).not.toBeNull();
  });
  it('links to the tillgänglighetsredogörelse from its footer', () => {
    expect(page.root.querySelector('footer a[href="/tillganglighet/"]')?.text.trim()).toBe(
      'Tillgänglighetsredogörelse',
    );
  });
  it('says it is a preview when built without a published address, and only then', () => {
    expect(page.root.querySelector('.fc-preview')?.text.includes('Förhandsversion') ?? false).toBe(
      siteConfig.site.preview,
    );
  });
  it('numbers its contents once: where headings carry their own numbers the list shows none', () => {
    for (const list of page.root.querySelectorAll('.fc-toc ol')) {
      const ownNumbers = list.querySelectorAll('li').some((li) => /^\d+\.\s/.test(li.text.trim()));
      expect(list.classList.contains('fc-toc--own-numbers')).toBe(ownNumbers);
    }
  });
  it('has a skip link to main, and main', () => {
    expect(page.root.querySelector('a.fc-skip-link')?.getAttribute('href')).toBe('#innehall');
    expect(page.root.querySelector('main#innehall')).not.toBeNull();
  });
});

// What the law asks a tillgänglighetsredogörelse to contain (DIGG's list).
describe('the tillgänglighetsredogörelse', () => {
  const statement = builtPages().find((p) => p.url === '/tillganglighet/')!;
  const text = statement.root.querySelector('main')!.textContent.replace(/\s+/g, ' ');

  it('names the organisation and the service', () => {
    expect(text).toContain(siteConfig.publisher);
    expect(text).toContain(siteConfig.siteName);
  });
  it('states the compliance status, known shortcomings and how and when it was assessed', () => {
    expect(text).toMatch(/Status: (helt|delvis|inte) förenlig/);
    expect(statement.root.querySelectorAll('main h2').map((h) => h.text.trim())).toEqual(
      expect.arrayContaining([
        'Kända brister',
        'Hur vi testat webbplatsen',
        'Rapportera brister',
        'Tillsyn',
      ]),
    );
    expect(statement.root.querySelectorAll('main time[datetime]').length).toBeGreaterThanOrEqual(2);
  });
  it('gives a feedback route and links to DIGG’s notification page', () => {
    expect(
      statement.root.querySelector('a[href="https://www.digg.se/tdosanmalan"]'),
    ).not.toBeNull();
    expect(text).toMatch(/Rapportera brister/);
  });
});

// What the site is, and who takes the follow-up, only as far as a source says (region.yaml).
describe('what the site says it is', () => {
  const text = (url: string) =>
    builtPages()
      .find((p) => p.url === url)!
      .root.querySelector('main')!
      .textContent.replace(/\s+/g, ' ');

  it('says on the about page what the guidance is, and on the start page its first sentence', () => {
    expect(text('/om/')).toContain(siteConfig.standing);
    expect(text('/')).toContain(siteConfig.standingLead);
    expect(text('/vagledning/')).toContain(siteConfig.standingLead);
  });

  it('never calls itself the region’s and the kommuner’s joint guidance', () => {
    const claim =
      /(kommuners|kommunernas) gemensamma vägledning|vägledningen är gemensam för regionen/i;
    for (const p of builtPages())
      expect(p.root.querySelector('main')?.textContent ?? '', p.url).not.toMatch(claim);
  });

  it('names the publisher and the pages’ owner as the proposal’s until a source shows they took it on', () => {
    const words = publisherWords({
      name: siteConfig.publisher,
      confirmed: siteConfig.publisherConfirmed,
    });
    for (const p of builtPages()) {
      const footer =
        p.root.querySelector('footer.fc-footer')?.textContent.replace(/\s+/g, ' ') ?? '';
      expect(footer, p.url).toContain(words.named);
      expect(footer, p.url).not.toMatch(/\s[.,;]/);
      if (!siteConfig.publisherConfirmed)
        expect(footer, p.url).not.toMatch(/granskade? [^.]* av /i);
      // On a translated page the date is the Swedish facts', not a check of the translation.
      if (
        p.root.querySelector('html')?.getAttribute('lang') !== 'sv' &&
        footer.includes('granskad')
      )
        expect(footer, p.url).toMatch(/^\s*Uppgifterna senast granskade /);
    }
    expect(text('/om/')).toContain(words.publishes);
    expect(text('/tillganglighet/')).toContain(words.standsBehind(siteConfig.siteName));
  });

  it('names the recipient of the follow-up as region.yaml gives it, or says that it is not known', () => {
    for (const url of ['/uppfoljning/', '/starta/sjalvskattning/']) {
      const said = builtPages()
        .find((p) => p.url === url)!
        .root.querySelector('[data-follow-up-recipient]')!.textContent;
      expect(said, url).toContain(siteConfig.followUpRecipient ?? 'uppgift saknas');
    }
  });
});

describe('robots.txt', () => {
  const text = readFileSync(join(DIST, 'robots.txt'), 'utf8');
  it('keeps crawlers out of a preview, and lets them into a published site with its sitemap', () => {
    if (siteConfig.site.preview) return expect(text).toMatch(/^Disallow: \/$/m);
    expect(text).not.toMatch(/^Disallow/m);
    const sitemap = new URL(/^Sitemap: (\S+)$/m.exec(text)?.[1] ?? '');
    expect(sitemap.origin).toBe(new URL(siteConfig.site.url).origin);
    const base = process.env.BASE_PATH ?? '/';
    expect(existsSync(join(DIST, sitemap.pathname.slice(base.length)))).toBe(true);
  });
});

// The A–Ö index lists each page by the title the page itself declares (its <title>, before the
// site's name): a title written in the index (site/pages.ts) and again in the page cannot drift
// apart. The start page is listed by what it is, an easy-read text with "(lättläst)" after its
// title. (The h1 may say more: "Familjecentraler i Avesta kommun" on the page "Avesta kommun".)
describe('the A–Ö index', () => {
  const base = process.env.BASE_PATH ?? '/';
  const suffix = ` – ${siteConfig.siteName}`;
  const listed = page('/a-o/')
    .root.querySelectorAll('main section li a')
    .map((a) => ({
      text: textOf(a),
      path: `/${(a.getAttribute('href') ?? '').slice(base.length)}`,
    }));
  it('lists pages', () => expect(listed.length).toBeGreaterThan(10));
  it.each(listed.map((l) => [l.text, l] as const))('"%s" is its page’s title', (_text, l) => {
    if (l.path === '/') return expect(l.text).toBe('Startsida');
    const full = page(l.path).root.querySelector('title')?.text.trim() ?? '';
    const title = full.endsWith(suffix) ? full.slice(0, -suffix.length) : full;
    expect(l.path.startsWith('/lattlast/') ? `${title} (lättläst)` : title).toBe(l.text);
  });
});
