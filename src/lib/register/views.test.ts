import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CollectionEntry } from 'astro:content';
import type { SiteContent } from '../content/site-content';
import { centreSchema } from '../../schemas/centre';
import { sourceSchema } from '../../schemas/source';
import {
  centreViewOf,
  exampleLan,
  regionCoverage,
  regionKommunViews,
  translatedCentres,
} from './views';

// A small site as plain data: two kommuner in the region's län (20), one in another (01).
const lan: CollectionEntry<'lan'>[] = [
  { collection: 'lan', id: '20', data: { code: '20', name: 'Dalarna' } },
  { collection: 'lan', id: '01', data: { code: '01', name: 'Stockholm' } },
];
const kommun = (code: string, name: string, lanCode: string): CollectionEntry<'kommuner'> => ({
  collection: 'kommuner',
  id: code,
  data: { code, name, lan: { collection: 'lan', id: lanCode }, centroid: { lat: 60, lon: 15 } },
});
const kommuner = [
  kommun('2062', 'Mora', '20'),
  kommun('2034', 'Orsa', '20'),
  kommun('0127', 'Botkyrka', '01'),
];
const sources: CollectionEntry<'sources'>[] = [
  {
    collection: 'sources',
    id: 'kalla',
    data: sourceSchema.parse({
      title: 'Familjecentralen',
      publisher: 'Kommunen',
      date: '2026-11-01',
      accessed: '2026-12-01',
      kind: 'webbsida',
      url: 'https://example.org/',
      lastReviewed: '2026-12-01',
      owner: 'Samordnare',
    }),
  },
];
const centre = (id: string, kommun: string, status: string): CollectionEntry<'centres'> => ({
  collection: 'centres',
  id,
  data: centreSchema.parse({
    name: `Familjecentralen ${id}`,
    nameKnown: true,
    kind: 'familjecentral',
    kommun,
    status,
    events: [
      {
        event: status === 'öppen' ? 'i-drift' : 'avsiktsforklaring',
        date: '2026-11-01',
        source: 'kalla',
      },
    ],
    sources: ['kalla'],
    lastReviewed: '2026-12-01',
    owner: 'Samordnare',
  }),
});

function site(lanCode: string): SiteContent {
  return {
    lanCode,
    lan,
    kommuner,
    regionKommuner: kommuner.filter((k) => k.data.lan.id === lanCode),
    kommunprofiler: [],
    centres: [
      centre('mora', '2062', 'öppen'),
      centre('orsa', '2034', 'planerad'),
      centre('fittja', '0127', 'öppen'),
    ],
    guidance: [],
    strategy: [],
    goals: [],
    sources,
    glossary: [],
    news: [],
    templates: [],
    startSteps: [],
    assessment: [],
    easyRead: [],
    followUp: [],
    parentTexts: [],
    synonyms: [],
    translations: [],
    parentTextTranslations: [],
    centreTextTranslations: [],
    phraseTranslations: [],
    chapterSections: new Map(),
    bodies: new Map(),
  };
}

describe('the register’s views of a site, from plain data', () => {
  // The statuses' ages are counted from the build day: pinned, so they stay new.
  beforeAll(() => void vi.stubEnv('SITE_TODAY', '2026-12-07'));
  const dalarna = site('20');

  it('gives a centre in the region its kommun’s page, and one elsewhere none', () => {
    expect(centreViewOf(dalarna, { id: 'mora' }).kommun).toMatchObject({
      slug: 'mora',
      lanName: 'Dalarna',
    });
    expect(centreViewOf(dalarna, { id: 'fittja' }).kommun).toMatchObject({
      slug: undefined,
      lanName: 'Stockholm',
    });
  });

  it('counts the region’s kommuner only, and says where each stands', () => {
    expect(regionCoverage(dalarna)).toMatchObject({ total: 2, openCentres: 1 });
    expect(regionKommunViews(dalarna).map((k) => [k.name, k.situation.status])).toEqual([
      ['Mora', 'oppen'],
      ['Orsa', 'planerad'],
    ]);
  });

  it('shows the other län’s centres as examples, and translates the region’s open centres', () => {
    expect(exampleLan(dalarna).map((l) => l.lanName)).toEqual(['Stockholm']);
    expect(translatedCentres(dalarna).map((c) => c.id)).toEqual(['mora']);
  });

  it('takes the region from the site it is given: the same content seen from Stockholm', () => {
    const stockholm = site('01');
    expect(centreViewOf(stockholm, { id: 'fittja' }).kommun.slug).toBe('botkyrka');
    expect(regionKommunViews(stockholm).map((k) => k.name)).toEqual(['Botkyrka']);
    expect(exampleLan(stockholm).map((l) => l.lanName)).toEqual(['Dalarna']);
  });
});
