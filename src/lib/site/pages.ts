/** Every page of the site with its title and type: for the A–Ö index, the sitemap and the Källor page. */
import type { SearchType } from '../search/types';
import type { SiteContent } from '../content/site-content';
import { centreSourceIds } from '../register/sources';
import { shownParentTexts } from '../register/centre-view';
import { kommunSlug } from '../slug';
import { compareSv, kommunName, lanFullName } from '../format';
import { downloads, routes } from '../paths';
import type { SiteAddresses } from '../content/links';
import { otherLan } from '../register/directory';
import { siteConfig } from '../content/site-config';
import { source } from '../content/query';
import { sourcePath } from '../source-view';

export interface IndexedPage {
  title: string;
  path: string;
  type: SearchType;
}

/** The kommuner page's title names the region; the page and the A–Ö index say it alike. */
export const kommunerTitle = `Kommunerna i ${siteConfig.region.lanName}`;

const CHECKLIST: IndexedPage = {
  title: 'Checklista för att starta en familjecentral',
  path: routes.checklist(),
  type: 'Vägledning',
};
const SELF_ASSESSMENT: IndexedPage = {
  title: 'Självskattning för en familjecentral',
  path: routes.selfAssessment(),
  type: 'Vägledning',
};
const GOALS: IndexedPage = {
  title: 'Mål och strategi',
  path: routes.goals(),
  type: 'Mål och strategi',
};

/**
 * The pages that are not entries, by the titles their pages give them (tests/site/pages.test.ts
 * holds each to its page's h1); only the start page is listed by what it is.
 */
const STATIC_PAGES: IndexedPage[] = [
  { title: 'Startsida', path: routes.home(), type: 'Startsida' },
  { title: 'Starta en familjecentral', path: routes.start(), type: 'Vägledning' },
  CHECKLIST,
  SELF_ASSESSMENT,
  { title: 'Mallar', path: routes.templates(), type: 'Mall' },
  { title: 'Vägledning', path: routes.guidance(), type: 'Vägledning' },
  { title: 'Vägledningen för utskrift', path: routes.print(), type: 'Vägledning' },
  { title: 'Hitta familjecentral', path: routes.centres(), type: 'Familjecentral' },
  { title: kommunerTitle, path: routes.kommuner(), type: 'Kommun' },
  GOALS,
  { title: 'Uppföljning av familjecentralerna', path: routes.followUp(), type: 'Mål och strategi' },
  { title: 'Ordlista', path: routes.glossary(), type: 'Ordlista' },
  { title: 'Källor', path: routes.sources(), type: 'Om webbplatsen' },
  { title: 'Aktuellt', path: routes.news(), type: 'Aktuellt' },
  { title: 'Sök', path: routes.search(), type: 'Om webbplatsen' },
  { title: 'Alla sidor A–Ö', path: routes.index(), type: 'Om webbplatsen' },
  { title: 'Om webbplatsen', path: routes.about(), type: 'Om webbplatsen' },
  { title: 'Tillgänglighetsredogörelse', path: routes.accessibility(), type: 'Om webbplatsen' },
  { title: 'Öppna data', path: routes.openData(), type: 'Om webbplatsen' },
];

/** The directory's pages for centres outside the region: one per län and one per kommun. */
function directoryPages(site: SiteContent): IndexedPage[] {
  // Also called while the content is being checked: a centre in a kommun that does not exist is
  // reported by the reference check, and left out here.
  const centres = site.centres.flatMap((c) => {
    const kommun = site.kommuner.find((k) => k.id === c.data.kommun.id);
    const lan = kommun && site.lan.find((l) => l.id === kommun.data.lan.id);
    return kommun && lan
      ? [
          {
            id: c.id,
            name: c.data.name,
            kommunCode: kommun.id,
            kommunName: kommun.data.name,
            lanCode: lan.id,
            lanName: lan.data.name,
          },
        ]
      : [];
  });
  return otherLan(centres, siteConfig.region.lanCode).flatMap((lan): IndexedPage[] => [
    {
      title: `Familjecentraler i ${lanFullName(lan.name)}`,
      path: routes.centresInLan(lan.slug),
      type: 'Familjecentral',
    },
    ...lan.kommuner.map((k): IndexedPage => ({
      title: `Familjecentraler i ${kommunName(k.name)}`,
      path: routes.centresInKommun(lan.slug, k.slug),
      type: 'Familjecentral',
    })),
  ]);
}

const indexed = new WeakMap<SiteContent, IndexedPage[]>();

/** Every page in the A–Ö index, sorted by title; made once per loaded site (the pages call it often). */
export function siteIndex(site: SiteContent): IndexedPage[] {
  let pages = indexed.get(site);
  if (!pages) indexed.set(site, (pages = makeSiteIndex(site)));
  return pages;
}

