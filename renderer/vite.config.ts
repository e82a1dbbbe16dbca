import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import packageJson from '../package.json' with { type: 'json' };

const root = fileURLToPath(new URL('.', import.meta.url));
const page = (name: string): string => fileURLToPath(new URL(name, import.meta.url));

/**
 * The renderer as a plain web app (served by the server, driven by Playwright in Chromium).
 * `--mode bench` (used only by `npm run bench`) also builds bench.html, which drives the same data
 * layer for test/bench/bench-browser.ts, into its own folder so bench code never ships in dist/renderer.
 */
export default defineConfig(({ mode }) => ({
  root,
  base: './',
  define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
  plugins: [react()],
  build: {
    outDir: fileURLToPath(
      new URL(mode === 'bench' ? '../dist/renderer-bench' : '../dist/renderer', import.meta.url),
    ),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input:
        mode === 'bench'
          ? { main: page('index.html'), bench: page('bench.html') }
          : { main: page('index.html') },
    },
  },
  server: { proxy: { '/trpc': 'http://127.0.0.1:4173', '/api': 'http://127.0.0.1:4173' } },
}));
