/** @type {import('jest').Config} */
const base = {
  testEnvironment: "node",
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json", isolatedModules: true }] },
  // .ts before .js: a stray compiled copy beside a source must never shadow it.
  moduleFileExtensions: ["ts", "tsx", "js", "jsx", "json"],
  // Mutation testing's sandboxes (npm run mutate) hold a copy of the project: not a second module map.
  modulePathIgnorePatterns: ["<rootDir>/.stryker/"],
  // jsdom lacks ResizeObserver, TextEncoder and TextDecoder: provided once for every component test
  setupFiles: ["<rootDir>/test/support/jsdom-shims.ts"],
};

module.exports = {
  testTimeout: 60000,
  projects: [
    {
      ...base,
      displayName: "all",
      testMatch: ["<rootDir>/src/**/*.test.ts", "<rootDir>/src/**/*.test.tsx", "<rootDir>/test/**/*.test.ts"],
    },
    {
      // The Office.js layer again as Office 2019 (ExcelApi 1.7) sees it: the fake refuses every member
      // above 1.7, from @types/office-js's annotations. Tests about newer features pin their version.
      ...base,
      displayName: "excel-1.7",
      testMatch: ["<rootDir>/test/excel/**/*.test.ts"],
      setupFiles: [...base.setupFiles, "<rootDir>/test/support/excel-api-1.7.ts"],
    },
  ],
};
