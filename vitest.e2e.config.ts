import { defineConfig } from 'vitest/config';

/** Real-browser tests of the built extension (`npm run e2e`); kept out of `npm test`, which needs no browser. */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts', 'tests/hostile/e2e/*.test.ts'],
    // Each browser launches twice (with and without the extension) and waits on a real page load.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    reporters: ['verbose'],
  },
});
