// functions.json as the build generates it (the same generator, from the JSDoc of functions.ts), for
// catalog.test.ts and for regenerating its golden copy on purpose (updateGolden.ts).
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

export const FUNCTIONS_SOURCE = path.resolve(__dirname, "../../src/functions/functions.ts");
export const GOLDEN = path.join(__dirname, "functions.golden.json");

/** The generated metadata JSON; throws if the generator reports errors. */
export async function generatedMetadata(): Promise<string> {
  const generated = await generateCustomFunctionsMetadata([FUNCTIONS_SOURCE], false);
  if (generated.errors.length > 0) throw new Error(`functions.json generation failed:\n${generated.errors.join("\n")}`);
  return generated.metadataJson;
}
