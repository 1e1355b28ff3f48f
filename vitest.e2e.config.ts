import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real headless Chromium; they share
// one machine's two cores, so they run one file at a time.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
    globals: true,
  },
});
