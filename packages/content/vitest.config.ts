import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@confnotes/source'] },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 30_000,
    setupFiles: ['test/plain-env.ts'],
  },
});