function makeSiteIndex(site: SiteContent): IndexedPage[] {
  return [
    ...STATIC_PAGES,
    ...directoryPages(site),
    ...site.guidance.map((c): IndexedPage => ({
      title: c.data.title,
      path: routes.chapter(c.id),
      type: 'Vägledning',
    })),
    ...site.centres.map((c): IndexedPage => ({
      title: c.data.name,
      path: routes.centre(c.id),
      type: 'Familjecentral',
    })),
    ...site.regionKommuner.map((k): IndexedPage => ({
      title: kommunName(k.data.name),
      path: routes.kommun(kommunSlug(k)),
      type: 'Kommun',
    })),
    ...site.strategy.map((s): IndexedPage => ({
      title: s.data.title,
      path: routes.strategy(s.id),
      type: 'Mål och strategi',
    })),
    ...site.templates.map((t): IndexedPage => ({
      title: t.data.title,
      path: routes.template(t.id),
      type: 'Mall',
    })),
    ...site.easyRead.map((e): IndexedPage => ({
      title: `${e.data.title} (lättläst)`,
      path: routes.easyRead(e.id),
      type: 'Lättläst',
    })),
  ].sort((a, b) => compareSv(a.title, b.title));
}

const cited = new WeakMap<SiteContent, Map<string, IndexedPage[]>>();

/**
 * For each source id, the pages that cite it (a news item or term cites through its anchor); made
 * once per loaded site, since each source's page asks.
 */
export function citingPages(site: SiteContent): Map<string, IndexedPage[]> {
  let citing = cited.get(site);
  if (!citing) cited.set(site, (citing = makeCitingPages(site)));
  return citing;
}

function makeCitingPages(site: SiteContent): Map<string, IndexedPage[]> {
  const citing = new Map<string, IndexedPage[]>();
  // Each page once per source: the paths seen, so a source cited by 1,000 centres is not searched 1,000 times.
  const seen = new Map<string, Set<string>>();
  const add = (refs: readonly { id: string }[], page: IndexedPage) => {
    for (const ref of refs) {
      const paths = seen.get(ref.id) ?? new Set<string>();
      if (paths.has(page.path)) continue;
      paths.add(page.path);
      seen.set(ref.id, paths);
      const list = citing.get(ref.id) ?? [];
      list.push(page);
      citing.set(ref.id, list);
    }
  };
  site.guidance.forEach((c) =>
    add(c.data.sources, { title: c.data.title, path: routes.chapter(c.id), type: 'Vägledning' }),
  );
  site.centres.forEach((c) => {
    const boxSources = shownParentTexts(
      c.data.status,
      c.data.services,
      site.parentTexts.map((t) => t.data),
    ).flatMap((t) => t.sources);
    add([...centreSourceIds(c.data), ...boxSources], {
      title: c.data.name,
      path: routes.centre(c.id),
      type: 'Familjecentral',
    });
  });
  site.easyRead.forEach((e) =>
    add(e.data.sources, { title: e.data.title, path: routes.easyRead(e.id), type: 'Lättläst' }),
  );
  // Texts about kommuner outside the region have no page, so they cite nothing on the site.
  site.regionKommuner.forEach((kommun) => {
    const p = site.kommunprofiler.find((profile) => profile.data.kommun.id === kommun.id);
    if (p)
      add(p.data.sources, {
        title: kommunName(kommun.data.name),
        path: routes.kommun(kommunSlug(kommun)),
        type: 'Kommun',
      });
  });
  site.strategy.forEach((s) =>
    add(s.data.sources, {
      title: s.data.title,
      path: routes.strategy(s.id),
      type: 'Mål och strategi',
    }),
  );
  site.goals.forEach((g) => add(g.data.sources, GOALS));
  site.news.forEach((n) =>
    add(n.data.sources, {
      title: n.data.title,
      path: `${routes.news()}#${n.id}`,
      type: 'Aktuellt',
    }),
  );
  site.glossary.forEach((t) =>
    add(t.data.sources, { title: t.data.term, path: routes.term(t.id), type: 'Ordlista' }),
  );
  site.templates.forEach((t) =>
    add(t.data.sources, { title: t.data.title, path: routes.template(t.id), type: 'Mall' }),
  );
  site.startSteps.forEach((s) => add(s.data.sources, CHECKLIST));
  site.assessment.forEach((a) => add(a.data.sources, SELF_ASSESSMENT));
  return citing;
}

/** Every address content may link to: pages, glossary and source anchors, published files. */
export function siteAddresses(site: SiteContent): SiteAddresses {
  return {
    pages: siteIndex(site).map((p) => p.path),
    anchors: [
      ...site.glossary.map((t) => routes.term(t.id)),
      ...site.sources.map((s) => sourcePath(source(site, s.id))),
    ],
    files: [
      ...Object.values(downloads),
      ...site.templates.map((t) => routes.templateDocx(t.id)),
      ...site.centres.filter((c) => c.data.programme).map((c) => routes.centreCalendar(c.id)),
    ],
  };
}
