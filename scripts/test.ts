// `npm test`: every test, in the order a failure is cheapest to find, with independent steps side
// by side on the two cores a CI machine has:
//   astro check (types, scripts and bench included), then ESLint and Prettier
//     ‖  1. unit tests and invalid-content builds (vitest);
//        2. the builds: a second region (the fixture under tests/fixtures/region-18 gets its kommun
//           texts from `npm run region:new -- --lan 18`), then the site itself into dist/ (Astro,
//           then the Pagefind index);
//        3. checks over the built HTML and browser tests in Chromium, and the site behind nginx
//           ‖  the same site checks over the second region's build.
// The type check and the linter take one core for over a minute while the rest needs two, so
// the rest does not wait for them. Each build runs in a copy of the project of its own (its own
// Astro types and cache), so it never rewrites a file the type check or the linter is reading;
// the site built in a copy is the same, file for file, as one built in place
// (scripts/compare-builds.ts). Steps run side by side print their output when they finish, each
// under its own heading, and each step's time is printed. It ends with one line
// "tests: N passed, N failed" summing every vitest run.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { copyProject } from './project-copy.ts';

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

/**
 * A copy of the project to build in (scripts/project-copy.ts), with `content` as its content
 * folder (its own by default), and so, by astro.config.mjs, an Astro cache of its own.
 */
function projectCopy(name: string, content?: string): RunOptions {
  const project = copyProject(name);
  const env = { CONTENT_DIR: content ?? './src/content' };
  return { env, live: false, cwd: project };
}

/** Builds a site in a copy of the project: Astro into `dist`, then its search index. */
async function buildInCopy(label: string, copy: RunOptions, dist: string): Promise<boolean> {
  return (
    step(await run(`${label}bygge`, 'npx', ['astro', 'build', '--outDir', dist], copy)) &&
    step(await run(`${label}sökindex`, 'node', ['scripts/index-search.ts', dist], copy))
  );
}

/**
 * The fixture region: its content copied so region:new writes into the copy, then built. Returns
 * what its site checks need, or nothing on failure.
 */
async function buildFixtureRegion(): Promise<RunOptions | undefined> {
  const work = mkdtempSync(join(tmpdir(), 'fc-region-18-'));
  const content = join(work, 'content');
  const dist = join(work, 'dist');
  cpSync('tests/fixtures/region-18/content', content, { recursive: true });
  const copy = projectCopy('region-18', content);
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
        copy,
      ),
    ) && (await buildInCopy('Region 18: ', copy, dist));
  return built ? { env: { CONTENT_DIR: content, SITE_DIST: dist }, live: false } : undefined;
}

/** The site into dist/, built in a copy of the project. */
const buildSite = () => buildInCopy('', projectCopy('site'), resolve('dist'));

/**
 * Whether the Debian packages the browser tests need are there: at once, unless .ci/run is still
 * installing them beside the run (SYSTEM_PACKAGES_DONE names the file that will hold apt's exit
 * status); then when it is done, with apt's output shown if it failed.
 */
async function systemPackagesInstalled(): Promise<boolean> {
  const done = process.env.SYSTEM_PACKAGES_DONE;
  if (!done) return true;
  const started = Date.now();
  while (!existsSync(done)) await new Promise((resolve) => setTimeout(resolve, 250));
  const waited = (Date.now() - started) / 1000;
  timings.push(['Väntan på Debians paket (.ci/run)', waited]);
  if (readFileSync(done, 'utf8').trim() === '0') return true;
  const log = process.env.SYSTEM_PACKAGES_LOG;
  console.log(
    `\n▶ Debians paket\n${log && existsSync(log) ? readFileSync(log, 'utf8') : ''}\nInstallationen från Debian misslyckades.`,
  );
  return step(false);
}

/** The tests after the type check: unit tests, the builds, then the checks of the built sites. */
async function testsAndSites(): Promise<boolean> {
  if (!(await vitest('Enhetstester och innehållsfel', 'vitest.config.ts'))) return false;
  const fixture = await buildFixtureRegion();
  if (!fixture || !(await buildSite())) return false;
  const results = await Promise.all([
    systemPackagesInstalled().then(
      (ready) => ready && vitest('Webbplatsen och webbläsartester', 'tests/vitest.site.config.ts'),
    ),
    // The same checks but the Nu checker's, which looks for what only the layout can get wrong
    // (a script after </html>) and so finds the same on every region's build.
    vitest(
      'Region 18: webbplatsens kontroller',
      'tests/vitest.site.config.ts',
      ['tests/site', '--exclude', 'tests/site/nu-checker.test.ts'],
      fixture,
    ),
  ]);
  return results.every(Boolean);
}

/** The type check, then the linter and Prettier. */
async function typesAndStyle(): Promise<boolean> {
  const typed = step(
    await run('Typkontroll (astro check)', 'npx', ['astro', 'check'], { live: false }),
  );
  const styled = step(
    await run('Kodstil (ESLint, Prettier)', 'npm', ['run', 'lint'], { live: false }),
  );
  return typed && styled;
}

const started = Date.now();
await Promise.all([typesAndStyle(), testsAndSites()]);
console.log(
  `\n${timings.map(([label, s]) => `  ${label}: ${s.toFixed(0)} s`).join('\n')}\n  i allt: ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
