import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const root = mkdtempSync(join(tmpdir(), 'fc-compare-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A small built site, its calendar stamped with `stamp`. */
function site(name: string, stamp: string, page = '<p>Orsa</p>') {
  const dir = join(root, name);
  mkdirSync(join(dir, 'orsa'), { recursive: true });
  writeFileSync(join(dir, 'orsa/index.html'), page);
  writeFileSync(
    join(dir, 'kalender.ics'),
    `BEGIN:VCALENDAR\r\nDTSTAMP:${stamp}\r\nSUMMARY:Öppna förskolan\r\nEND:VCALENDAR\r\n`,
  );
  return dir;
}
const compare = (a: string, b: string) =>
  spawnSync(process.execPath, ['scripts/compare-builds.ts', a, b], { encoding: 'utf8' });

it('finds two builds the same when only the calendar’s time stamp differs', () => {
  const result = compare(site('a', '20261202T010000Z'), site('b', '20261202T020000Z'));
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('2 filer lika');
});

it('names a page whose bytes differ, and a file only one build has', () => {
  const a = site('c', '20261202T010000Z');
  const b = site('d', '20261202T010000Z', '<p>Mora</p>');
  cpSync(join(b, 'orsa'), join(b, 'mora'), { recursive: true });
  const result = compare(a, b);
  expect(result.status).toBe(1);
  expect(result.stdout).toContain('differs: orsa/index.html');
  expect(result.stdout).toContain(`only in ${b}: mora/index.html`);
});
