import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { detectorPlanPlugin } from './scripts/detector-plan-plugin.ts';

// Three projects: `unit` runs in Node with WXT's fake browser; `build` holds
// the tests that spawn processes or build the extension (the scan command,
// the manifest, the sources package); `e2e` drives the built extension in
// real headless Chromium and Firefox ESR.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [WxtVitest(), detectorPlanPlugin()],
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'build',
          include: ['test/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Browsers are heavy on a 2-core machine: one file at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
