// Test runner configuration: every test under test/, run from the project root.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Recompiles lib/ when a source is newer, so tests of the command run the current code.
    globalSetup: ['test/compile-lib.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits on a browser or a build; on a loaded 2-core machine the default 1 s is too short.
    expect: { poll: { timeout: 15_000 } },
    // Builds are dated by SOURCE_DATE_EPOCH, else today: pinned to the day the run starts, so tests
    // that compare two builds agree even when a run crosses midnight UTC. Tests of the unset case unset it.
    env: { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH ?? String(Math.floor(Date.now() / 86_400_000) * 86_400) },
  },
});
