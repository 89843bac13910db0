import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldReference } from './field-reference';
import { allFields, describeSchema } from '../../schemas/describe';
import { editorCollections } from '../../schemas/index';

describe('the field reference for editors', () => {
  it('is up to date with the schemas (run npm run docs:content when this fails)', () => {
    expect(readFileSync('docs/innehall.md', 'utf8')).toBe(fieldReference());
  });

  it('lists every field of every collection with its label and help', () => {
    const reference = fieldReference();
    for (const collection of editorCollections()) {
      expect(reference).toContain(`## ${collection.label}`);
      for (const field of allFields(describeSchema(collection.schema))) {
        expect(field.label.length, field.path).toBeGreaterThan(1);
        expect(field.help.length, field.path).toBeGreaterThan(10);
        expect(reference, field.path).toContain(`| \`${field.path}\` | ${field.label} |`);
      }
    }
  });
});
