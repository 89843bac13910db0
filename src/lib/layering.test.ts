/**
 * The layers stay apart. src/lib holds plain TypeScript that pages and scripts use, so it imports
 * no .astro component and nothing from pages or components; only content/collections.ts reads the
 * content collections (astro:content; a type-only import reads nothing), so loading happens in one
 * place; each folder imports only from the folders below it (LAYERS), so no folder reaches itself
 * again; and no module reaches itself again through its imports (no import circle).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The parts of the house from the bottom up. A module may import from its own part and from any
 * part in a lower row; two parts in one row stay independent of each other. "shared" is the
 * modules at the top of src/lib; "load-site" is src/load-site.ts, above src/lib, which alone sees
 * every part.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['data', 'schemas'],
  ['shared'],
  ['content'],
  ['map', 'search'],
  ['register'],
  ['telling'],
  ['translation'],
  ['follow-up', 'start-kit', 'templates', 'site', 'editor'],
  ['load-site'],
];
/** At most this many modules at the top of src/lib: what every part shares. */
const MAX_TOP_MODULES = 8;

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );
const imports = (file: string) =>
  [
    ...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^;]*?from\s+['"]([^'"]+)['"]/gm),
  ].map(([, spec = '']) => spec);
const isModule = (f: string) => f.endsWith('.ts') && !f.endsWith('.test.ts');
const lib = files('src/lib').filter((f) => f.endsWith('.ts'));
const modules = lib.filter(isModule);
const folders = readdirSync('src/lib', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

/** The part of the house a file of src/ belongs to: a folder of src/lib, "shared", "load-site", "schemas" or "data". */
function partOf(file: string): string {
  const [top = '', second, third] = relative('src', file).split(/[\\/]/);
  if (top === 'lib') return third ? (second ?? top) : 'shared';
  return top.replace(/\.ts$/, '');
}

const layerOf = (part: string) => LAYERS.findIndex((row) => row.includes(part));

/** Where a relative import leads, as a file of src/ (with its .ts added), or undefined for a package. */
function target(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = normalize(join(dirname(from), spec.replace(/\?.*$/, '')));
  return (
    [base, `${base.replace(/\.ts$/, '')}.ts`, join(base, 'index.ts')].find(
      (f) => existsSync(f) && statSync(f).isFile(),
    ) ?? base
  );
}

/** The imports of a file that go to a part above its own, or sideways to another part of its row. */
function upwardImports(file: string, specs: readonly string[]): string[] {
  return specs.flatMap((spec) => {
    const to = target(file, spec);
    if (!to || !to.startsWith('src/')) return [];
    const [from, into] = [partOf(file), partOf(to)];
    return from === into || layerOf(into) < layerOf(from)
      ? []
      : [`${file} (${from}) → ${spec} (${into})`];
  });
}

describe('src/lib', () => {
  it('imports no .astro file and nothing from pages or components', () => {
    const wrong = lib.flatMap((f) =>
      imports(f)
        .filter((i) => i.endsWith('.astro') || /\/(pages|components)\//.test(i))
        .map((i) => `${f} → ${i}`),
    );
    expect(wrong).toEqual([]);
  });

  it('reads the content collections in content/collections.ts only', () => {
    const valueImports = (file: string) =>
      [
        ...readFileSync(file, 'utf8').matchAll(
          /^\s*import\s+(?!type\b)[^;]*?from\s+['"]([^'"]+)['"]/gm,
        ),
      ].map(([, spec = '']) => spec);
    expect(lib.filter((f) => valueImports(f).includes('astro:content'))).toEqual([
      join('src/lib', 'content', 'collections.ts'),
    ]);
  });

  it(`keeps at most ${MAX_TOP_MODULES} modules at its top, and every folder is a part with its place in LAYERS`, () => {
    const top = modules.filter((f) => dirname(f) === 'src/lib');
    expect(top.length, top.join(', ')).toBeLessThanOrEqual(MAX_TOP_MODULES);
    expect(folders.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('opens every folder with a README and every module with a comment', () => {
    expect(folders.filter((f) => !existsSync(join('src/lib', f, 'README.md')))).toEqual([]);
    expect(modules.filter((f) => !/^\s*(\/\*\*|\/\/)/.test(readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('imports only from its own part or a part below it (the schemas included)', () => {
    const checked = [
      ...modules,
      'src/load-site.ts',
      'src/lib/content/site-config.ts',
      ...files('src/schemas').filter(isModule),
    ];
    expect(checked.flatMap((file) => upwardImports(file, imports(file)))).toEqual([]);
  });

  it('has no import circle between its modules (type-only imports count)', () => {
    const resolve = (from: string, spec: string) => {
      const to = target(from, spec);
      return to && lib.includes(to) ? to : undefined;
    };
    const edges = new Map(
      modules.map((f) => [
        f,
        imports(f)
          .map((i) => resolve(f, i))
          .filter((t): t is string => Boolean(t)),
      ]),
    );
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open')
        return void circles.push([...path.slice(path.indexOf(file)), file].join(' → '));
      state.set(file, 'open');
      for (const next of edges.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of edges.keys()) visit(file, []);
    expect(circles).toEqual([]);
  });

  it('the checks themselves see an import of a component, and an import that goes up', () => {
    expect(imports('src/components/mdx-components.ts')).toContain('./Term.astro');
    expect(
      upwardImports('src/lib/content/query.ts', [
        '../register/views',
        './bodies',
        '../format',
        'node:fs',
      ]),
    ).toEqual(['src/lib/content/query.ts (content) → ../register/views (register)']);
    expect(
      upwardImports('src/lib/site/pages.ts', ['../editor/review', '../../load-site']),
    ).toHaveLength(2);
    expect(upwardImports('src/lib/format.ts', ['../load-site'])).toHaveLength(1);
    expect(upwardImports('src/schemas/centre.ts', ['../lib/format'])).toHaveLength(1);
  });
});

/**
 * The modules of register/ that compute a status, an age, a step, a figure or a week. A page or a
 * component renders a view (register/views.ts) through the telling (src/lib/telling/); it calls
 * none of these, so a fact is computed once and every channel says the same.
 */
const COMPUTING = [
  'fact-age',
  'status',
  'stages',
  'programme',
  'coverage',
  'age-groups',
  'calendar-feed',
  'centre-view',
  'card',
  'contact',
];
/** The constants and types a page may take from those modules. */
const ALLOWED_NAMES = new Set(['KOMMUN_STATUSES']);

/** The value imports a file of src/pages or src/components takes from a computing module. */
function computingImports(file: string, text: string): string[] {
  return [
    ...text.matchAll(/^\s*import\s+(?!type\b)\{([^}]*)\}\s*from\s+['"]([^'"]+)['"]/gm),
  ].flatMap(([, names = '', spec = '']) => {
    const module = /lib\/register\/([a-z-]+)$/.exec(spec)?.[1];
    if (!module || !COMPUTING.includes(module)) return [];
    return names
      .split(',')
      .map((n) => n.trim())
      .filter((n) => n && !n.startsWith('type ') && !ALLOWED_NAMES.has(n))
      .map((n) => `${file}: ${n} from ${spec}`);
  });
}

describe('pages and components', () => {
  const shown = [...files('src/pages'), ...files('src/components'), ...files('src/layouts')].filter(
    (f) => /\.(astro|ts)$/.test(f),
  );
  it('compute no status, age, step, figure or week: they render the views', () => {
    expect(shown.flatMap((f) => computingImports(f, readFileSync(f, 'utf8')))).toEqual([]);
  });
  it('the check sees a page that computes', () => {
    expect(
      computingImports(
        'src/pages/x.astro',
        "import { regularWeek, type WeekRow } from '../lib/register/programme';\nimport { KOMMUN_STATUSES } from '../lib/register/coverage';\nimport type { AgeView } from '../lib/register/centre-view';",
      ),
    ).toEqual(['src/pages/x.astro: regularWeek from ../lib/register/programme']);
  });
});
