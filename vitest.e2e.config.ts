import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built renderer in real Chromium; one browser at a time on a 2-core machine.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
