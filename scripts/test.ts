// `npm test`: every test, in the order a failure is cheapest to find, with independent steps side
// by side on the two cores a CI machine has:
//   1. astro check (types, scripts and bench included), then ESLint and Prettier
//                                      ‖  unit tests and invalid-content builds (vitest), then a
//                                         second region: the fixture under tests/fixtures/region-18
//                                         gets its kommun texts from `npm run region:new -- --lan 18`
//                                         and is built, in a copy of the project of its own (so
//                                         its build writes no types the linter is reading)
//   2. the build (Astro, then the Pagefind index)
//   3. checks over the built HTML and browser tests in Chromium, and the site behind nginx
//                                      ‖  the same site checks over the second region's build
// Steps run side by side print their output when they finish, each under its own heading, and
// each step's time is printed. It ends with one line "tests: N passed, N failed" summing every
// vitest run.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const reports = mkdtempSync(join(tmpdir(), 'fc-test-'));
let passed = 0;
let failed = 0;
const timings: [string, number][] = [];

/** Runs a command; its output is shown at once (`live`) or, for a step run beside another, when it ends. */
interface RunOptions {
  env?: Record<string, string>;
  live?: boolean;
  /** The folder the command runs in (the project's own by default). */
  cwd?: string;
}

function run(
  label: string,
  command: string,
  args: string[],
  { env = {}, live = true, cwd }: RunOptions = {},
): Promise<boolean> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: live ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
      cwd,
    });
    const output: Buffer[] = [];
    if (!live) {
      child.stdout?.on('data', (d: Buffer) => output.push(d));
      child.stderr?.on('data', (d: Buffer) => output.push(d));
    }
    if (live) console.log(`\n▶ ${label}`);
    child.on('close', (code) => {
      const seconds = (Date.now() - started) / 1000;
      if (!live) process.stdout.write(`\n▶ ${label}\n${Buffer.concat(output).toString()}`);
      console.log(`  (${label}: ${seconds.toFixed(0)} s)`);
      timings.push([label, seconds]);
      resolve(code === 0);
    });
  });
}

async function vitest(
  label: string,
  config: string,
  files: string[] = [],
  options: RunOptions = {},
): Promise<boolean> {
  const output = join(reports, `${label.replace(/\W+/g, '-')}.json`);
  const ok = await run(
    label,
    'npx',
    [
      'vitest',
      'run',
      '--config',
      config,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${output}`,
      ...files,
    ],
    options,
  );
  try {
    // Vitest's JSON reporter: the two counts this summary adds up.
    const report = JSON.parse(readFileSync(output, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
    };
    passed += report.numPassedTests;
    failed += report.numFailedTests + (ok ? 0 : report.numFailedTests === 0 ? 1 : 0);
  } catch {
    failed += 1; // the runner itself failed before writing a report
  }
  return ok;
}

const step = (ok: boolean) => ok || ((failed += 1), false);

/** What a copy of the project needs to build a site: its sources and configuration, not its tests. */
const PROJECT = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * The fixture region: a copy of the project with the fixture's content, where region:new writes
 * its kommun texts and the site is built. Returns what the site checks need, or nothing on failure.
 */
async function buildFixtureRegion(): Promise<RunOptions | undefined> {
  const work = mkdtempSync(join(tmpdir(), 'fc-region-18-'));
  const project = join(work, 'project');
  for (const item of PROJECT) cpSync(item, join(project, item), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'), 'dir');
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  cpSync('tests/fixtures/region-18/content', content, { recursive: true });
  const env = { CONTENT_DIR: content, SITE_DIST: dist };
  const inCopy = { env, live: false, cwd: project };
  const built =
    step(
      await run(
        'Region 18: npm run region:new -- --lan 18',
        'npm',
        [
          'run',
          'region:new',
          '--',
          '--lan',
          '18',
          '--region',
          'Region Örebro län',
          '--today',
          '2026-11-23',
        ],
        inCopy,
      ),
    ) &&
    step(await run('Region 18: bygge', 'npx', ['astro', 'build', '--outDir', dist], inCopy)) &&
    step(await run('Region 18: sökindex', 'node', ['scripts/index-search.ts', dist], inCopy));
  return built ? { env, live: false } : undefined;
}

/** The site checks over the fixture region's build. */
const checkFixtureRegion = (options: RunOptions) =>
  vitest(
    'Region 18: webbplatsens kontroller',
    'tests/vitest.site.config.ts',
    ['tests/site'],
    options,
  );

const started = Date.now();
/** The fixture region's build, made in the first step. */
let fixture: RunOptions | undefined;
const all = (results: boolean[]) => results.every(Boolean);
const steps = [
  async () =>
    all(
      await Promise.all([
        run('Typkontroll (astro check)', 'npx', ['astro', 'check'], { live: false })
          .then(step)
          .then(
            async (typed) =>
              step(
                await run('Kodstil (ESLint, Prettier)', 'npm', ['run', 'lint'], { live: false }),
              ) && typed,
          ),
        vitest('Enhetstester och innehållsfel', 'vitest.config.ts').then(
          async (ok) => ok && (fixture = await buildFixtureRegion()) !== undefined,
        ),
      ]),
    ),
  async () => step(await run('Bygge', 'npm', ['run', 'build'])),
  async () =>
    all(
      await Promise.all([
        vitest('Webbplatsen och webbläsartester', 'tests/vitest.site.config.ts'),
        fixture ? checkFixtureRegion(fixture) : false,
      ]),
    ),
];

for (const s of steps) {
  if (!(await s())) break;
}
console.log(
  `\n${timings.map(([label, s]) => `  ${label}: ${s.toFixed(0)} s`).join('\n')}\n  i allt: ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
