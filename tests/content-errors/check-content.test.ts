/** `npm run check:content` on a copy of the content in which one entry was last reviewed long ago. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
});
afterAll(() => rmSync(content, { recursive: true, force: true }));

function checkContent(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.mjs'), '--today', '2026-11-22', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content },
  });
  return { status: result.status, output: result.stdout + result.stderr };
}

it('lists exactly the entry reviewed more than 12 months ago, with its owner', () => {
  const { status, output } = checkContent();
  expect(status).toBe(0);
  expect(output).toMatch(/^Granskning 2026-11-22: \d+ poster, 1 senast granskade före 2025-11-22/);
  expect(output).toContain('/glossary/bvc.yaml\n    Barnavårdscentral\n    senast granskad: 2024-01-15\n    ansvarig: Regional samordnare för familjecentraler, Region Dalarna');
  expect(output.match(/^- /gm)).toHaveLength(1);
});

it('with --strict, fails when something is overdue, for a scheduled job', () => {
  expect(checkContent('--strict').status).toBe(1);
  expect(checkContent('--strict', '--months', '36').status).toBe(0);
});
