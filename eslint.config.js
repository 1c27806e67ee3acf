// Flat config shared by every package; type-aware rules through the TS project service.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", "**/.turbo/**", "**/coverage/**", "**/.stryker-tmp/**", "reports/**", "docs/api/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-floating-promises": "error",
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["**/test/**", "**/bench/**", "**/*.config.*", "**/src/cli.ts"],
    rules: {
      "no-console": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
    },
  },
  {
    // Main entries must run in a browser: Node built-ins only behind the /node subpath.
    files: ["packages/*/src/**/*.ts"],
    ignores: ["packages/*/src/node/**", "packages/local-server/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["node:*"], message: "Node-only code belongs under src/node (the /node subpath)." }] }],
    },
  },
  { files: ["**/*.js", "**/*.mjs"], ...tseslint.configs.disableTypeChecked },
  // Plain-JS scripts (generators, release and bundle checks, bench workers) run on Node;
  // the bundle-budget fixtures are browser programs.
  { files: ["**/*.mjs", "scripts/**/*.js", "**/bin/**/*.js"], languageOptions: { globals: globals.node } },
  // Command-line scripts report on stdout.
  { files: ["scripts/**", "apps/*/*.mjs"], rules: { "no-console": "off" } },
  { files: ["apps/browser-check/fixtures/**"], languageOptions: { globals: globals.browser } },
);
