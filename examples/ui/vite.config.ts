import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompressPlugin.js';

// The built UI is static files (dist/app) the `ht` process serves at / (docs/ui.md); dist/index.js, built
// by `tsc -b` from node/, tells where they are. `vite dev` proxies the query API
// to a running `ht demo` on the default port. Text files get Brotli and gzip copies (`ht` serves the one the
// browser accepts).
export default defineConfig({
  plugins: [react(), precompress()],
  base: '/',
  build: { outDir: 'dist/app', emptyOutDir: true, sourcemap: false, target: 'es2022' },
  server: { proxy: { '/graphql': 'http://127.0.0.1:2020', '/ui-config.json': 'http://127.0.0.1:2020' } },
});
