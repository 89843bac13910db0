import { describe, expect, it } from 'vitest';
import {
  checkChapters,
  checkFollowUps,
  checkParentTexts,
  checkKommunTexts,
  checkReferences,
  checkRegion,
  checkSections,
  checkSynonyms,
  findReferences,
} from './checks';
import { FOLLOW_UP_DIMENSION_IDS } from '../../schemas/follow-up-vocabulary';
import { formatProblems, type PlainEntry } from './problem';

const source = (id: string): PlainEntry => ({ collection: 'sources', id, data: { title: id } });
const kommun = (id: string): PlainEntry => ({ collection: 'kommuner', id, data: { name: id } });

describe('findReferences', () => {
  it('finds references nested in objects and arrays, with their field path', () => {
    const data = {
      kommun: { collection: 'kommuner', id: '2080' },
      sources: [{ collection: 'sources', id: 'a' }],
      other: { when: new Date() },
    };
    expect(findReferences(data)).toEqual([
      { field: 'kommun', collection: 'kommuner', id: '2080' },
      { field: 'sources[0]', collection: 'sources', id: 'a' },
    ]);
  });
});

describe('checkReferences', () => {
  it('accepts references to entries that exist', () => {
    const centre: PlainEntry = {
      collection: 'centres',
      id: 'x',
      data: {
        kommun: { collection: 'kommuner', id: '2080' },
        sources: [{ collection: 'sources', id: 'pm' }],
      },
    };
    expect(checkReferences([kommun('2080'), source('pm'), centre])).toEqual([]);
  });

  it('names file, field, what was received and what is expected, with suggestions', () => {
    const centre: PlainEntry = {
      collection: 'centres',
      id: 'x',
      filePath: 'src/content/centres/x.md',
      data: {
        kommun: { collection: 'kommuner', id: '2089' },
        sources: [
          { collection: 'sources', id: 'pm' },
          { collection: 'sources', id: 'kopparberg-pm' },
        ],
      },
    };
    const problems = checkReferences(
      [kommun('2080'), kommun('2081'), source('kopparberg-pm-2018'), centre],
      new Map([
        ['2080', 'Falun'],
        ['2081', 'Borlänge'],
      ]),
    );
    expect(problems).toEqual([
      {
        file: 'src/content/centres/x.md',
        field: 'kommun',
        received: '"2089", which is not in the collection "kommuner"',
        expected: 'an official four-digit kommun code, for example 2080 (Falun), 2081 (Borlänge)',
      },
      {
        file: 'src/content/centres/x.md',
        field: 'sources[0]',
        received: '"pm", which is not in the collection "sources"',
        expected:
          'the id (file name without .yaml) of a source in src/content/sources/, for example kopparberg-pm-2018',
      },
      {
        file: 'src/content/centres/x.md',
        field: 'sources[1]',
        received: '"kopparberg-pm", which is not in the collection "sources"',
        expected:
          'the id (file name without .yaml) of a source in src/content/sources/, for example kopparberg-pm-2018',
      },
    ]);
  });
});

describe('checkChapters', () => {
  const chapter = (id: string, order: number, body: string) => ({
    collection: 'guidance',
    id,
    filePath: `src/content/guidance/${id}.mdx`,
    data: { order },
    body,
  });
  const text = 'En text som är tillräckligt lång för att räknas som ett kapitel i vägledningen.';

  it('accepts chapters with their own positions and text', () => {
    expect(checkChapters([chapter('a', 1, text), chapter('b', 2, text)])).toEqual([]);
  });
  it('reports a role used twice', () => {
    const withRole = (id: string, order: number) => ({
      ...chapter(id, order, text),
      data: { order, role: 'starta' },
    });
    expect(checkChapters([withRole('a', 1), withRole('b', 2)])).toEqual([
      {
        file: 'src/content/guidance/b.mdx',
        field: 'role',
        received: '"starta", which src/content/guidance/a.mdx already has',
        expected: 'a role no other chapter has, or no role',
      },
    ]);
  });
  it('reports a position used twice and an empty chapter', () => {
    expect(checkChapters([chapter('a', 1, text), chapter('b', 1, '  ')])).toEqual([
      {
        file: 'src/content/guidance/b.mdx',
        field: 'order',
        received: '1, which src/content/guidance/a.mdx already uses',
        expected: 'a position no other chapter has',
      },
      {
        file: 'src/content/guidance/b.mdx',
        field: '(body)',
        received: '0 characters of text',
        expected: 'a chapter text of at least 50 characters below the frontmatter',
      },
    ]);
  });
});

