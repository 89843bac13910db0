/**
 * Every built page is valid HTML by the W3C Nu HTML Checker (vnu.jar, on Debian's headless Java),
 * which sees what html-validate does not: a script after </html>, text before <html>.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { DIST } from '../support/dist';

const JAR = 'node_modules/vnu-jar/build/dist/vnu.jar';
/**
 * A run of a few seconds: Java's first compiler only (half the CPU time of both, same verdicts),
 * with the deeper thread stack the checker's schema then needs (it says 512k at least; 1m overflowed
 * here), and the garbage collector of one thread.
 */
const JAVA = ['-Xss4m', '-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

interface NuMessage {
  type: string;
  url: string;
  message: string;
  lastLine?: number;
}

/**
 * Messages where the checker is out of date, each with why:
 * - paint-order is a CSS property of SVG 2 and CSS Fill and Stroke, in every current browser;
 *   the checker's CSS grammar does not know it yet. The map labels use it for their halo.
 */
const OUTDATED = [/^CSS: “paint-order”: Property “paint-order” doesn't exist\.$/];

it('the Nu HTML Checker finds no error on any page, and does find a script after </html>', () => {
  expect(existsSync(JAR), `${JAR} is missing: run npm install`).toBe(true);
  // A page with the mistake the checker is here for, checked in the same run: the checker must see it.
  const control = join(mkdtempSync(join(tmpdir(), 'fc-nu-')), 'kontroll.html');
  writeFileSync(
    control,
    '<!doctype html><html lang="sv"><head><title>Kontroll</title></head><body><p>Text</p></body></html><script src="/x.js"></script>',
  );
  const result = spawnSync(
    'java',
    [...JAVA, '-jar', JAR, '--errors-only', '--skip-non-html', '--format', 'json', DIST, control],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  expect(
    result.error,
    'Java is missing: install Debian’s default-jre-headless (.ci/run does)',
  ).toBeUndefined();
  const messages = (
    JSON.parse(result.stderr || result.stdout) as { messages: NuMessage[] }
  ).messages.filter((m) => m.type === 'error');
  expect(messages.filter((m) => m.url.endsWith('kontroll.html')).map((m) => m.message)).toContain(
    'Stray start tag “script”.',
  );
  const errors = messages
    .filter(
      (m) =>
        !m.url.endsWith('kontroll.html') && !OUTDATED.some((pattern) => pattern.test(m.message)),
    )
    .map(
      (m) =>
        `${m.url.slice(m.url.indexOf(DIST.replace(/^\.?\//, '')))}:${m.lastLine ?? '?'}: ${m.message}`,
    );
  expect(errors).toEqual([]);
});
