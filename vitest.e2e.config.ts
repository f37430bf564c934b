import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium with the built extension (run `npm run build` first). One file at a
// time, because each file launches its own browser and the machine may have two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['verbose', 'json'],
    outputFile: { json: 'test-results/e2e.json' },
  },
});
