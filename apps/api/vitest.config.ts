import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests run against the core's source, not a possibly stale dist/ build.
  resolve: { conditions: ['@confnotes/source'] },
  ssr: { resolve: { conditions: ['@confnotes/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'worker/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
  },
});
