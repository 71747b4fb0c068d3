// The exhaustive fault injection of the complete model (tests/excel/faultsComplete.faults.ts), kept
// out of npm test for its time: `npm run test:faults`.
const base = require("./jest.config");

/** @type {import('jest').Config} */
module.exports = { ...base, testMatch: ["**/*.faults.ts"], testPathIgnorePatterns: ["/node_modules/"] };
