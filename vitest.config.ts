import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'happy-dom',
    globals: true,
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // Catches a hang, never a slow machine: CI's two cores run every file at once,
    // and typing a sentence with userEvent there can take seconds.
    testTimeout: 20_000,
  },
});
