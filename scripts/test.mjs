// `npm test`: every test, in the order a failure is cheapest to find.
//   1. astro check (types)
//   2. unit tests and invalid-content tests (vitest)
//   3. the build (Astro, then the Pagefind index)
//   4. checks over the built HTML (html-validate, the Nu HTML Checker, links, metadata) and
//      browser tests in Chromium, and the site behind nginx (vitest, tests/site, e2e, deploy)
//   5. a second region: the fixture under tests/fixtures/region-18 gets its kommun texts from
//      `npm run region:new -- --lan 18`, is built, and passes the same site checks
// It ends with one line "tests: N passed, N failed" summing every vitest run.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'fc-test-'));
let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function vitest(label, config, files = [], env = {}) {
  const output = join(reports, `${label.replace(/\W+/g, '-')}.json`);
  const ok = run(label, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`, ...files], env);
  try {
    const report = JSON.parse(readFileSync(output, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + (ok ? 0 : report.numFailedTests === 0 ? 1 : 0);
  } catch {
    failed += 1; // the runner itself failed before writing a report
  }
  return ok;
}

const step = (ok) => ok || ((failed += 1), false);

/** The fixture region, copied so region:new writes into the copy, built into its own folder. */
function fixtureRegion() {
  const work = mkdtempSync(join(tmpdir(), 'fc-region-18-'));
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  cpSync('tests/fixtures/region-18/content', content, { recursive: true });
  const env = { CONTENT_DIR: content, SITE_DIST: dist };
  return (
    step(run('Region 18: npm run region:new -- --lan 18', 'npm', ['run', 'region:new', '--', '--lan', '18', '--region', 'Region Örebro län', '--today', '2026-11-23'], env)) &&
    step(run('Region 18: bygge', 'npx', ['astro', 'build', '--outDir', dist], env)) &&
    step(run('Region 18: sökindex', 'node', ['scripts/index-search.mjs', dist], env)) &&
    vitest('Region 18: webbplatsens kontroller', 'tests/vitest.site.config.ts', ['tests/site'], env)
  );
}

const steps = [
  () => step(run('Typkontroll (astro check)', 'npx', ['astro', 'check'])),
  () => vitest('Enhetstester och innehållsfel', 'vitest.config.ts'),
  () => step(run('Bygge', 'npm', ['run', 'build'])),
  () => vitest('Webbplatsen och webbläsartester', 'tests/vitest.site.config.ts'),
  fixtureRegion,
];

for (const s of steps) {
  if (!s()) break;
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
