/**
 * Every test must reach at least one `expect`: a test that returns early, or whose property never
 * gets to its assertion, fails instead of passing silently (issue 12). Registered for the whole
 * suite in vitest.config.ts. A test that checks with something other than `expect` (node:assert,
 * a boolean fast-check property) should say so with an `expect` too.
 */
import { beforeEach, expect } from 'vitest';

beforeEach(() => {
  expect.hasAssertions();
});
