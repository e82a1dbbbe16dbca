import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import packageJson from './package.json' with { type: 'json' };

// import.meta.url (not import.meta.dirname) is what electron-vite rewrites when it bundles this file.
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  main: {
    // The embedded server (server/**) is bundled in; its node_modules dependencies (PGlite, fastify...) stay external.
    build: {
      externalizeDeps: true,
      lib: { entry: resolve(root, 'electron/main/index.ts') },
    },
  },
  preload: {
    // Sandboxed preloads must be a single CommonJS file that requires nothing but 'electron'.
    build: {
      externalizeDeps: false,
      lib: { entry: resolve(root, 'electron/preload/index.ts') },
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify(packageJson.version) },
    build: {
      outDir: resolve(root, 'out/renderer'),
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
