// Mutation testing (issue 16): `npm run mutate` (all of src/core) or `npm run mutate -- <files>`.
// Stryker makes small deliberate bugs ("mutants") in the engine and runs the tests that cover
// each one: a mutant that no test notices is a rule that no test pins. Never run by CI, `npm test`
// or the bench (too slow for two shared cores); see the README's "Mutation testing".
// scripts/mutate.ts runs it one folder at a time and names the folder's files and tests through
// MUTATE_FILES, MUTATE_TESTS and MUTATE_NAME; without them (npx stryker run) it is all of the core
// against all the core's tests.
const list = (value) => (value ? value.split(",") : undefined);
const name = process.env.MUTATE_NAME ?? "core";

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "jest",
  // The pure engine only; tests and their helpers are not mutated.
  mutate: list(process.env.MUTATE_FILES) ?? [
    "src/core/**/*.ts",
    "!src/core/**/*.test.ts",
    "!src/core/**/test-support.ts",
  ],
  jest: {
    projectType: "custom",
    configFile: "jest.config.js",
    // Only the fast node-environment tests of the core: no browser, LibreOffice or Excel fake.
    config: {
      testMatch: list(process.env.MUTATE_TESTS) ?? ["<rootDir>/src/core/**/*.test.ts"],
      testEnvironment: "node",
      // Left out: tests over tens of thousands of generated cases or a national-scale return set.
      // They take seconds each, and instrumented code is slower again, which every mutant they
      // cover would pay; `npm test` still runs them.
      testPathIgnorePatterns: ["/node_modules/", "/national-scale\\.test\\.ts$", "/round-fast\\.test\\.ts$"],
    },
    // jest --findRelatedTests: only the test files that import the mutated files run.
    enableFindRelatedTests: true,
  },
  // Each mutant is tried against only the tests that executed its code.
  coverageAnalysis: "perTest",
  // No typescript-checker: it type-checks every mutant (minutes per file on two cores); a mutant
  // that would not compile fails or survives at run time instead, which is what jest sees too.
  checkers: [],
  // A second run retests only the mutants whose code or tests changed. The record is local to the
  // working copy (ignored by git): it is machine output that every branch would conflict on.
  incremental: true,
  incrementalFile: `.stryker/incremental-${name}.json`,
  tempDirName: `.stryker/tmp-${name}`,
  cleanTempDir: true,
  // Two cores shared with other work: `npm run mutate -- --concurrency 2` when the machine is free.
  concurrency: 1,
  timeoutMS: 10000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `.stryker/report-${name}.html` },
  jsonReporter: { fileName: `.stryker/report-${name}.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportMutants: false, reportScoreTable: true },
  thresholds: { high: 85, low: 70, break: null },
  // The sandbox needs the sources, tests and configs only.
  ignorePatterns: [
    "/dist",
    "/dist-cli",
    "/dist-tsc",
    "/out",
    "/coverage",
    "/.lo-profile",
    "/examples",
    "/assets",
    "/preview",
    "/.stryker",
  ],
};
