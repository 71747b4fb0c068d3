// Jest for StrykerJS (stryker.config.mjs, `npm run test:mutation`): only the suites that test
// src/model and src/functions, without the one that builds the whole add-in (builtBundle.test.ts
// runs webpack, about a minute, and tests the bundle rather than the mutated sources) and the help
// page's (helpPage.test.ts tests src/help, and its jsdom docblock hides coverage from Stryker).
const base = require("./jest.config.js");

// Every mutant reruns the properties that reach its code: 25 inputs each instead of 100 (500 for the
// robustness suite) keeps a run near half an hour. Fewer inputs can only let more mutants survive.
process.env.PROPERTY_RUNS ??= "25";

// STRYKER_TESTS=model (or functions) keeps only that folder's suites: every mutant loads every
// related test file, so on a loaded machine a folder's own tests are the affordable run (docs/mutation.md).
// Fewer suites can only let more mutants survive, never kill more.
const FOLDERS = { model: ["<rootDir>/tests/model"], functions: ["<rootDir>/tests/functions"] };
const roots = FOLDERS[process.env.STRYKER_TESTS ?? ""] ?? [...FOLDERS.model, ...FOLDERS.functions];

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  roots,
  testPathIgnorePatterns: [...base.testPathIgnorePatterns, "<rootDir>/tests/functions/builtBundle.test.ts", "<rootDir>/tests/functions/helpPage.test.ts"],
  globalSetup: undefined,
};
