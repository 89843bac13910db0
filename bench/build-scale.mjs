// Build time as the site grows: builds a copy of the site as it is, and a copy with centre
// profiles added until it has about 1,000 pages, and prints how the time per page changes.
// Both builds go to temporary folders; dist/ is not touched.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const TARGET_PAGES = 1000;

function copySite() {
  const dir = mkdtempSync(join(tmpdir(), 'fc-bench-'));
  for (const item of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function build(dir) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', join(dir, 'out')], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.split('\n').filter((l) => !/WARN|│|╭|╰|───|^\s*$/.test(l)).slice(-30).join('\n');
    throw new Error(`build failed in ${dir}:\n${tail}`);
  }
  const pages = Number(/(\d+) page\(s\) built/.exec(result.stdout)?.[1]);
  return { seconds, pages };
}

const small = copySite();
const large = copySite();
try {
  // Each extra centre is a copy of an existing profile under a new id: one more page each.
  const centres = join(large, 'src/content/centres');
  const model = readFileSync(join(centres, 'mora.mdx'), 'utf8');
  const current = build(small);
  const extra = TARGET_PAGES - current.pages;
  for (let i = 1; i <= extra; i++) writeFileSync(join(centres, `bench-${i}.mdx`), model.replace(/^name: .*$/m, `name: Testcentral ${i}`));
  const grown = build(large);
  const perPage = (r) => (r.seconds / r.pages) * 1000;
  console.log(`build: ${current.pages} pages in ${current.seconds.toFixed(1)} s, ${grown.pages} pages in ${grown.seconds.toFixed(1)} s`);
  console.log(`pages ratio (large / real): ${(grown.pages / current.pages).toFixed(1)}`);
  console.log(`build time ratio (large / real): ${(grown.seconds / current.seconds).toFixed(2)}`);
  console.log(`time per page ratio (large / real): ${(perPage(grown) / perPage(current)).toFixed(2)}  (at most 1 means the build scales linearly or better)`);
  console.log(`centre files added: ${readdirSync(centres).filter((f) => f.startsWith('bench-')).length}`);
} finally {
  rmSync(small, { recursive: true, force: true });
  rmSync(large, { recursive: true, force: true });
}
