import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'server',
    environment: 'node',
    include: ['src/**/*.test.ts'],
    // The durability tests start and kill real server processes.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Each file starts its own servers on port 0; keep the 2-core machine usable.
    fileParallelism: false,
  },
});
