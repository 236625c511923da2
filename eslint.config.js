// ESLint for the TypeScript and Svelte sources (`npm run lint`, part of `npm test`). The recommended
// sets of typescript-eslint and eslint-plugin-svelte, and the import boundaries of the architecture as
// rules (they were a regex script before): imports go one way, the engine stays pure, the comparison
// never reaches the store or the IPC layer.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';

const NODE_ONLY = [
  'electron',
  'better-sqlite3',
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'worker_threads',
];
const restrict = (group, message) => ({ 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] });

export default ts.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'src-shared/i18n/paraglide/**', 'test-results/**', 'playwright-report/**', '.prof/**'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    rules: {
      // `_unused` parameters say "deliberately ignored" (handlers with a fixed signature).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      // Svelte 5 runes ($state, $derived) are assigned through `let` by design.
      'prefer-const': ['error', { destructuring: 'all' }],
    },
  },
  {
    files: ['**/*.svelte'],
    // `{' '}` keeps a space that Svelte would otherwise trim at the edge of an {#if} block.
    rules: { 'svelte/no-useless-mustaches': 'off' },
  },
  {
    files: ['tests/**'],
    rules: {
      // Playwright reads a fixture's dependencies from its first parameter: `async ({}, use)` means none.
      'no-empty-pattern': 'off',
      // Tests build deliberately malformed plan files to check the refusals.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Size limits for the app's own code (not tests): a file over 400 lines or a function over 80 is split
    // into parts named for the step they do; where a long function is genuinely clearer whole, an
    // eslint-disable comment beside it says why.
    files: ['src-main/**', 'src-shared/**', 'src-renderer/**'],
    rules: {
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  // Svelte 5's own idiom is `let { … } = $props()`, reassigned or not.
  { files: ['**/*.svelte'], rules: { 'prefer-const': 'off' } },
  {
    files: ['src-renderer/**'],
    rules: restrict(
      [...NODE_ONLY, '**/src-main/**', '**/src-preload/**'],
      'The renderer talks to the main process only through lib/api.ts (IPC); it never imports main-process code or Node built-ins.',
    ),
  },
  {
    files: ['src-shared/**'],
    rules: restrict(
      [...NODE_ONLY, '**/src-main/**', '**/src-renderer/**', '**/src-preload/**'],
      'src-shared is imported by both sides: no main-process, renderer or Node-only code.',
    ),
  },
  {
    files: ['src-main/engine/**'],
    rules: restrict(
      [...NODE_ONLY, '../store', '../store/**', '../ipc', '../ipc/**', '../compare', '../compare/**', '../compute/**'],
      'The engine is pure: plans and claims in, amounts out (no store, IPC, comparison, threads or Node built-ins).',
    ),
  },
  {
    files: ['src-main/compare/**'],
    rules: restrict(
      ['electron', 'better-sqlite3', '../store', '../store/**', '../ipc', '../ipc/**'],
      'The comparison runs in compute workers: it never reaches the store or the IPC layer.',
    ),
  },
);
