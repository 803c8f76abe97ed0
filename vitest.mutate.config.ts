import { defineConfig } from 'vitest/config';

/**
 * The vitest configuration Stryker runs (see scripts/mutate.ts): only the pure unit tests of the folder
 * being mutated, named by the script in GONGKAI_MUTATE_TESTS. Database, HTTP and browser tests would
 * make each of the thousands of mutant runs take seconds; the rule folders are meant to be pinned by
 * their own unit tests.
 */
const tests = (process.env.GONGKAI_MUTATE_TESTS ?? '').split(',').filter((t) => t !== '');
if (tests.length === 0) throw new Error('GONGKAI_MUTATE_TESTS is empty: run mutation testing through `npm run mutate`');

export default defineConfig({
  test: {
    include: tests,
    testTimeout: 20_000,
    reporters: ['default'],
  },
});
