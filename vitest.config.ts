/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests beside the modules in src/, plus the invalid-content suite, which builds
// broken copies of the content and reads the messages editors would see.
// getViteConfig lets schema modules import `astro:content` under test.
export default getViteConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'bench/**/*.test.ts',
      'scripts/**/*.test.ts',
      'tests/content-errors/**/*.test.ts',
    ],
    testTimeout: 120_000,
    // One worker runs many files (no fresh module graph per file): about a third less CPU. The unit
    // tests hold no state between files; each broken-content build runs in a copy of its own.
    isolate: false,
  },
});
