import { describe, expect, it } from 'vitest';
import {
  checkQuery,
  clearCorrection,
  closestWord,
  isKnown,
  isKnownInOther,
  readWordList,
  siteWords,
} from './did-you-mean';
import { countWords, tokenize } from './words';

const site = siteWords(
  countWords([
    'Familjecentralen samlar barnhälsovård och mödrahälsovård. Familjecentraler i Dalarna.',
    'Ring 1177 eller barnhälsovården.',
    'Samtycke och samverkan, samverkan.',
  ]),
);

describe('the site’s words', () => {
  it('are the lower-case words of the texts, hyphenated words split, counted', () => {
    expect(tokenize('BVC-sjuksköterskan ringer 1177.')).toEqual([
      'bvc',
      'sjuksköterskan',
      'ringer',
      '1177',
    ]);
    expect(countWords(['a b a'])).toEqual([
      ['a', 2],
      ['b', 1],
    ]);
  });
});

describe('checkQuery', () => {
  it('knows a word on the site, a beginning of one, and an inflection of one', () => {
    expect(isKnown('barnhälsovård', site)).toBe(true);
    expect(isKnown('barnh', site)).toBe(true);
    expect(isKnown('familjecentralerna', site)).toBe(true);
    expect(isKnown('1177', site)).toBe(true);
  });

  it('does not take a word on no page for its first letters or a number for a longer one', () => {
    expect(isKnown('sekretess', site)).toBe(false);
    expect(isKnown('11', site)).toBe(true);
    expect(isKnown('1178', site)).toBe(false);
    expect(checkQuery('sekretess', site)).toEqual({ unknown: ['sekretess'] });
  });

  it('suggests the closest site word for a misspelling, the commoner of two equally close ones', () => {
    expect(closestWord('famljecentralen', site)).toBe('familjecentralen');
    expect(closestWord('samverkn', site)).toBe('samverkan');
    expect(checkQuery('mödrahälsovåd dalarna', site)).toEqual({
      unknown: ['mödrahälsovåd'],
      suggestion: 'mödrahälsovård dalarna',
    });
  });

  it('suggests nothing for a short word or a number', () => {
    expect(closestWord('bvd', site)).toBeUndefined();
    expect(closestWord('1178', site)).toBeUndefined();
  });
});

describe('clearCorrection', () => {
  it('is the closest word when every word as close is a form of it', () => {
    expect(clearCorrection('famljecentralen', site)).toBe('familjecentralen');
    expect(clearCorrection('samverkn', site)).toBe('samverkan');
  });

  it('is nothing when two different words are as close', () => {
    const two = siteWords([
      ['samtal', 3],
      ['samtid', 1],
    ]);
    expect(closestWord('samtad', two)).toBe('samtal');
    expect(clearCorrection('samtad', two)).toBeUndefined();
  });
});

describe('isKnownInOther', () => {
  const finnish = siteWords(countWords(['Perhekeskus Morassa. Avoin päiväkoti.']));
  it('knows a word of another language by its beginning, whatever its ending', () => {
    expect(isKnownInOther('perhekeskukseen', finnish)).toBe(true);
    expect(isKnownInOther('päivä', finnish)).toBe(true);
    expect(isKnownInOther('perunat', finnish)).toBe(false);
    expect(isKnownInOther('perhe', finnish)).toBe(true);
    expect(isKnownInOther('perheet', finnish)).toBe(false);
  });
});

describe('readWordList', () => {
  it('reads the build’s list of [word, count] pairs and nothing else', () => {
    expect(readWordList([['bvc', 3]])?.counts.get('bvc')).toBe(3);
    expect(readWordList({ bvc: 3 })).toBeUndefined();
    expect(readWordList([['bvc', '3']])).toBeUndefined();
  });
});
