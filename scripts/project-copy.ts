/**
 * A copy of the project to build in: its sources and configuration (not its tests), with
 * node_modules linked. A build in a copy writes its Astro types and, with CONTENT_DIR set, its
 * cache in the copy, so it never rewrites a file another step is reading in the project itself
 * (npm test builds while the type check and the linter run). The site built in a copy is the same,
 * file for file, as one built in place (scripts/compare-builds.ts).
 */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const PROJECT = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Copies the project into a new folder under the system's temporary folder; returns the copy. */
export function copyProject(name: string): string {
  const project = join(mkdtempSync(join(tmpdir(), `fc-${name}-`)), 'project');
  for (const item of PROJECT) cpSync(join(ROOT, item), join(project, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}
