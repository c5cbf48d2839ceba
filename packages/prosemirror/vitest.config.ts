import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'prosemirror',
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
  },
});
