import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Generous: a loaded CI machine runs headless Chromium and a local server at once.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
