/** Debian's Chromium, never a downloaded one, with the flags a machine without internet needs. */
import { existsSync } from 'node:fs';

export function chromiumPath(): string {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`Chromium not found at ${path}: install Debian's chromium or set CHROME_PATH`);
  return path;
}

// Without the background-networking flags Chromium tries to reach Google's hosts at every start.
// `--max-opt=1`: V8 compiles scripts to its baseline code and no further. The tests load axe-core
// and each page's scripts anew on every page they open, so optimising them again each time cost more
// than it saved: the accessibility visit takes a sixth less of Chromium's CPU time, the editor and
// the search the same as before. What a script does is the same at every tier.
export const CHROMIUM_ARGS = [
  '--js-flags=--max-opt=1',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
