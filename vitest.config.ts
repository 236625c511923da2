import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Unit and integration layers. The end-to-end layer runs under Playwright (playwright.config.ts).
// The Svelte plugin compiles the renderer's *.svelte.ts state modules (runes) for their unit tests.
export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/compile-messages.setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
  },
});
