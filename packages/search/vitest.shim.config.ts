import { defineConfig } from "vitest/config";
export default defineConfig({
  resolve: { alias: { "@provena-sdk/http-core": "/tmp/shim/index.ts" } },
  test: { include: ["test/**/*.test.ts"], testTimeout: 20_000 },
});
