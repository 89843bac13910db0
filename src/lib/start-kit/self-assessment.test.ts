import { describe, expect, it } from 'vitest';
import { summarize } from './self-assessment';

const dims = ['samlokalisering', 'samordnare', 'styrgrupp', 'delaktighet'].map((id) => ({
  id,
  name: id,
  helpPath: `/x/#${id}`,
  helpTitle: id,
}));

describe('summarize', () => {
  it('puts each dimension in the group its answer says, in question order', () => {
    const s = summarize(dims, {
      samlokalisering: 'nej',
      samordnare: 'ja',
      styrgrupp: 'delvis',
      delaktighet: 'nej',
    });
    expect(s.strengths.map((d) => d.id)).toEqual(['samordnare']);
    expect(s.partly.map((d) => d.id)).toEqual(['styrgrupp']);
    expect(s.gaps.map((d) => d.id)).toEqual(['samlokalisering', 'delaktighet']);
    expect(s.unanswered).toEqual([]);
  });
  it('lists what was not answered, and ignores unknown answers', () => {
    const s = summarize(dims, { samordnare: 'kanske' });
    expect(s.unanswered.map((d) => d.id)).toEqual([
      'samlokalisering',
      'samordnare',
      'styrgrupp',
      'delaktighet',
    ]);
  });
});
