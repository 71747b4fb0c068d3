// Unit, component and build-artifact tests. The LibreOffice oracle suites have their own config
// (jest.oracle.config.js) and the browser suite its own runner (tests/browser/run.ts).
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/tests/oracle/", "<rootDir>/tests/browser/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { jsx: "react-jsx", module: "commonjs", moduleResolution: "node", esModuleInterop: true, isolatedModules: true } }],
    // office-addin-mock 4 pulls ESM-only uuid and strip-bom.
    "^.+\\.m?js$": ["ts-jest", { tsconfig: { allowJs: true, module: "commonjs", isolatedModules: true } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!(uuid|strip-bom)/)"],
  moduleNameMapper: { "\\.(png|svg|css)$": "<rootDir>/tests/support/fileStub.js" },
  globalSetup: "<rootDir>/tests/support/globalSetup.js",
  // A test that makes no expect() assertion fails (tests/support/everyTestAsserts.js).
  setupFilesAfterEnv: ["<rootDir>/tests/support/everyTestAsserts.js"],
};
