import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Generous: a loaded CI machine runs headless Chromium and whole job chains in these tests.
    testTimeout: 60_000,
  },
});
