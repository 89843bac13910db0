/** `npm run check:content` on a copy of the content in which one entry was last reviewed long ago. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
let content: string;

beforeAll(() => {
  content = mkdtempSync(join(tmpdir(), 'fc-review-'));
  cpSync(join(ROOT, 'src/content'), content, { recursive: true });
  const file = join(content, 'glossary/bvc.yaml');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^lastReviewed: .*$/m, 'lastReviewed: 2024-01-15'));
  // One centre gets a recent event: its status is then current, and only the others are listed as stale.
  const borlange = join(content, 'centres/borlange.md');
  writeFileSync(
    borlange,
    readFileSync(borlange, 'utf8').replace(
      /^services:$/m,
      '  - event: i-drift\n    date: 2026-06\n    source: borlange-sopranen-2024\nservices:',
    ),
  );
});
afterAll(() => rmSync(content, { recursive: true, force: true }));

function checkContent(...args: (string | Record<string, string>)[]) {
  const env = args.find((a): a is Record<string, string> => typeof a !== 'string') ?? {};
  const flags = args.filter((a): a is string => typeof a === 'string');
  const result = spawnSync(
    process.execPath,
    [join(ROOT, 'scripts/check-content.ts'), '--today', '2026-11-22', ...flags],
    {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: content, ...env },
    },
  );
  return { status: result.status, output: result.stdout + result.stderr };
}

it('lists exactly the entry reviewed more than 12 months ago, with its owner', () => {
  const { status, output } = checkContent();
  expect(status).toBe(0);
  expect(output).toMatch(/^Granskning 2026-11-22: \d+ poster, 1 senast granskade före 2025-11-22/);
  expect(output).toContain(
    '/glossary/bvc.yaml\n    Barnavårdscentral\n    senast granskad: 2024-01-15\n    ansvarig: Regional samordnare för familjecentraler, Region Dalarna',
  );
  expect(output.match(/^- /gm)).toHaveLength(1);
});

it('with --strict, fails when something is overdue or a status is stale, for a scheduled job', () => {
  expect(checkContent('--strict').status).toBe(1);
  // Reviews within 36 months, but statuses from 2019 remain: still a failure.
  expect(checkContent('--strict', '--months', '36').status).toBe(1);
  // A content folder with only recent, reviewed entries passes.
  const fresh = mkdtempSync(join(tmpdir(), 'fc-fresh-'));
  try {
    mkdirSync(join(fresh, 'sources'));
    mkdirSync(join(fresh, 'centres'));
    const review = 'owner: Regional samordnare, Region Dalarna\nlastReviewed: 2026-11-01\n';
    writeFileSync(
      join(fresh, 'sources/kalla.yaml'),
      `title: Nyhet\npublisher: Kommunen\ndate: 2026-10-01\nkind: nyhet\n${review}`,
    );
    writeFileSync(
      join(fresh, 'centres/ny.md'),
      `---\nname: Ny familjecentral\nstatus: öppen\nevents:\n  - { event: oppnad, date: 2026-10-01, source: kalla }\nsources: [kalla]\n${review}---\n\nText.\n`,
    );
    expect(checkContent('--strict', { CONTENT_DIR: fresh }).status).toBe(0);
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
});

it('lists each centre whose status is more than two years old or undated, with its owner, and not one with a recent event', () => {
  const { output } = checkContent();
  const section = output.slice(output.indexOf('Status äldre än två år'));
  expect(section).toMatch(
    /avesta\.md\n {4}Familjecentral i Avesta: öppen, läget 2019 \(region-dalarna-socialchefsnatverket-2020\)\n {4}ansvarig: Regional samordnare/,
  );
  expect(section).not.toContain('borlange.md');
});