describe('checkFollowUps', () => {
  const followUp = (id: string, year: number, centre: string | undefined, kommun = '2085') => ({
    collection: 'followUp',
    id,
    filePath: `src/content/uppfoljning/${id}.yaml`,
    data: {
      year,
      kommun: { collection: 'kommuner', id: kommun },
      ...(centre && { centre: { collection: 'centres', id: centre } }),
    },
  });
  const places = {
    centreKommun: new Map([
      ['ludvika', '2085'],
      ['mora', '2062'],
    ]),
    kommunSlugs: new Map([
      ['2085', 'ludvika'],
      ['2021', 'vansbro'],
    ]),
  };
  const question = (id: string): PlainEntry => ({
    collection: 'assessment',
    id,
    filePath: 'src/content/self-assessment.yaml',
    data: {},
  });
  const questions = FOLLOW_UP_DIMENSION_IDS.map(question);

  it('accepts a file named after its centre or, without one, its kommun, in the folder of its year, and a region that asks fewer questions', () => {
    expect(
      checkFollowUps(
        [
          followUp('2026/ludvika', 2026, 'ludvika'),
          followUp('2026/kommun-vansbro', 2026, undefined, '2021'),
        ],
        questions.slice(0, 3),
        FOLLOW_UP_DIMENSION_IDS,
        places,
      ),
    ).toEqual([]);
  });
  it('reports a year or centre that differs from the folder or file name, and a file outside a year folder', () => {
    expect(
      checkFollowUps(
        [followUp('2026/ludvika', 2025, 'mora', '2062'), followUp('ludvika', 2026, 'ludvika')],
        questions,
        FOLLOW_UP_DIMENSION_IDS,
        places,
      ),
    ).toEqual([
      {
        file: 'src/content/uppfoljning/2026/ludvika.yaml',
        field: 'year',
        received: '2025',
        expected: '2026, the year of the folder the file is in',
      },
      {
        file: 'src/content/uppfoljning/2026/ludvika.yaml',
        field: 'centre',
        received: '"mora"',
        expected: '"ludvika", the centre the file is named after',
      },
      {
        file: 'src/content/uppfoljning/ludvika.yaml',
        field: '(file name)',
        received: '"ludvika"',
        expected:
          'a file in a folder named after the year, named after the centre (uppfoljning/2026/ludvika.yaml) or, without a centre, the kommun (uppfoljning/2026/kommun-vansbro.yaml)',
      },
    ]);
  });
  it('reports a centre in another kommun than the file says, and a kommun file under another name', () => {
    expect(
      checkFollowUps(
        [
          followUp('2026/ludvika', 2026, 'ludvika', '2021'),
          followUp('2026/vansbro', 2026, undefined, '2021'),
        ],
        questions,
        FOLLOW_UP_DIMENSION_IDS,
        places,
      ),
    ).toEqual([
      {
        file: 'src/content/uppfoljning/2026/ludvika.yaml',
        field: 'kommun',
        received: '"2021"',
        expected: '"2085", the kommun of the centre ludvika',
      },
      {
        file: 'src/content/uppfoljning/2026/vansbro.yaml',
        field: '(file name)',
        received: '"vansbro"',
        expected:
          '"kommun-vansbro", the name of a file for a kommun without a centre; or the centre\'s id in centre:',
      },
    ]);
  });
  it('reports a self-assessment question the follow-up cannot record', () => {
    expect(
      checkFollowUps([], [...questions, question('fika')], FOLLOW_UP_DIMENSION_IDS, places),
    ).toEqual([
      {
        file: 'src/content/self-assessment.yaml',
        field: 'id (item "fika")',
        received: '"fika", which the follow-up does not have',
        expected: `one of the follow-up's questions (src/schemas/follow-up-vocabulary.ts): ${FOLLOW_UP_DIMENSION_IDS.join(', ')}`,
      },
    ]);
  });
});

it('formats problems as a list an editor can act on', () => {
  expect(
    formatProblems([{ file: 'f.mdx', field: 'kommun', received: '"1"', expected: 'a code' }]),
  ).toBe(
    'The content has 1 error. Fix it and build again:\n- f.mdx\n    field: kommun\n    received: "1"\n    expected: a code',
  );
});

