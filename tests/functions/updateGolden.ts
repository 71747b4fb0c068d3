// Rewrites tests/functions/functions.golden.json from the current JSDoc, on purpose only:
//   npx tsx tests/functions/updateGolden.ts
// Run it after reviewing the difference catalog.test.ts prints; commit the golden with the change.
import { readFileSync, writeFileSync } from "node:fs";
import { GOLDEN, generatedMetadata } from "./metadata";

void generatedMetadata().then((json) => {
  const before = readFileSync(GOLDEN, "utf8");
  writeFileSync(GOLDEN, json);
  console.log(before === json ? `${GOLDEN}: unchanged` : `${GOLDEN}: rewritten`);
});
