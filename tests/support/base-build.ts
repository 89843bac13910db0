/**
 * Builds the site under a base path into a temporary folder, as a host would publish it there; in
 * a copy of the project (scripts/project-copy.ts), so it writes nothing in the project itself.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyProject } from '../../scripts/project-copy';

/** Returns the web root; the site itself is in `${root}${base}`. */
export function buildUnderBase(base: string, extraEnv: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'fc-base-'));
  chmodSync(root, 0o755);
  const out = join(root, base);
  // Vitest puts Vite's own variables (BASE_URL="/", MODE, PROD…) into process.env; a child
  // build that inherits BASE_URL would render import.meta.env.BASE_URL as "/" and ignore the base.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*)$/.test(key),
    ),
  );
  const project = copyProject('base');
  const run = (args: string[]) => {
    const result = spawnSync(process.execPath, args, {
      cwd: project,
      encoding: 'utf8',
      env: { ...env, ...extraEnv, BASE_PATH: base, CONTENT_DIR: './src/content' },
    });
    if (result.status !== 0)
      throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  };
  run([join(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out]);
  run([join(project, 'scripts/index-search.ts'), out]);
  return root;
}
