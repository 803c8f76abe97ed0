import type { Reporter } from 'vitest/reporters';
import type { RunnerTestCase } from 'vitest';
import { defineConfig } from 'vitest/config';

/**
 * The vitest configuration Stryker runs (see scripts/mutate.ts): only the pure unit tests of the folder
 * being mutated, named by the script in GONGKAI_MUTATE_TESTS. Database, HTTP and browser tests would
 * make each of the thousands of mutant runs take seconds; the rule folders are meant to be pinned by
 * their own unit tests.
 */
const tests = (process.env.GONGKAI_MUTATE_TESTS ?? '').split(',').filter((t) => t !== '');
if (tests.length === 0) throw new Error('GONGKAI_MUTATE_TESTS is empty: run mutation testing through `npm run mutate`');

/**
 * A test file that fails to load (a mutant in code run at import, e.g. a test's top-level
 * `builtinCalendar()` now throwing) has no tests, and Stryker's vitest runner reads "no failed test"
 * as Survived. `npm test` fails on such a file, so here it becomes one failed test and the mutant is
 * Killed, as it should be.
 */
const loadFailureFails: Reporter = {
  onFinished(files = []) {
    for (const file of files) {
      if (file.result?.state !== 'fail' || file.tasks.length > 0) continue;
      const failed = {
        type: 'test', id: `${file.id}_load`, name: 'the test file loads', mode: 'run', file, suite: file, meta: {}, context: {},
        annotations: [], timeout: 0, result: { state: 'fail', errors: file.result.errors ?? [{ message: 'the test file failed to load' }], duration: 0 },
      };
      file.tasks.push(failed as unknown as RunnerTestCase);
    }
  },
};

export default defineConfig({
  test: {
    include: tests,
    testTimeout: 20_000,
    reporters: [loadFailureFails, 'default'],
  },
});
