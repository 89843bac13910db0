import { describe, expect, it } from 'vitest';
import { centreSchema } from './centre';
import { fieldLabel } from './describe';

describe('fieldLabel', () => {
  it('gives a field’s label by its path, a nested one too, as the editor shows it', () => {
    expect(fieldLabel(centreSchema, 'kind')).toBe('Typ');
    expect(fieldLabel(centreSchema, 'organisation.steeringGroup')).toBe(
      'Styrgrupp eller ledningsgrupp',
    );
  });
  it('refuses a path the schema does not have', () => {
    expect(() => fieldLabel(centreSchema, 'organisation.nothing')).toThrow(/organisation\.nothing/);
  });
});
