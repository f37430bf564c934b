import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

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