describe('checkSections', () => {
  const sections = new Map([['organisation', [{ text: 'Styrgrupp' }, { text: 'Samordnare' }]]]);
  const item = (section: string) => ({
    collection: 'assessment',
    id: 'samordnare',
    filePath: 'src/content/self-assessment.yaml',
    data: { chapter: { collection: 'guidance', id: 'organisation' }, section },
  });

  it('accepts a heading the chapter has', () => {
    expect(checkSections([item('Samordnare')], sections)).toEqual([]);
  });
  it('names the list item and the headings that exist', () => {
    expect(checkSections([item('Samordning')], sections)).toEqual([
      {
        file: 'src/content/self-assessment.yaml',
        field: 'section (item "samordnare")',
        received: '"Samordning", which is not a heading in the chapter organisation',
        expected: 'one of its headings, written exactly: "Styrgrupp", "Samordnare"',
      },
    ]);
  });
  it("checks a step's further sections too, naming which one is wrong", () => {
    const step = {
      collection: 'startSteps',
      id: 'bemanning',
      filePath: 'src/content/start-steps.yaml',
      data: {
        readMore: [
          { chapter: { collection: 'guidance', id: 'organisation' }, section: 'Styrgrupp' },
          { chapter: { collection: 'guidance', id: 'organisation' }, section: 'Samordning' },
        ],
      },
    };
    expect(checkSections([step], sections)).toEqual([
      {
        file: 'src/content/start-steps.yaml',
        field: 'readMore.1.section (item "bemanning")',
        received: '"Samordning", which is not a heading in the chapter organisation',
        expected: 'one of its headings, written exactly: "Styrgrupp", "Samordnare"',
      },
    ]);
  });
});

describe('the region', () => {
  const lan = new Map([
    ['18', 'Örebro'],
    ['20', 'Dalarna'],
  ]);
  it('needs a län that exists, and names the ones that do', () => {
    expect(checkRegion('20', lan, 'src/content/region.yaml')).toEqual([]);
    expect(checkRegion('99', lan, 'src/content/region.yaml')).toEqual([
      {
        file: 'src/content/region.yaml',
        field: 'lanCode',
        received: '"99", which is not a län code',
        expected: 'one of the official län codes: "18" (Örebro), "20" (Dalarna)',
      },
    ]);
  });

  it('needs a text for every kommun in the region, and says how to write them', () => {
    const profile = (kommun: string) => ({
      collection: 'kommunprofiler',
      id: kommun,
      data: { kommun: { collection: 'kommuner', id: kommun } },
    });
    const kommuner = [
      { code: '1880', name: 'Örebro' },
      { code: '1864', name: 'Ljusnarsberg' },
    ];
    expect(checkKommunTexts(kommuner, [profile('1880')], 'src/content', '18')).toEqual([
      {
        file: 'src/content/kommunprofiler/',
        field: '(file)',
        received: 'no text for Ljusnarsberg (kommun "1864")',
        expected:
          'a file with kommun: "1864" for every kommun in the region; npm run region:new -- --lan 18 writes one for each kommun that has none',
      },
    ]);
  });
});

describe('checkParentTexts', () => {
  const text = (id: string, about: string) => ({
    collection: 'parentTexts',
    id,
    filePath: 'src/content/parent-texts.yaml',
    data: { about },
  });
  it('accepts one text per topic', () => {
    expect(checkParentTexts([text('bvc', 'bvc'), text('tystnadsplikt', 'tystnadsplikt')])).toEqual(
      [],
    );
  });
  it('names the item and the other item when two texts are about one topic', () => {
    expect(checkParentTexts([text('bvc', 'bvc'), text('bvc-2', 'bvc')])).toEqual([
      {
        file: 'src/content/parent-texts.yaml',
        field: 'about (item "bvc-2")',
        received: '"bvc", which item "bvc" is already about',
        expected:
          'one text per service and one about tystnadsplikt: change this item or remove one of the two',
      },
    ]);
  });
});

describe('checkSynonyms', () => {
  const group = (id: string, words: string[]) => ({
    collection: 'synonyms',
    id,
    filePath: 'src/content/synonymer.yaml',
    data: { words },
  });
  it('accepts each word in one group', () => {
    expect(
      checkSynonyms([
        group('a', ['sekretess', 'tystnadsplikt']),
        group('b', ['BVC', 'barnhälsovård']),
      ]),
    ).toEqual([]);
  });
  it('names the word, the item and the other item when a word stands in two groups or twice in one', () => {
    expect(
      checkSynonyms([
        group('bvc', ['BVC', 'barnhälsovård']),
        group('mvc', ['MVC', 'Barnhälsovård', 'mvc']),
      ]),
    ).toEqual([
      {
        file: 'src/content/synonymer.yaml',
        field: 'words[1] (item "mvc")',
        received: '"Barnhälsovård", which item "bvc" has already',
        expected: 'each word in one group only: remove it here, or join the two groups into one',
      },
      {
        file: 'src/content/synonymer.yaml',
        field: 'words[2] (item "mvc")',
        received: '"mvc", which this item has already',
        expected: 'each word in one group only: remove it here, or join the two groups into one',
      },
    ]);
  });
});
