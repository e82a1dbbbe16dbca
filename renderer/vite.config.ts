import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import packageJson from '../package.json' with { type: 'json' };

const root = fileURLToPath(new URL('.', import.meta.url));

/** The renderer as a plain web app (served by the server, driven by Playwright in Chromium). */
export default defineConfig({
  root,
  base: './',
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      // bench.html drives the same data layer for `npm run bench` (test/bench/bench-browser.ts)
      input: {
        main: fileURLToPath(new URL('index.html', import.meta.url)),
        bench: fileURLToPath(new URL('bench.html', import.meta.url)),
      },
    },
  },
  server: { proxy: { '/trpc': 'http://127.0.0.1:4173', '/api': 'http://127.0.0.1:4173' } },
});
