import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@confnotes/source'] },
  ssr: { resolve: { conditions: ['@confnotes/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.test.ts'],
    globalSetup: ['e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // One browser at a time: the machine has two cores and the build already used them.
    fileParallelism: false,
  },
});
