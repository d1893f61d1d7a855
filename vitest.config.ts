import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    reporters: ['default', './test/summaryReporter.ts'],
    projects: [
      { test: { name: 'node', environment: 'node', include: ['test/unit/**/*.test.ts'] } },
      { test: { name: 'dom', environment: 'jsdom', include: ['test/dom/**/*.test.ts'] } },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/globalSetup.ts'],
          fileParallelism: false,
          // Generous: six builds share two cores here, and one slow page is not a failure.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
