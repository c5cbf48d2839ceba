import { defineConfig } from 'vitest/config';
import SummaryReporter from './vitest.summary';

export default defineConfig({
  test: {
    projects: ['packages/*', 'apps/*', 'e2e'],
    reporters: ['default', new SummaryReporter()],
  },
});
