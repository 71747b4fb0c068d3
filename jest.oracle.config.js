// The oracle suites: template sheets and GR functions checked against engines we did not write
// (LibreOffice headless, HyperFormula). Slow (one LibreOffice start per suite), so kept out of
// `npm test`; run with `npm run test:oracle` (CI: .ci/run).
const base = require("./jest.config.js");

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["<rootDir>/tests/oracle/**/*.test.ts"],
  transform: base.transform,
  transformIgnorePatterns: base.transformIgnorePatterns,
  moduleNameMapper: base.moduleNameMapper,
  testTimeout: 600000,
  globalSetup: "<rootDir>/tests/support/globalSetup.js",
};
