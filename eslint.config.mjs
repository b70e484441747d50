import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".data/", "coverage/", "test/artifacts/", "jest.config.js"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["error"] }],
    },
  },
  {
    // The staff console: plain ES modules run by the browser.
    files: ["gateway/console/**/*.js"],
    languageOptions: {
      sourceType: "module",
      globals: Object.fromEntries(
        ["window", "document", "location", "fetch", "sessionStorage", "URLSearchParams", "URL", "Blob", "Node", "atob"].map((name) => [name, "readonly"]),
      ),
    },
  },
  {
    // Command-line entry points talk to a person on stdout.
    files: ["shared/src/schema/compose.ts", "shared/src/hub/cli.ts", "subgraphs/*/src/demo/seed-demo.ts", "test/bench/**"],
    rules: { "no-console": "off" },
  },
);
