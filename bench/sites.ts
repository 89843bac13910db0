// The sites the bench builds, each in a temporary folder sharing the project's node_modules:
// the site at its real size, the site at 1,000 centres (spread over all 290 kommuner, so each
// kommun has a page), and bare Astro + MDX + Pagefind sites with as many plain pages (the floor).
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..');
const SITE_FILES = [
  'src',
  'public',
  'scripts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
];

function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `fc-bench-${name}-`));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** A copy of the site as it is. */
export function realSite(): string {
  const dir = tempDir('real');
  for (const item of SITE_FILES) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  return dir;
}

/**
 * A copy with centres added until there are `total`: each a copy of a real centre under a new id,
 * in the next kommun of all the country's kommuner in turn.
 */
export function largeSite(total = 1000, model = 'mora.md'): string {
  const dir = realSite();
  const centres = join(dir, 'src/content/centres');
  const text = readFileSync(join(centres, model), 'utf8');
  const geojson = JSON.parse(readFileSync(join(ROOT, 'src/data/geo/kommuner.geojson'), 'utf8')) as {
    features: { properties: { code: string } }[];
  };
  const kommuner = geojson.features.map((f) => f.properties.code);
  const existing = readdirSync(centres).length;
  for (let i = 0; i < total - existing; i++) {
    const kommun = kommuner[i % kommuner.length];
    writeFileSync(
      join(centres, `bench-${i + 1}.md`),
      text
        .replace(/^name: .*$/m, `name: Testcentral ${i + 1}`)
        .replace(/^kommun: .*$/m, `kommun: '${kommun}'`),
    );
  }
  return dir;
}

/** A bare Astro site with MDX and Pagefind, `pages` plain MDX pages of about a centre page's text. */
export function floorSite(pages: number): string {
  const dir = tempDir('floor');
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  mkdirSync(join(dir, 'src/layouts'), { recursive: true });
  writeFileSync(
    join(dir, 'src/layouts/Page.astro'),
    '---\nconst { frontmatter } = Astro.props;\n---\n<html lang="sv"><head><meta charset="utf-8"><title>{frontmatter.title}</title></head><body><main data-pagefind-body><slot /></main></body></html>\n',
  );
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'floor', type: 'module', private: true }),
  );
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n",
  );
  const paragraph =
    'En familjecentral samlar mödrahälsovård, barnhälsovård, öppen förskola och socialtjänstens förebyggande verksamhet under ett tak. ';
  for (let i = 1; i <= pages; i++) {
    writeFileSync(
      join(dir, `src/pages/sida-${i}.mdx`),
      `---\ntitle: Sida ${i}\nlayout: ../layouts/Page.astro\n---\n\n# Sida ${i}\n\n${paragraph.repeat(6)}\n\n## Mer\n\n${paragraph.repeat(4)}\n`,
    );
  }
  return dir;
}

export function remove(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
