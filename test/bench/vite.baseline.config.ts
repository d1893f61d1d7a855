import { defineConfig } from 'vite';

/** Builds the benchmark's bare-MapLibre baseline page into dist-bench/. */
export default defineConfig({
  root: import.meta.dirname + '/baseline',
  base: './',
  logLevel: 'warn',
  build: {
    outDir: import.meta.dirname + '/../../dist-bench',
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
  },
});
