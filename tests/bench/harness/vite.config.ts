import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** A page that mounts the app's own map and list, and a bare React list, for npm run bench. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  build: {
    minify: process.env.BENCH_MINIFY !== '0',
    outDir: fileURLToPath(new URL('../../../reports/bench-harness', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
  logLevel: 'warn',
});
