import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));

// The console is built into dist/web, which the API serves at `/` (apps/api/src/console).
// `npm run dev:web` proxies the API so the console can be developed against a running quick start.
export default defineConfig({
  root,
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: Object.fromEntries(
      ['/graphql', '/reports', '/evidence', '/archive'].map((path) => [path, process.env.API_URL ?? 'http://localhost:3000']),
    ),
  },
});
