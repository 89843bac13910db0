/**
 * A translation made from an earlier Swedish text: when one word of the Swedish easy-read text
 * changes in a copy, the build marks every translation of it outdated, in the page's own language,
 * and the review page and `npm run check:content` list them. (That an unchanged text marks none is
 * checked on the real build, tests/site/translations.test.ts.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parse } from 'node-html-parser';
import yaml from 'js-yaml';
import { expect, it } from 'vitest';
import { buildWithMistake, edit } from './broken-site';
import { LANGUAGES } from '../../src/lib/translation/languages';
import type { TranslationLanguage } from '../../src/schemas/translation-vocabulary';

const ROOT = resolve(import.meta.dirname, '../..');
const translationsDir = join(ROOT, 'src/content/oversattningar');
const translations = readdirSync(translationsDir, { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => ({ id: f.replace(/\.mdx$/, ''), ...(yaml.load(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(translationsDir, f), 'utf8'))![1]) as { lang: TranslationLanguage; translates: string }) }));

it('marks every translation of a changed Swedish text outdated, in its own language, and lists them for review', () => {
  expect(translations.length, 'the content has translations to test').toBeGreaterThan(0);
  const swedish = translations[0].translates;
  const ofIt = translations.filter((t) => t.translates === swedish);
  const seen: { notes: Map<string, string>; review: number; check: string } = { notes: new Map(), review: 0, check: '' };
  const result = buildWithMistake(
    (root) => edit(root, `src/content/lattlast/${swedish}.mdx`, /\n\n(\S)/, '\n\nNy mening.\n\n$1'),
    undefined,
    (root) => {
      for (const t of ofIt) seen.notes.set(t.id, parse(readFileSync(join(root, 'dist', t.id, 'index.html'), 'utf8')).querySelector('[data-translation-outdated]')?.textContent ?? '');
      seen.review = parse(readFileSync(join(root, 'dist/redaktion/granskning/index.html'), 'utf8')).querySelectorAll('[data-outdated-translation]').length;
      const check = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.mjs'), '--strict'], { cwd: root, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: join(root, 'src/content') } });
      seen.check = check.stdout;
    },
  );
  expect(result.ok, result.output).toBe(true);
  for (const t of ofIt) expect(seen.notes.get(t.id), t.id).toBe(LANGUAGES[t.lang].outdated);
  expect(seen.review).toBe(ofIt.length);
  for (const t of ofIt) expect(seen.check).toContain(`oversattningar/${t.id}.mdx: översätter ${swedish}`);
});
