/**
 * Builds a copy of the site with one editor mistake in it and returns what the build printed.
 * The copy shares node_modules but has its own content, cache and output, so runs cannot
 * disturb each other or the real build.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { copyProject } from '../../scripts/project-copy';

const ROOT = resolve(import.meta.dirname, '../..');

export interface BuildResult {
  ok: boolean;
  output: string;
}

/**
 * `mutate` receives the copy's root and edits files in it; `command` runs in the copy (the build, by
 * default); `inspect` reads what the command wrote (dist/) before the copy is removed.
 */
export function buildWithMistake(
  mutate: (root: string) => void,
  command: [string, ...string[]] = [join(ROOT, 'node_modules/.bin/astro'), 'build'],
  inspect?: (root: string) => void,
): BuildResult {
  const dir = copyProject('broken');
  try {
    mutate(dir);
    // Its own content folder, and so its own Astro cache (astro.config.mjs), apart from the real build's.
    const result = spawnSync(command[0], command.slice(1), {
      cwd: dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: `${join(ROOT, 'node_modules/.bin')}:${process.env.PATH}`,
        CONTENT_DIR: './src/content',
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    });
    // eslint-disable-next-line no-control-regex -- the escape character (\x1b) starts the terminal's colour codes, which the messages are read without
    const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
    if (result.status === 0) inspect?.(dir);
    return { ok: result.status === 0, output };
  } finally {
    rmSync(dirname(dir), { recursive: true, force: true });
  }
}

/** Replaces text in a file of the copy, failing if the text is not there (so a fixture cannot silently go stale). */
export function edit(root: string, file: string, from: string | RegExp, to: string) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file}: "${from}" not found`);
  writeFileSync(path, next);
}

export function write(root: string, file: string, text: string) {
  writeFileSync(join(root, file), text);
}
