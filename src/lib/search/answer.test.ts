import { describe, expect, it } from 'vitest';
import { answerQuery, type Answer, type SearchEngine } from './answer';
import { siteWords } from './did-you-mean';
import { sameWord } from './inflection';
import { isStopWord } from './stop-words';
import { synonymsOf } from './synonyms';
import { countWords, tokenize } from './words';

/** A few pages per language, as the built site has them. */
const PAGES: Record<string, Record<string, string>> = {
  sv: {
    '/sekretess/':
      'Sekretess och anmälningsplikt. Socialtjänsten får veta det du berättar när personalen måste anmäla oro. Sekretess gäller.',
    '/samverkan/': 'BVC och socialtjänsten samverkar. Barnhälsovård och mödrahälsovård.',
    '/familjecentral/':
      'Vad är en familjecentral? En familjecentral samlar barnhälsovård. Familjecentralen i Mora. Familjecentraler.',
    '/mora/': 'Familjecentralen i Mora. Veckans program: öppna förskolan måndag.',
    '/berattelse/': 'En berättelse om att berätta.',
  },
  fi: { '/fi/mora/': 'Perhekeskus Morassa. Perhekeskuksen avoin päiväkoti.' },
  en: { '/en/mora/': 'The family centre in Mora. Open preschool.' },
};

/** Pagefind's search, roughly: every word of the query on the page, in any form; the score its count. */
function fakeEngine(primary: string, calls: string[] = []): SearchEngine<string> {
  return {
    primary,
    others: () => Promise.resolve(Object.keys(PAGES).filter((l) => l !== primary)),
    words: (lang) => Promise.resolve(siteWords(countWords(Object.values(PAGES[lang] ?? {})))),
    search: (lang, query) => {
      calls.push(`${lang}:${query}`);
      const found = Object.entries(PAGES[lang] ?? {}).flatMap(([id, text]) => {
        const words = tokenize(text);
        const counts = tokenize(query ?? '').map(
          (q) => words.filter((w) => w.startsWith(q) || sameWord(w, q)).length,
        );
        return counts.every((n) => n > 0)
          ? [{ id, score: counts.reduce((a, b) => a + b, 0), data: id }]
          : [];
      });
      return Promise.resolve(found);
    },
  };
}

const synonyms = synonymsOf([
  ['sekretess', 'tystnadsplikt'],
  ['öppettider', 'veckans program'],
  ['bvc', 'barnavårdscentral', 'barnhälsovård'],
]);
const ids = (a: Answer<string>) => (a.kind === 'none' ? [] : a.hits.map((h) => h.id));

