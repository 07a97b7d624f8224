// Test runner configuration: every test under test/, run from the project root.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits on a browser or a build; on a loaded 2-core machine the default 1 s is too short.
    expect: { poll: { timeout: 15_000 } },
  },
});
