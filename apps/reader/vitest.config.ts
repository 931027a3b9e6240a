import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@confnotes/source'] },
  ssr: { resolve: { conditions: ['@confnotes/source'] } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    globalSetup: ['test/global-setup.ts'],
  },
});
