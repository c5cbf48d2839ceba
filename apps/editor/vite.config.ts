import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

// Two pages: the story editor (index.html) and the fact desk (desk.html). Relative asset paths
// let the server mount the build anywhere; the dev server proxies the API and the socket.
export default defineConfig({
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // ProseMirror, Yjs and the checker make one ~500 kB editor bundle; that is expected.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: { input: { editor: page('index.html'), desk: page('desk.html') } },
  },
  server: {
    proxy: {
      '/api': { target: process.env.FACTDESK_API ?? 'http://127.0.0.1:4321', changeOrigin: true },
      '/collab': { target: process.env.FACTDESK_API ?? 'http://127.0.0.1:4321', ws: true },
    },
  },
});
