/**
 * A translator's round trip on a copy of the content: `translations:export` writes the language's
 * units as XLIFF; the file is edited as a translation tool edits it (a target changed, units
 * marked reviewed, a unit removed, a unit whose Swedish has changed since); `translations:import`
 * takes it back: the changed text replaces the translation, reviewed units are recorded as checked
 * with the translator's role and the day, the stale unit is refused and named, and nothing else in
 * the content changes. The units are read from the export itself, so the test holds for any content.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import yaml from 'js-yaml';
import { defined } from '../support/defined';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'fc-xliff-'));
const content = join(work, 'content');
cpSync(join(ROOT, 'src/content'), content, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (script: string, ...args: string[]) =>
  spawnSync(join(ROOT, 'node_modules/.bin/node'), [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: content },
  });
/** Every file under a folder with its text, by path below it. */
const snapshot = (dir: string) =>
  new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ya?ml|mdx?)$/.test(f))
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
const unit = (xml: string, id: string) =>
  new RegExp(
    `<trans-unit id="${id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"[\\s\\S]*?</trans-unit>`,
  ).exec(xml)?.[0];

it('exports every unit of a language, and takes back only what the translator changed or reviewed, refusing a stale unit by name', () => {
  const exported = join(work, 'fi.xlf');
  const out = run('translations-export.ts', '--lang', 'fi', '--out', exported);
  expect(out.status, out.stderr).toBe(0);
  const xml = readFileSync(exported, 'utf8');
  const ids = [...xml.matchAll(/<trans-unit id="([^"]+)"/g)].map(([, id = '']) => id);
  const phrases = ids.filter((i) => i.startsWith('phrase/'));
  const sentences = ids.filter((i) => i.startsWith('sentence/'));
  const lines = ids.filter((i) => i.startsWith('text/'));
  const centreTexts = ids.filter((i) => i.startsWith('centre/'));
  expect(centreTexts.length).toBeGreaterThan(0);
  expect(phrases.length).toBeGreaterThan(3);
  expect(sentences.length).toBeGreaterThan(0);
  expect(lines.length).toBeGreaterThan(0);

  // As a tool edits it: a changed target, two units reviewed, one unit removed, one stale source.
  const [changed = '', reviewed = '', removed = '', stale = ''] = phrases;
  const [sentence = ''] = sentences;
  const unitOf = (id: string) => defined(unit(xml, id), `the unit ${id}`);
  let edited = xml;
  const target = defined(/<target>([\s\S]*?)<\/target>/.exec(unitOf(changed))?.[1], 'a target');
  edited = edited.replace(
    unitOf(changed),
    unitOf(changed).replace(`<target>${target}</target>`, `<target>${target} (granskad)</target>`),
  );
  for (const id of [reviewed, sentence])
    edited = edited.replace(unitOf(id), unitOf(id).replace('approved="no"', 'approved="yes"'));
  // A centre's text: translated anew and reviewed in one go.
  const [centreText = ''] = centreTexts;
  edited = edited.replace(
    unitOf(centreText),
    unitOf(centreText)
      .replace('approved="no"', 'approved="yes"')
      .replace(/<target>[\s\S]*?<\/target>|<target\/>/, '<target>Uusi käännös</target>'),
  );
  edited = edited.replace(unitOf(removed), '');
  edited = edited.replace(
    unitOf(stale),
    unitOf(stale).replace(/<source>([\s\S]*?)<\/source>/, '<source>$1 (äldre)</source>'),
  );
  const back = join(work, 'fi-back.xlf');
  writeFileSync(back, edited);

  const before = snapshot(content);
  const result = run(
    'translations-import.ts',
    back,
    '--role',
    'Auktoriserad translator',
    '--date',
    '2026-12-06',
  );
  expect(result.status).toBe(1);
  expect(result.stdout).toContain(
    `Avvisad: ${stale}: its Swedish source has changed since the export`,
  );
  const after = snapshot(content);

  // Only the phrase file, the reviewed sentence's file and the centre's texts changed.
  const changedFiles = [...after.keys()].filter((f) => after.get(f) !== before.get(f)).sort();
  const sentenceFile = `oversattningar-foraldratexter/fi/${sentence.slice('sentence/'.length)}.yaml`;
  const [, centre = '', field = ''] = /^centre\/([^/]+)\/(.+)$/.exec(centreText) ?? [];
  const centreFile = `oversattningar-familjecentraler/fi/${centre}.yaml`;
  expect(changedFiles).toEqual(['oversattningar-fraser/fi.yaml', sentenceFile, centreFile].sort());
  expect(
    (yaml.load(after.get(centreFile)!) as { texts: Record<string, unknown>[] }).texts.find(
      (t) => t.field === field,
    ),
  ).toMatchObject({
    text: 'Uusi käännös',
    checked: true,
    translatedBy: 'Auktoriserad translator',
    translatedOn: new Date('2026-12-06T00:00:00Z'),
  });

  const units = (
    yaml.load(after.get('oversattningar-fraser/fi.yaml')!) as { phrases: Record<string, unknown>[] }
  ).phrases;
  const old = (
    yaml.load(before.get('oversattningar-fraser/fi.yaml')!) as {
      phrases: Record<string, unknown>[];
    }
  ).phrases;
  const of = (list: Record<string, unknown>[], id: string) =>
    list.find((p) => p.id === id.slice('phrase/'.length))!;
  expect(of(units, changed)).toMatchObject({
    text: `${of(old, changed).text as string} (granskad)`,
    translatedBy: 'Auktoriserad translator',
    checked: false,
  });
  expect(of(units, reviewed)).toMatchObject({
    text: of(old, reviewed).text,
    translatedBy: 'Auktoriserad translator',
    checked: true,
  });
  expect(of(units, reviewed).translatedOn).toEqual(new Date('2026-12-06T00:00:00Z'));
  for (const id of [removed, stale]) expect(of(units, id)).toEqual(of(old, id));
  // No unit but the two taken changed in the file.
  expect(
    units
      .filter((p, i) => JSON.stringify(p) !== JSON.stringify(old[i]))
      .map((p) => `phrase/${p.id as string}`)
      .sort(),
  ).toEqual([changed, reviewed].sort());
  expect(yaml.load(after.get(sentenceFile)!)).toMatchObject({
    checked: true,
    translatedBy: 'Auktoriserad translator',
  });

  // Exported again, the file says what was taken.
  const again = join(work, 'fi-again.xlf');
  expect(run('translations-export.ts', '--lang', 'fi', '--out', again).status).toBe(0);
  const next = readFileSync(again, 'utf8');
  expect(unit(next, reviewed)).toContain('approved="yes"');
  expect(unit(next, changed)).toContain(`${target} (granskad)`);
});
