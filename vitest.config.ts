import { defineConfig } from 'vitest/config';

// Unit and integration layers. The end-to-end layer runs under Playwright (playwright.config.ts).
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/compile-messages.setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
  },
});
