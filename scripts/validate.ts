// npm run validate: offline checks of manifest.xml and of the built add-in in dist/.
// Exit code 1 and one line per problem when anything is wrong.
// Options (for tests and other layouts): --manifest <file> checks that file instead of manifest.xml;
// --dist <folder> checks that build instead of dist/ (and never builds it).
import { existsSync, readFileSync } from "node:fs";
import { execSync } from "node:child_process";
import path from "node:path";
import { DEV_BASE_URL, manifestBaseUrl, manifestProblems } from "./manifest/checks";
import { registrationProblems } from "./manifest/functionsCheck";

const root = path.resolve(__dirname, "..");

/** The value after `--name` on the command line, if given. */
function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
}

async function main(): Promise<number> {
  const manifestFile = path.resolve(option("manifest") ?? path.join(root, "manifest.xml"));
  const dist = path.resolve(option("dist") ?? path.join(root, "dist"));
  if (!existsSync(path.join(dist, "manifest.xml"))) {
    if (option("dist")) throw new Error(`${dist} holds no built manifest.xml`);
    console.log("dist/ is not built yet: running `npm run build` first…");
    execSync("npm run build --silent", { cwd: root, stdio: "inherit" });
  }
  const sourceXml = readFileSync(manifestFile, "utf8");
  const distXml = readFileSync(path.join(dist, "manifest.xml"), "utf8");
  const distBase = manifestBaseUrl(distXml) ?? DEV_BASE_URL;
  const report: [string, string[]][] = [
    [path.relative(root, manifestFile), await manifestProblems(sourceXml, { baseUrl: DEV_BASE_URL, siteDir: root })],
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
