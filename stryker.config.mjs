// StrykerJS: mutation testing of src/model and src/functions (`npm run test:mutation`).
// Jest runs only the suites of those folders (jest.mutation.config.js). Reports go to .cache/mutation/ (html and json).
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "jest",
  // Jest loads only the test files that import the mutated file.
  jest: { projectType: "custom", configFile: "jest.mutation.config.js", enableFindRelatedTests: true },
  mutate: ["src/model/**/*.ts", "src/functions/**/*.ts"],
  // Each mutant runs only the tests that reached its code.
  coverageAnalysis: "perTest",
  // Static mutants (module-level data: the limits table, the reference catalogue's texts) need the
  // whole suite each, three quarters of the time for a fifth of the mutants; STRYKER_STATIC=1 runs
  // them too.
  ignoreStatic: process.env.STRYKER_STATIC !== "1",
  thresholds: { high: 95, low: 90, break: 90 },
  // The machine's two cores; STRYKER_CONCURRENCY overrides it on a larger one.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 2),
  timeoutMS: 20_000,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: ".cache/mutation/index.html" },
  jsonReporter: { fileName: ".cache/mutation/mutation.json" },
  // `npm run test:mutation -- --incremental` retests only mutants whose code or tests changed.
  incrementalFile: ".cache/mutation/incremental.json",
  tempDirName: ".cache/stryker-tmp",
  cleanTempDir: "always",
  // The sandbox copy needs the sources and tests of these two folders, not the rest of the project.
  ignorePatterns: [
    "/dist", "/.cache", "/docs", "/assets", "/schemas", "/bench",
    "/src/taskpane", "/src/excel", "/src/templates",
    "/tests/oracle", "/tests/browser", "/tests/taskpane", "/tests/templates", "/tests/excel", "/tests/manifest",
  ],
};
