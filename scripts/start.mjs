// npm start: serve the add-in on https://localhost:3000 (or ADDIN_DEV_PORT) with webpack-dev-server
// and print how to sideload it. A taken port is reported in one line before anything else happens;
// on another port the manifest is rewritten to match and its path printed.
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

const require = createRequire(import.meta.url);
const { httpsOptions, trustHelp, removalHelp, CERT_FILES } = require("./dev-certs.cjs");
const { DEFAULT_PORT, devPort, isPortFree, nextFreePort, portOwner, portInUseMessage } = require("./devserver/port.cjs");
const { rewriteBaseUrl } = require("./manifest/rewriteBase.cjs");

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The manifest to upload: manifest.xml itself on port 3000, else a copy pointing at this port. */
function manifestFor(port) {
  const source = path.join(ROOT, "manifest.xml");
  if (port === DEFAULT_PORT) return source;
  const copy = path.join(ROOT, ".cache", `manifest-localhost-${port}.xml`);
  mkdirSync(path.dirname(copy), { recursive: true });
  writeFileSync(copy, rewriteBaseUrl(readFileSync(source, "utf8"), "manifest.xml", `https://localhost:${port}`));
  return copy;
}

async function banner(port, manifest) {
  const { sideloadText } = await tsImport("../src/help/sideloadSteps.ts", import.meta.url);
  const base = `https://localhost:${port}`;
  return [
    "",
    `Great Reallocation Toolkit is being served on ${base}`,
    `  task pane      ${base}/taskpane.html`,
    `  functions      ${base}/functions.js, ${base}/functions.json`,
    `  reference      ${base}/help.html`,
    `  manifest       ${manifest}${port === DEFAULT_PORT ? "" : `  (points at port ${port}; manifest.xml itself expects ${DEFAULT_PORT})`}`,
    "",
    "Sideload the add-in with that manifest (the same steps as in README and help.html):",
    sideloadText(),
    "",
    "Stop the server with Ctrl+C.",
    removalHelp(),
  ].join("\n");
}

async function portProblem(port) {
  return portInUseMessage(port, portOwner(port), await nextFreePort(port));
}

async function main() {
  const port = devPort();
  if (!(await isPortFree(port))) {
    console.error(await portProblem(port));
    return 1;
  }
  const { trusted } = await httpsOptions();
  console.log(`Dev certificates: ${CERT_FILES.cert} (CA ${CERT_FILES.ca})`);
  if (!trusted) console.log(`\n${trustHelp(port)}\n`);
  const manifest = manifestFor(port);
  const cli = require.resolve("webpack-cli/bin/cli.js");
  const server = spawn(process.execPath, [cli, "serve", "--mode", "development"], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_DEV_PORT: String(port) },
    stdio: ["inherit", "pipe", "pipe"],
  });
  let announced = false;
  server.stdout.on("data", async (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /compiled (successfully|with)/i.test(chunk.toString())) {
      announced = true;
      console.log(await banner(port, manifest));
    }
  });
  // Another program can take the port between the check above and webpack-dev-server's listen:
  // say so in the same one line instead of passing on its stack trace.
  let portMessage = null;
  server.stderr.on("data", (chunk) => {
    if (portMessage) return;
    if (/EADDRINUSE/.test(chunk.toString())) portMessage = portProblem(port);
    else process.stderr.write(chunk);
  });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
  const code = await new Promise((resolve) => server.on("exit", (c) => resolve(c ?? 0)));
  if (!portMessage) return code;
  console.error(await portMessage);
  return 1;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`npm start failed: ${e.message}`);
    process.exit(1);
  },
);
