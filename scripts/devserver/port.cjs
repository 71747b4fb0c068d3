// The dev server's port: which one (ADDIN_DEV_PORT, default 3000), whether it is free, and who holds
// it when it is not, so `npm start` can say so in one line instead of an EADDRINUSE stack trace.
const { execFileSync } = require("node:child_process");
const { readFileSync } = require("node:fs");
const net = require("node:net");

const DEFAULT_PORT = 3000;
const HOST = "localhost"; // the dev server listens here only (webpack.config.js)

/** The port from ADDIN_DEV_PORT, or 3000. Throws a sentence on anything that is not a TCP port. */
function devPort(env = process.env) {
  const raw = env.ADDIN_DEV_PORT;
  if (raw === undefined || raw.trim() === "") return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`ADDIN_DEV_PORT must be a port number from 1 to 65535 (got "${raw}")`);
  }
  return port;
}

/** Resolves true when nothing listens on localhost:port (tries to listen there for a moment). */
function isPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (e) => (e.code === "EADDRINUSE" || e.code === "EACCES" ? resolve(false) : reject(e)));
    probe.listen({ port, host: HOST, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/** The first free port after `port` (up to 20 tried), or null. */
async function nextFreePort(port) {
  for (let p = port + 1; p <= Math.min(port + 20, 65535); p++) if (await isPortFree(p)) return p;
  return null;
}

function run(command, args) {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 5000 });
  } catch (e) {
    return typeof e.stdout === "string" ? e.stdout : ""; // lsof exits 1 when it finds nothing
  }
}

/** One line of at most 120 characters, whatever the process put in its arguments. */
function oneLine(text) {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 120 ? `${flat.slice(0, 119)}…` : flat;
}

/** The command line of a process, for "which process" (Linux /proc, else ps; empty if unknown). */
function commandLine(pid) {
  try {
    return oneLine(readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).join(" "));
  } catch {
    return oneLine(run("ps", ["-o", "command=", "-p", String(pid)]));
  }
}

function ownerOnWindows(port) {
  const line = run("netstat", ["-ano", "-p", "tcp"])
    .split(/\r?\n/)
    .find((l) => new RegExp(`:${port}\\s+\\S+\\s+LISTENING\\s+\\d+\\s*$`).test(l));
  const pid = line ? Number(line.trim().split(/\s+/).pop()) : NaN;
  if (!pid) return null;
  const name = /^"([^"]+)"/.exec(run("tasklist", ["/FI", `PID eq ${pid}`, "/FO", "CSV", "/NH"]))?.[1] ?? "";
  return { pid, name, command: "" };
}

/** Which process listens on the port: lsof (Linux, macOS), then ss (Linux), netstat (Windows). */
function portOwner(port) {
  if (process.platform === "win32") return ownerOnWindows(port);
  const lsof = run("lsof", ["-nP", `-iTCP:${port}`, "-sTCP:LISTEN", "-Fpc"]);
  let pid = Number(/^p(\d+)$/m.exec(lsof)?.[1]);
  let name = /^c(.+)$/m.exec(lsof)?.[1] ?? "";
  if (!pid) {
    const ss = /users:\(\("([^"]+)",pid=(\d+)/.exec(run("ss", ["-ltnpH", `sport = :${port}`]));
    if (ss) [name, pid] = [ss[1], Number(ss[2])];
  }
  return pid ? { pid, name, command: commandLine(pid) } : null;
}

/** The one line `npm start` prints when the port is taken: who has it, how to stop it, how to move. */
function portInUseMessage(port, owner, freePort, platform = process.platform) {
  const windows = platform === "win32";
  const who = owner
    ? `${owner.name || "a process"} (pid ${owner.pid}${owner.command ? `: ${owner.command}` : ""})`
    : "another program (its process could not be found; `lsof -i :" + port + "` or `netstat -ano` may tell)";
  const stop = owner
    ? `stop it with Ctrl+C in its terminal or \`${windows ? `taskkill /PID ${owner.pid}` : `kill ${owner.pid}`}\``
    : "stop it";
  const other = freePort ?? port + 1;
  const env = windows ? `set ADDIN_DEV_PORT=${other}&& npm start` : `ADDIN_DEV_PORT=${other} npm start`;
  return (
    `Port ${port} is already in use by ${who}: ${stop}, or serve on another port with \`${env}\`` +
    ` (the manifest then points at https://localhost:${other}; npm start writes that manifest and prints its path).`
  );
}

module.exports = { DEFAULT_PORT, HOST, devPort, isPortFree, nextFreePort, portOwner, portInUseMessage };
