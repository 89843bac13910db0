/**
 * The layers stay apart: src/lib holds plain TypeScript that pages and scripts use, so it imports
 * no .astro component and nothing from pages or components; only content.ts reads the content
 * collections (astro:content), so loading happens in one place.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    expect(lib.filter((f) => imports(f).includes('astro:content'))).toEqual([join('src/lib', 'content.ts')]);
  });

  it('the check itself sees an import of a component', () => {
    expect(imports('src/components/mdx-components.ts')).toContain('./Term.astro');
  });
});
