import { describe, expect, it } from 'vitest';
import { queryParts, synonymsOf, variants } from './synonyms';

const synonyms = synonymsOf([
  ['sekretess', 'tystnadsplikt'],
  ['öppettider', 'veckans program'],
  ['BVC', 'barnavårdscentral', 'barnhälsovård'],
]);

describe('synonyms', () => {
  it('are each group’s members as lower-case words', () => {
    expect(synonyms[1]).toEqual([['öppettider'], ['veckans', 'program']]);
    expect(synonyms[2]?.[0]).toEqual(['bvc']);
  });

  it('give a word of a group every way of saying it, the word as written first', () => {
    expect(queryParts(['tystnadsplikten', 'mora'], synonyms)).toEqual([
      [['tystnadsplikten'], ['sekretess']],
      [['mora']],
    ]);
  });

  it('find a phrase of several words', () => {
    expect(queryParts(['mora', 'veckans', 'program'], synonyms)).toEqual([
      [['mora']],
      [['veckans', 'program'], ['öppettider']],
    ]);
    // Not a phrase when its words are apart.
    expect(queryParts(['veckans', 'mora', 'program'], synonyms)).toEqual([
      [['veckans']],
      [['mora']],
      [['program']],
    ]);
  });

  it('make one query per way of saying it, as written first, and no more than the limit', () => {
    const parts = queryParts(['bvc', 'sekretess'], synonyms);
    expect(variants(parts)).toEqual([
      'bvc sekretess',
      'bvc tystnadsplikt',
      'barnavårdscentral sekretess',
      'barnavårdscentral tystnadsplikt',
      'barnhälsovård sekretess',
      'barnhälsovård tystnadsplikt',
    ]);
    expect(variants(parts, 4)).toHaveLength(4);
    expect(variants(queryParts(['öppettider'], synonyms))).toEqual([
      'öppettider',
      'veckans program',
    ]);
  });

  it('leave a short word alone unless it is the member itself', () => {
    expect(queryParts(['bvcs'], synonyms)).toEqual([[['bvcs']]]);
  });
});
