// Jest for StrykerJS (stryker.config.mjs, `npm run test:mutation`): only the suites that test
// src/model and src/functions, without the one that builds the whole add-in (builtBundle.test.ts
// runs webpack, about a minute, and tests the bundle rather than the mutated sources) and the help
// page's (helpPage.test.ts tests src/help, and its jsdom docblock hides coverage from Stryker).
const base = require("./jest.config.js");

// Every mutant reruns the properties that reach its code: 25 inputs each instead of 100 (500 for the
// robustness suite) keeps a run near half an hour. Fewer inputs can only let more mutants survive.
process.env.PROPERTY_RUNS ??= "25";

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots: ["<rootDir>/tests/model", "<rootDir>/tests/functions"],
  testPathIgnorePatterns: [...base.testPathIgnorePatterns, "<rootDir>/tests/functions/builtBundle.test.ts", "<rootDir>/tests/functions/helpPage.test.ts"],
  globalSetup: undefined,
};
