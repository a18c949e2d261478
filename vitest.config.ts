import { defineConfig } from "vitest/config";

// Two cores on CI: keep the pool small so property and oracle suites don't thrash.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    pool: "threads",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
