/**
 * The order the site and browser test files start in: the longest first, so that on two cores the
 * run does not end with one long file alone on one core while the other waits. Vitest orders by
 * the last run's times when it has them, which a fresh clone in CI does not: this list holds the
 * files measured longest (`npm test` prints each file's time); the rest follow as Vitest orders them.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const LONGEST = [
  'e2e/accessibility',
  'e2e/editor',
  'e2e/search',
  'e2e/first-screen',
  'e2e/keyboard',
  'e2e/languages',
  'e2e/start-kit',
  'e2e/layout-shift',
  'site/nu-checker',
  'e2e/directory',
  'deploy/nginx',
  'site/html-valid',
  'e2e/print',
];

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (f: TestSpecification) => {
      const i = LONGEST.findIndex((name) => f.moduleId.endsWith(`/tests/${name}.test.ts`));
      return i < 0 ? LONGEST.length : i;
    };
    return [...(await super.sort(files))].sort((a, b) => rank(a) - rank(b));
  }
}
