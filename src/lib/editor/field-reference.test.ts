import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldReference } from './field-reference';
import { allFields, describeSchema } from '../../schemas/describe';
import { editorCollections } from '../../schemas/index';
import { PAST_DATES, UNIQUE } from '../content/impossible';

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

  it('says under each collection what the build refuses though each field is well written', () => {
    const reference = fieldReference();
    const sectionOf = (name: string) => {
      const collection = editorCollections().find((c) => c.name === name)!;
      const start = reference.indexOf(`## ${collection.label}\n`);
      const end = reference.indexOf('\n## ', start + 1);
      return reference.slice(start, end === -1 ? undefined : end);
    };
    for (const rule of UNIQUE)
      expect(sectionOf(rule.collection), rule.expected).toContain(rule.expected);
    for (const rule of PAST_DATES.filter((d) => d.collection !== '*'))
      expect(sectionOf(rule.collection), rule.path).toContain(`\`${rule.path}\``);
  });
});
