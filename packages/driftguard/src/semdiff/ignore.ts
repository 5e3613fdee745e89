/** Changed files semdiff leaves out unless the config says otherwise; defined with the other config defaults. */
export { DEFAULT_SEMDIFF_IGNORE } from '../config/defaults.js';

/**
 * Test code, by the conventions test runners use: what it does is the test suite's behavior, not the
 * program's, so semdiff reports its differences apart (`testChanges`) and they do not decide the verdict.
 * A module matching these that runtime code imports would be exempted wrongly: narrow the globs then.
 */
export const DEFAULT_SEMDIFF_TESTS: readonly string[] = [
  '**/*.{test,spec}.{ts,tsx,js,jsx,mts,cts,mjs,cjs}',
  '**/__tests__/**',
  'test/**',
  'tests/**',
  '**/test/**',
  '**/tests/**',
];
