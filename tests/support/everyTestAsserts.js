// Every jest test must make at least one expect() assertion, so a parameterised case whose loop or
// guard finds nothing to check fails instead of passing silently (no test here uses node:assert).
beforeEach(() => {
  expect.hasAssertions();
});
