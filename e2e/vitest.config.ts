import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['tests/**/*.test.ts'],
    // Builds the editor once for every file; each file starts its own server process.
    globalSetup: ['./src/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // Browsers and servers are heavy on a 2-core machine: one file at a time.
    fileParallelism: false,
  },
});
