// Fails when a locked package's engines.node excludes a Node version this project's engines admit:
// the check behind npm's EBADENGINE warning, done for Node 20, 22 and 24 at once. The versions tried
// are the lowest each line of our own range admits, and the newest release of each line we know of.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const semver = require("semver");
const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const ours = pkg.engines.node;

const tried = ["20", "22", "24"].flatMap((major) => {
  const lowest = semver.minVersion(semver.validRange(`${ours}`.split("||").find((r) => r.trim().startsWith(`^${major}.`)) ?? ""));
  if (!lowest) throw new Error(`engines.node (${ours}) admits no Node ${major}`);
  return [lowest.version, `${major}.99.0`];
});

const problems = [];
for (const [where, meta] of Object.entries(lock.packages)) {
  const range = where && meta.engines && typeof meta.engines === "object" ? meta.engines.node : undefined;
  if (typeof range !== "string") continue;
  for (const version of tried) {
    if (!semver.satisfies(version, range)) problems.push(`${where.replace(/^node_modules\//, "")} needs node ${range}: excludes ${version}`);
  }
}
if (problems.length > 0) {
  console.error(`engines.node is "${ours}", but:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(`engines: every locked package admits Node ${tried.join(", ")} (engines.node "${ours}")`);
