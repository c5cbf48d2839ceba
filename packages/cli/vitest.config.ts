import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: '@factdesk/cli',
    include: ['src/**/*.test.ts'],
    // The tests run the real executable as a subprocess (tsx start-up included).
    testTimeout: 60_000,
  },
});