describe('answerQuery', () => {
  it('finds the pages with every word, best first', async () => {
    const a = await answerQuery('familjecentralen mora', fakeEngine('sv'));
    expect(a).toMatchObject({ kind: 'hits', lang: 'sv' });
    expect(ids(a)).toEqual(['/familjecentral/', '/mora/']);
  });

  it('finds a word’s synonyms’ pages too, one search per way of saying it', async () => {
    const calls: string[] = [];
    const a = await answerQuery('tystnadsplikt', fakeEngine('sv', calls), { synonyms });
    expect(ids(a)).toEqual(['/sekretess/']);
    expect(calls).toEqual(['sv:tystnadsplikt', 'sv:sekretess']);
    expect(ids(await answerQuery('öppettider', fakeEngine('sv'), { synonyms }))).toEqual([
      '/mora/',
    ]);
    expect(
      new Set(ids(await answerQuery('barnavårdscentral', fakeEngine('sv'), { synonyms }))),
    ).toEqual(new Set(ids(await answerQuery('BVC', fakeEngine('sv'), { synonyms }))));
  });

  it('leaves a question’s stop words out, and says so when no page has them all', async () => {
    const query = 'vad får jag berätta för socialtjänsten';
    expect(tokenize(query).filter((w) => !isStopWord(w))).toEqual(['berätta', 'socialtjänsten']);
    const a = await answerQuery(query, fakeEngine('sv'));
    expect(a).toMatchObject({
      kind: 'hits',
      partial: { words: ['berätta', 'socialtjänsten'], all: true },
    });
    expect(ids(a)).toEqual(['/sekretess/']);
    // Pages with every word, stop words too: nothing to say.
    const whole = await answerQuery('vad är en familjecentral', fakeEngine('sv'));
    expect(whole.kind === 'hits' && whole.partial).toBeFalsy();
    expect(ids(whole)[0]).toBe('/familjecentral/');
  });

  it('answers a question no page has every meaningful word of with the pages that have any, most first', async () => {
    const a = await answerQuery('kan jag berätta för mora', fakeEngine('sv'));
    expect(a).toMatchObject({ kind: 'hits', partial: { words: ['berätta', 'mora'], all: false } });
    expect(new Set(ids(a))).toEqual(
      new Set(['/sekretess/', '/berattelse/', '/familjecentral/', '/mora/']),
    );
    // A word on no page is left out too.
    expect(await answerQuery('mora xyzzyqq', fakeEngine('sv'))).toMatchObject({
      partial: { words: ['mora'], all: true },
    });
  });

  it('gives every word of a synonym group the same pages in the same order', async () => {
    const order = async (q: string) => ids(await answerQuery(q, fakeEngine('sv'), { synonyms }));
    expect(await order('barnavårdscentral')).toEqual(await order('BVC'));
    expect(await order('barnhälsovård')).toEqual(await order('BVC'));
  });

  it('keeps one order for pages that score the same, whichever word of a group is typed', async () => {
    // Relative scores 0.1 + 0.1 + 0.4 and 0.1 + 0.4 + 0.1: equal, but not to the last digit when
    // added up in the order of the words searched.
    const scores: Record<string, Record<string, number>> = {
      bvc: { '/a/': 1, '/b/': 1, '/c/': 10 },
      barnavårdscentral: { '/a/': 1, '/b/': 4, '/c/': 10 },
      barnhälsovård: { '/a/': 4, '/b/': 1, '/c/': 10 },
    };
    const engine: SearchEngine<string> = {
      primary: 'sv',
      others: () => Promise.resolve([]),
      words: () => Promise.resolve(siteWords(countWords(Object.keys(scores)))),
      search: (_lang, query) =>
        Promise.resolve(
          Object.entries(scores[query ?? ''] ?? {}).map(([id, score]) => ({ id, score, data: id })),
        ),
    };
    const order = async (q: string) => ids(await answerQuery(q, engine, { synonyms }));
    expect(await order('bvc')).toEqual(['/c/', '/a/', '/b/']);
    expect(await order('barnhälsovård')).toEqual(['/c/', '/a/', '/b/']);
    expect(await order('barnavårdscentral')).toEqual(['/c/', '/a/', '/b/']);
  });

  it('shows the results of a misspelling’s one clear correction at once', async () => {
    const a = await answerQuery('famljecentral', fakeEngine('sv'));
    expect(a).toMatchObject({ kind: 'hits', corrected: 'familjecentral' });
    expect(ids(a)[0]).toBe('/familjecentral/');
    expect(await answerQuery('Famljecentral i Mora', fakeEngine('sv'))).toMatchObject({
      corrected: 'Familjecentral i Mora',
    });
  });

  it('searches for the words as written when asked to, and then only suggests', async () => {
    expect(await answerQuery('famljecentral', fakeEngine('sv'), { exact: true })).toEqual({
      kind: 'none',
      suggestion: 'familjecentral',
    });
  });

  it('says nothing was found for a word on no page, in no language, and suggests nothing far off', async () => {
    expect(await answerQuery('xyzzyqq', fakeEngine('sv'))).toEqual({ kind: 'none' });
  });

  it('finds another language’s pages for words that are on no Swedish page, marked with their language', async () => {
    const a = await answerQuery('perhekeskus', fakeEngine('sv'));
    expect(a).toEqual({
      kind: 'other-languages',
      hits: [{ id: '/fi/mora/', score: 1, data: '/fi/mora/', lang: 'fi' }],
      languages: [{ lang: 'fi', count: 1 }],
    });
    // Before a Swedish correction: "family" is one letter from "familj", but English has both words.
    expect(await answerQuery('family centre', fakeEngine('sv'))).toMatchObject({
      kind: 'other-languages',
      languages: [{ lang: 'en', count: 1 }],
    });
  });

  it('does not take a Swedish misspelling for another language’s word that starts the same', async () => {
    const withSwedishTerm = {
      ...fakeEngine('sv'),
      words: (lang: string) =>
        Promise.resolve(
          siteWords(
            countWords(
              lang === 'fi'
                ? ['Perhekeskus (familjecentral) Morassa.']
                : Object.values(PAGES[lang] ?? {}),
            ),
          ),
        ),
    };
    expect(await answerQuery('familjecentralqzx', withSwedishTerm)).toEqual({ kind: 'none' });
  });

  it('searches a translated search page’s own language first, then Swedish', async () => {
    expect(await answerQuery('perhekeskuksen', fakeEngine('fi'))).toMatchObject({
      kind: 'hits',
      lang: 'fi',
    });
    expect(await answerQuery('socialtjänsten', fakeEngine('fi'))).toMatchObject({
      kind: 'other-languages',
      languages: [{ lang: 'sv', count: 2 }],
    });
  });

  it('lists every page for filters alone', async () => {
    const calls: string[] = [];
    const a = await answerQuery('', fakeEngine('sv', calls));
    expect(calls).toEqual(['sv:null']);
    expect(ids(a)).toHaveLength(5);
  });
});
