/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { cspPlugin, cspString } from './scripts/vite/csp-plugin.ts';
import { canvasPreloadPlugin, fontPreloadPlugin, graphPreloadPlugin, startLanguagePlugin } from './scripts/vite/font-preload-plugin.ts';
import { testHooksPlugin } from './scripts/vite/test-hooks.ts';
import { graphTitlesPlugin } from './scripts/vite/graph-titles-plugin.ts';
import { cytoscapeTrimPlugin } from './scripts/vite/cytoscape-trim-plugin.ts';

export default defineConfig({
  root: '.',
  publicDir: 'public',
  plugins: [react(), cspPlugin(), fontPreloadPlugin(), graphPreloadPlugin(), canvasPreloadPlugin(), startLanguagePlugin(), testHooksPlugin(), graphTitlesPlugin(), cytoscapeTrimPlugin()],
  // `@/` is `app/`, the same as tsconfig `paths`, so imports name their layer.
  resolve: { alias: { '@/': fileURLToPath(new URL('./app/', import.meta.url)) } },
  server: { host: '127.0.0.1', port: 5173 },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    headers: { 'Content-Security-Policy': cspString({ 'frame-ancestors': "'none'" }) },
  },
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 900,
    // The reader's dictionary is requested by a small entry of its own (app/start-language.ts).
    rollupOptions: { input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), 'start-language': fileURLToPath(new URL('./app/start-language.ts', import.meta.url)) } },
  },
  worker: { format: 'es' },
  test: {
    include: ['app/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['app/test/setup.ts'],
    restoreMocks: true,
    // Generous: these machines are shared, and a slow test is not a failing one.
    testTimeout: 30_000,
  },
});
