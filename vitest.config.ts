import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'packages/*/src/**/*.test.ts',
      'packages/*/test/**/*.test.ts',
      'examples/*/src/**/*.test.ts',
      'examples/*/test/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
    reporters: ['default', './scripts/summary-reporter.ts'],
    globalSetup: ['./scripts/scratch-tmpdir.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
