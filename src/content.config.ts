// The collections are defined in src/lib/content/collection-definitions.ts, which Node loads
// here itself (it strips the types), rather than Vite's module runner, which would read,
// transform and run that module and the ~90 it imports one after another before the first entry
// is read.
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);
export const { collections } = load(
  './lib/content/collection-definitions.ts',
) as typeof import('./lib/content/collection-definitions.ts');
