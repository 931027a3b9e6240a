import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Tests run against the core's source, not a possibly stale dist/ build.
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
  },
});
