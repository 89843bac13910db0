/**
 * The layers stay apart: src/lib holds plain TypeScript that pages and scripts use, so it imports
 * no .astro component and nothing from pages or components; only content.ts reads the content
 * collections (astro:content; a type-only import reads nothing), so loading happens in one place;
 * and no module of src/lib reaches itself again through its imports (no import circle).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)]));
const imports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
const lib = files('src/lib').filter((f) => f.endsWith('.ts'));

describe('src/lib', () => {
  it('imports no .astro file and nothing from pages or components', () => {
    const wrong = lib.flatMap((f) => imports(f).filter((i) => i.endsWith('.astro') || /\/(pages|components)\//.test(i)).map((i) => `${f} → ${i}`));
    expect(wrong).toEqual([]);
  });

  it('reads the content collections in content.ts only', () => {
    const valueImports = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*import\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]);
    expect(lib.filter((f) => valueImports(f).includes('astro:content'))).toEqual([join('src/lib', 'content.ts')]);
  });

  it('has no import circle between its modules (type-only imports count)', () => {
    const resolve = (from: string, spec: string) => {
      if (!spec.startsWith('.')) return undefined;
      const base = normalize(join(dirname(from), spec)).replace(/\.ts$/, '');
      return [`${base}.ts`, join(base, 'index.ts')].find((f) => lib.includes(f) && existsSync(f));
    };
    const edges = new Map(lib.filter((f) => !f.endsWith('.test.ts')).map((f) => [f, imports(f).map((i) => resolve(f, i)).filter((t): t is string => Boolean(t))]));
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') return void circles.push([...path.slice(path.indexOf(file)), file].join(' → '));
      state.set(file, 'open');
      for (const next of edges.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of edges.keys()) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('is not imported by the schemas: they are the layer below it', () => {
    const schemas = files('src/schemas').filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(schemas.flatMap((f) => imports(f).filter((i) => /(^|\/)lib\//.test(i)).map((i) => `${f} → ${i}`))).toEqual([]);
  });

  it('the check itself sees an import of a component', () => {
    expect(imports('src/components/mdx-components.ts')).toContain('./Term.astro');
  });
});
