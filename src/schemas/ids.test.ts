import { describe, expect, it } from 'vitest';
import { allFields, describeSchema } from './describe';
import { EDITOR_COLLECTIONS, editorCollections } from './index';
import { ID_FILES, idDescription, idExpected, isReferenced } from './ids';

describe('how an id is described', () => {
  it('names each collection’s own folder and file extension', () => {
    for (const [name, f] of Object.entries(ID_FILES)) {
      const c = EDITOR_COLLECTIONS[name as keyof typeof EDITOR_COLLECTIONS];
      expect({ folder: c.path, extension: c.format }, name).toEqual({
        folder: f.folder,
        extension: f.extension,
      });
    }
  });

  it('covers every collection a field refers to, in both languages', () => {
    const referred = new Set(
      editorCollections().flatMap((c) =>
        allFields(describeSchema(c.schema)).flatMap((f) =>
          f.kind === 'ref' || f.item?.kind === 'ref' ? [f.collection ?? f.item?.collection] : [],
        ),
      ),
    );
    expect(referred.size).toBeGreaterThan(0);
    for (const c of referred) {
      expect(isReferenced(String(c)), String(c)).toBe(true);
      expect(idDescription(String(c)), String(c)).toMatch(/^(Id för|Kommunkod|Länskod)/);
    }
  });

  it('says the same to the schemas, the checks and the field reference', () => {
    expect(idExpected('sources')).toBe(
      'the id (file name without .yaml) of a source in src/content/sources/',
    );
    expect(idDescription('guidance')).toBe(
      'Id för ett kapitel: filnamnet i src/content/guidance/ utan .mdx',
    );
    expect(idDescription('finns-inte')).toBeUndefined();
  });
});
