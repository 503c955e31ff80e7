import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The built UI is static files the `ht` process serves at / (docs/ui.md). `vite dev` proxies the query API
// to a running `ht demo` on the default port.
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, target: 'es2022' },
  server: { proxy: { '/graphql': 'http://127.0.0.1:2020', '/ui-config.json': 'http://127.0.0.1:2020' } },
});
