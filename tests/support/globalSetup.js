// One id per jest run, inherited by the workers: tests/support/build.ts builds the add-in at most
// once per run and kind, whichever test asks first.
module.exports = async () => {
  process.env.GR_TEST_RUN_ID = `${process.pid}-${Date.now()}`;
};
