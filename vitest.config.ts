import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    globals: true,
    pool: "forks",
    include: ["tests/**/*.test.{ts,tsx}"],
    setupFiles: ["tests/setup/env.ts"],
    testTimeout: 30_000,
    reporters: [
      "default",
      ["json", { outputFile: "test-results/vitest.json" }],
    ],
    hookTimeout: 120_000,
  },
});
