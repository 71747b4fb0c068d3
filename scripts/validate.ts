// npm run validate: offline checks of manifest.xml and of the built add-in in dist/.
// Exit code 1 and one line per problem when anything is wrong.
import { existsSync, readFileSync } from "node:fs";
import { execSync } from "node:child_process";
import path from "node:path";
import { DEV_BASE_URL, manifestBaseUrl, manifestProblems } from "./manifest/checks";
import { registrationProblems } from "./manifest/functionsCheck";

const root = path.resolve(__dirname, "..");
const dist = path.join(root, "dist");

async function main(): Promise<number> {
  if (!existsSync(path.join(dist, "manifest.xml"))) {
    console.log("dist/ is not built yet: running `npm run build` first…");
    execSync("npm run build --silent", { cwd: root, stdio: "inherit" });
  }
  const sourceXml = readFileSync(path.join(root, "manifest.xml"), "utf8");
  const distXml = readFileSync(path.join(dist, "manifest.xml"), "utf8");
  const distBase = manifestBaseUrl(distXml) ?? DEV_BASE_URL;
  const report: [string, string[]][] = [
    ["manifest.xml", await manifestProblems(sourceXml, { baseUrl: DEV_BASE_URL, siteDir: root })],
    [`dist/manifest.xml (base ${distBase})`, await manifestProblems(distXml, { baseUrl: distBase, siteDir: dist, fileName: "dist/manifest.xml" })],
    ["dist/functions.js ↔ dist/functions.json", registrationProblems(path.join(dist, "functions.js"), path.join(dist, "functions.json"))],
  ];
  let failed = 0;
  for (const [what, problems] of report) {
    if (problems.length === 0) {
      console.log(`✔ ${what}: valid`);
      continue;
    }
    failed += problems.length;
    console.log(`✘ ${what}: ${problems.length} problem(s)`);
    for (const p of problems) console.log(`   - ${p}`);
  }
  console.log(failed ? `\nValidation failed: ${failed} problem(s).` : "\nAll manifest checks passed.");
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`validate: ${(e as Error).stack ?? e}`);
    process.exit(2);
  },
);
