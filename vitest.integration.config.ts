import { defineConfig } from 'vitest/config';

// Integration tests: the command line end to end (in-process through main(), plus a few runs of the
// real bin), against temporary files and HTTP servers on 127.0.0.1. No build needed.
export default defineConfig({
  test: {
    include: ['test/integration/**/*.test.ts'],
    environment: 'node',
    // A bin run starts Node and tsx, which on a busy 2-core machine can take a few seconds.
    testTimeout: 30_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/integration.json' },
  },
});
