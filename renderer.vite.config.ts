import { resolve } from 'node:path';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { UserConfig } from 'vite';

// The renderer's build, shared by electron-vite (the Electron window) and vite.web.config.ts (the
// loopback web host), so both transports serve the very same bundle from out/renderer.
export const rendererConfig: UserConfig = {
  root: resolve(__dirname, 'src-renderer'),
  base: './',
  plugins: [svelte()],
  build: {
    outDir: resolve(__dirname, 'out/renderer'),
    emptyOutDir: true,
    // Inline nothing as data: URLs so the strict CSP's script-src/style-src 'self' holds.
    assetsInlineLimit: 0,
    rollupOptions: { input: resolve(__dirname, 'src-renderer/index.html') },
  },
};
