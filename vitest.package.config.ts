import { defineConfig } from 'vitest/config';

// The package as published (test/package): packs the repository, installs the tarball into an empty
// folder and runs it there. Slower than the unit tests (a build and an npm install), so a tier of its own.
export default defineConfig({
  test: {
    include: ['test/package/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 300_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/package.json' },
  },
});
