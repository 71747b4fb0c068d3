// `npm run validate` end to end, on builds made for the tests (tests/support/build.ts, never dist/):
// it passes the shipped manifest and both builds, and fails, naming the problem, on a manifest
// whose AppDomain is a URL with a path (what the ADDIN_BASE_URL build used to write).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureBuilt } from "../support/build";

const ROOT = path.resolve(__dirname, "../..");

jest.setTimeout(10 * 60_000);

/** Runs scripts/validate.ts with the given options; returns its exit code and output. */
function validate(...args: string[]): { code: number; output: string } {
  try {
    const output = execFileSync(process.execPath, ["--import", "tsx", "scripts/validate.ts", ...args], { cwd: ROOT, encoding: "utf8", stdio: "pipe" });
    return { code: 0, output };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, output: `${err.stdout}${err.stderr}` };
  }
}

describe("npm run validate", () => {
  let work: string;
  beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), "gr-validate-"));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("passes manifest.xml and the build with the dev base", () => {
    const { code, output } = validate("--dist", ensureBuilt("dev-base"));
    expect(output).toMatch(/All manifest checks passed/);
    expect(code).toBe(0);
  });

  it("passes the ADDIN_BASE_URL build, whose manifest has no AppDomain", () => {
    const dist = ensureBuilt("deploy-base");
    expect(readFileSync(path.join(dist, "manifest.xml"), "utf8")).not.toMatch(/<AppDomain/);
    const { code, output } = validate("--dist", dist);
    expect(output).toMatch(/base https:\/\/addins\.example\.com\/great-reallocation\/v1\): valid/);
    expect(code).toBe(0);
  });

  it("fails on a manifest whose AppDomain holds a path, and says why", () => {
    const broken = readFileSync(path.join(ROOT, "manifest.xml"), "utf8").replace(
      /(<SupportUrl [^>]*\/>)/,
      "$1\n  <AppDomains>\n    <AppDomain>https://addins.example.com/great-reallocation/v1</AppDomain>\n  </AppDomains>",
    );
    const file = path.join(work, "manifest.xml");
    writeFileSync(file, broken);
    const { code, output } = validate("--manifest", file, "--dist", ensureBuilt("dev-base"));
    expect(code).toBe(1);
    expect(output).toContain('<AppDomain> "https://addins.example.com/great-reallocation/v1" must be a domain only');
  });
});
