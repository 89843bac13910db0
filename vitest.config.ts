/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests beside the modules in src/, plus the invalid-content suite, which builds
// broken copies of the content and reads the messages editors would see.
// getViteConfig lets schema modules import `astro:content` under test.
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'bench/**/*.test.mjs', 'tests/content-errors/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
