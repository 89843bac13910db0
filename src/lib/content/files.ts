/**
 * Whether a collection's folder holds any entry file. A collection a region does not use yet
 * (no follow-up sent, no news) is then simply empty, without the loader's and getCollection's
 * warnings that would make a normal state look like a mistake in every build log.
 */
import { existsSync, readdirSync } from 'node:fs';

/** File endings of a collection's entries, by the format in src/schemas/index.ts. */
export const ENTRY_EXTENSIONS = { yaml: ['.yaml', '.yml'], mdx: ['.md', '.mdx'] } as const;

export function hasEntryFiles(folder: string, extensions: readonly string[]): boolean {
  if (!existsSync(folder)) return false;
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).some((name) =>
    extensions.some((ext) => name.endsWith(ext)),
  );
}
