import { describe, expect, it } from 'vitest';
import { idFromPath, uniqueIdGenerator } from './entry-id';

describe('idFromPath', () => {
  it('drops the extension only', () => {
    expect(idFromPath('mora.mdx')).toBe('mora');
    expect(idFromPath('2019-regionplanen.md')).toBe('2019-regionplanen');
    expect(idFromPath('dalarna/mora.yaml')).toBe('dalarna/mora');
  });
});

describe('uniqueIdGenerator', () => {
  const files = new Set(['src/content/centres/mora.mdx', 'src/content/centres/mora.md']);
  const exists = (file: string) => files.has(file);

  it('gives each file its name as id', () => {
    const generate = uniqueIdGenerator('./src/content/centres', exists);
    expect(generate({ entry: 'mora.mdx' })).toBe('mora');
    expect(generate({ entry: 'falun-1.mdx' })).toBe('falun-1');
  });

  it('lets the same file come back (the dev server reloads it)', () => {
    const generate = uniqueIdGenerator('./src/content/centres', exists);
    generate({ entry: 'mora.mdx' });
    expect(generate({ entry: 'mora.mdx' })).toBe('mora');
  });

  it('refuses a second file with the same id, naming both', () => {
    const generate = uniqueIdGenerator('./src/content/centres', exists);
    generate({ entry: 'mora.mdx' });
    expect(() => generate({ entry: 'mora.md' })).toThrow(
      /src\/content\/centres\/mora\.md\n {4}field: \(file name\)\n {4}received: the id "mora", which src\/content\/centres\/mora\.mdx already has/,
    );
  });

  it('allows the id again when the first file was renamed away', () => {
    const generate = uniqueIdGenerator(
      './src/content/centres',
      (file) => file !== 'src/content/centres/old.mdx',
    );
    generate({ entry: 'old.mdx' });
    expect(generate({ entry: 'old.md' })).toBe('old');
  });

  it('refuses names that would make poor addresses', () => {
    const generate = uniqueIdGenerator('./src/content/centres', exists);
    expect(() => generate({ entry: 'Mora Familjens hus.mdx' })).toThrow(
      /expected: a file name of lower-case letters a–z/,
    );
    expect(() => generate({ entry: 'älvdalen.mdx' })).toThrow(/no å, ä, ö or spaces/);
  });
});
