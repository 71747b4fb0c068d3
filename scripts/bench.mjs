// npm run bench: runs every bench/*.bench.ts in turn (with tsx) and prints their reports. Each bench
// file is one section (functions, templates, pane bundle, ...): add a file to add a section.
// `npm run bench -- functions pane` runs only the files whose name contains one of the words.
// All sections share one production build (tests/support/build.ts, keyed by GR_TEST_RUN_ID).
// Exit code 1 if a section fails or reports a missed target (it sets process.exitCode).
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tsx = createRequire(import.meta.url).resolve("tsx/cli");
const words = process.argv.slice(2);
const files = readdirSync(path.join(root, "bench"))
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => words.length === 0 || words.some((w) => f.includes(w)))
  .sort();
if (files.length === 0) {
  console.error(`no bench/*.bench.ts matches ${words.join(", ")}`);
  process.exit(1);
}

const env = { ...process.env, GR_TEST_RUN_ID: process.env.GR_TEST_RUN_ID ?? `bench-${process.pid}-${Date.now()}` };
const failed = [];
for (const file of files) {
  console.log(`\n=== bench/${file}`);
  const started = Date.now();
  const { status, signal } = spawnSync(process.execPath, [tsx, path.join("bench", file)], { cwd: root, env, stdio: "inherit" });
  if (status !== 0) failed.push(`${file} (${signal ?? `exit ${status}`})`);
  console.log(`--- ${file}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
console.log(failed.length === 0 ? "\nall bench sections met their targets" : `\nmissed targets or failed: ${failed.join(", ")}`);
process.exitCode = failed.length === 0 ? 0 : 1;
