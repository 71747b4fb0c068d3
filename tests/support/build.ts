// Builds the add-in for build-artifact tests, once per jest run and kind, into .cache/ (never dist/,
// which belongs to the developer). Workers share the build through a lock directory.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../..");
/** The deploy base used by the ADDIN_BASE_URL build in tests. */
export const DEPLOY_BASE_URL = "https://addins.example.com/great-reallocation/v1";

export type BuildKind = "dev-base" | "deploy-base";

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function runWebpack(outDir: string, kind: BuildKind): void {
  const env: NodeJS.ProcessEnv = { ...process.env, ADDIN_OUT_DIR: outDir };
  if (kind === "deploy-base") env.ADDIN_BASE_URL = DEPLOY_BASE_URL;
  else delete env.ADDIN_BASE_URL;
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: ROOT,
    env,
    stdio: "pipe",
  });
}

/** A lock left by a killed run: its owner process no longer exists. */
function lockIsStale(lock: string): boolean {
  try {
    process.kill(Number(readFileSync(path.join(lock, "pid"), "utf8")), 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** Returns the folder of a production build of the current sources (built on first call in this run). */
export function ensureBuilt(kind: BuildKind = "dev-base"): string {
  const runId = process.env.GR_TEST_RUN_ID ?? `pid-${process.pid}`;
  const cache = path.join(ROOT, ".cache");
  const outDir = path.join(cache, `test-dist-${kind}`);
  const marker = path.join(cache, `test-dist-${kind}.run`);
  const lock = path.join(cache, `test-dist-${kind}.lock`);
  mkdirSync(cache, { recursive: true });
  const fresh = () => existsSync(marker) && readFileSync(marker, "utf8") === runId;
  for (let waited = 0; !fresh(); waited += 200) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, "pid"), String(process.pid));
    } catch {
      if (lockIsStale(lock)) rmSync(lock, { recursive: true, force: true });
      if (waited > 10 * 60_000) throw new Error(`waited 10 min for another worker's build (${lock}); remove it if stale`);
      sleep(200);
      continue;
    }
    try {
      if (!fresh()) {
        runWebpack(outDir, kind);
        writeFileSync(marker, runId);
      }
    } catch (e) {
      const err = e as { stderr?: Buffer; stdout?: Buffer; message: string };
      throw new Error(`webpack build (${kind}) failed:\n${err.stdout?.toString() ?? ""}${err.stderr?.toString() ?? err.message}`);
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
  return outDir;
}
