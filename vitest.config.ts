import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

// Unit tests: pure and fast (core, dom on happy-dom, background with fakes, popup components). The
// command line end to end is in vitest.integration.config.ts, the browsers in vitest.e2e.config.ts.
// Kept apart from vite.config.ts so the crx plugin stays out of unit tests.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/unit.json' },
  },
});
