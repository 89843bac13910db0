// `npm test`: every test, in the order a failure is cheapest to find.
//   1. astro check (types)     2. unit tests and invalid-content tests (vitest)
//   3. the build (Astro, then the Pagefind index)
//   4. checks over the built HTML and browser tests in Chromium (vitest, tests/site and tests/e2e)
// It ends with one line "tests: N passed, N failed" summing every vitest run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
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

function vitest(label, config) {
  const output = join(reports, `${label.replace(/\W+/g, '-')}.json`);
  const ok = run(label, 'npx', ['vitest', 'run', '--config', config, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`]);
  try {
    const report = JSON.parse(readFileSync(output, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests + (ok ? 0 : report.numFailedTests === 0 ? 1 : 0);
  } catch {
    failed += 1; // the runner itself failed before writing a report
  }
  return ok;
}

const steps = [
  () => run('Typkontroll (astro check)', 'npx', ['astro', 'check']) || ((failed += 1), false),
  () => vitest('Enhetstester och innehållsfel', 'vitest.config.ts'),
  () => run('Bygge', 'npm', ['run', 'build']) || ((failed += 1), false),
  () => vitest('Webbplatsen och webbläsartester', 'tests/vitest.site.config.ts'),
];

for (const step of steps) {
  if (!step()) break;
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
