import { describe, expect, it } from 'vitest';
import { lanWithExamples } from './example-lan';

describe('lanWithExamples', () => {
  it('groups centres outside the region by län and leaves the region out', () => {
    const centres = [
      { id: 'tullinge', name: 'Tullinge', lanCode: '01' },
      { id: 'mora', name: 'Mora', lanCode: '20' },
      { id: 'kopparberg', name: 'Familjens hus Kopparberg', lanCode: '18' },
      { id: 'fittja', name: 'Fittja', lanCode: '01' },
    ];
    expect(lanWithExamples(centres, '20')).toEqual([
      {
        lanCode: '01',
        centres: [
          { id: 'fittja', name: 'Fittja' },
          { id: 'tullinge', name: 'Tullinge' },
        ],
      },
      { lanCode: '18', centres: [{ id: 'kopparberg', name: 'Familjens hus Kopparberg' }] },
    ]);
  });
  it('is empty when every centre is in the region', () => {
    expect(lanWithExamples([{ id: 'mora', name: 'Mora', lanCode: '20' }], '20')).toEqual([]);
  });
});
