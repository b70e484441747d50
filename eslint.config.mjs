import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", ".data/", "coverage/", "test/artifacts/", "jest.config.js", "gateway/console/src/generated/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["error"] }],
    },
  },
  {
    // Command-line entry points talk to a person on stdout.
    files: ["hub/src/compose.ts", "hub/src/cli.ts", "subgraphs/*/src/demo/seed-demo.ts", "test/bench/**"],
    rules: { "no-console": "off" },
  },
  {
    // Shared code sits below everything else: it may not import what depends on it (test/architecture.test.ts
    // checks the whole graph for cycles).
    files: ["shared/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: ["**/gateway/**", "**/subgraphs/**", "**/hub/**", "#*", "!#shared/*"], message: "shared/ imports only shared code" }] }],
    },
  },
  {
    // The build steps run before anything is compiled: plain CommonJS for Node.
    files: ["hub/build.cjs", "hub/build-console.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", process: "readonly", __dirname: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
