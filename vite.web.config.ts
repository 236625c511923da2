import { defineConfig } from 'vite';
import { rendererConfig } from './renderer.vite.config';

export default defineConfig(rendererConfig);
