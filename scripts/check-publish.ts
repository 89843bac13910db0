// `npm run check:publish`: what a content change needs before it goes live, in about a minute:
// the build (which checks all content and stops naming file, field, value and what is expected),
// the search index, and the checks of the built site that need no browser: html-validate and the
// W3C Nu HTML Checker, links and anchors, the Content-Security-Policy, metadata, open data and
// feeds (tests/site). The browser tests, nginx and the second region run in `npm test`.
import { spawnSync } from 'node:child_process';

const started = Date.now();
const run = (label: string, command: string, args: string[]) => {
  console.log(`\n▶ ${label}`);
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0;
};
const ok =
  run('Bygge (innehållets kontroller, Astro och sökindex)', 'npm', ['run', 'build']) &&
  run(
    'Den byggda webbplatsen (html, Nu HTML Checker, länkar, CSP, metadata, öppna data, flöden)',
    'npx',
    ['vitest', 'run', '--config', 'tests/vitest.site.config.ts', 'tests/site'],
  );
console.log(
  `\n${ok ? 'Klart att publicera' : 'Stoppat: rätta det som står ovan och kör igen'} (${((Date.now() - started) / 1000).toFixed(0)} s).`,
);
process.exit(ok ? 0 : 1);
