import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig, type UserConfig } from 'vite';

// The renderer's build, shared by electron-vite (the Electron window, which imports it) and the loopback
// web host (`npm run build:web`), so both transports serve the very same bundle from out/renderer.
export const rendererConfig: UserConfig = {
  root: resolve(import.meta.dirname, 'src-renderer'),
  base: './',
  plugins: [svelte()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/renderer'),
    emptyOutDir: true,
    // Inline nothing as data: URLs so the strict CSP's script-src/style-src 'self' holds.
    assetsInlineLimit: 0,
    rollupOptions: { input: resolve(import.meta.dirname, 'src-renderer/index.html') },
  },
};

export default defineConfig(rendererConfig);
