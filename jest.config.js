/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }] },
  // .ts before .js: a stray compiled copy beside a source must never shadow it.
  moduleFileExtensions: ["ts", "tsx", "js", "jsx", "json"],
  testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/src/**/*.test.tsx", "<rootDir>/test/**/*.test.ts"],
  // Mutation testing's sandboxes (npm run mutate) hold a copy of the project: not a second module map.
  modulePathIgnorePatterns: ["<rootDir>/.stryker/"],
  testTimeout: 60000,
  // jsdom lacks ResizeObserver, TextEncoder and TextDecoder: provided once for every component test
  setupFiles: ["<rootDir>/test/support/jsdom-shims.ts"],
};
