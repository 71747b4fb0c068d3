// Requests to the local dev server as a browser would send them, with the headers a browser sets
// (Origin, Sec-Fetch-*, Host). Every request goes to localhost: a foreign origin or host is only a
// header value, never an address contacted.
import { spawn, type ChildProcess } from "node:child_process";
import https from "node:https";

export type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** Headers of a cross-site <script src> (no-cors), as Chromium sends them. */
export const CROSS_SITE_SCRIPT = { "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Dest": "script" };
/** Headers of Excel on the web's fetch of a file from the add-in's server. */
export const EXCEL_FETCH = { Origin: "https://excel.officeapps.live.com", "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "cors", "Sec-Fetch-Dest": "empty" };

export function request(port: number, file: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    // The dev CA is usually not trusted on CI machines; these tests check behaviour, not trust.
    const req = https.request({ host: "localhost", port, path: `/${file}`, rejectUnauthorized: false, agent: false, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** A WebSocket handshake; resolves "upgraded" on 101, else the HTTP status (or "closed"). */
export function websocketHandshake(port: number, headers: Record<string, string>): Promise<"upgraded" | number | "closed"> {
  return new Promise((resolve) => {
    const req = https.request({
      host: "localhost",
      port,
      path: "/ws",
      rejectUnauthorized: false,
      agent: false,
      headers: { Connection: "Upgrade", Upgrade: "websocket", "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ==", ...headers },
    });
    req.on("upgrade", (_res, socket) => {
      socket.destroy();
      resolve("upgraded");
    });
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", () => resolve("closed"));
    req.end();
  });
}

export type Started = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/** Runs `node scripts/start.mjs` with ADDIN_DEV_PORT, collecting stdout and stderr together. */
export function runStart(root: string, port: number | string): Started {
  let output = "";
  const child = spawn(process.execPath, ["scripts/start.mjs"], {
    cwd: root,
    env: { ...process.env, ADDIN_DEV_PORT: String(port) },
    detached: true, // its own process group, so afterAll can stop webpack-dev-server with it
    stdio: ["ignore", "pipe", "pipe"],
  });
  const collect = (c: Buffer) => (output += c.toString());
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Resolves once the output matches, rejects if the process exits first (no clock involved). */
export function waitForOutput(started: Started, pattern: RegExp): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (pattern.test(started.output())) {
        started.child.stdout?.off("data", check);
        resolve();
      }
    };
    started.child.stdout?.on("data", check);
    void started.exited.then(() => (pattern.test(started.output()) ? resolve() : reject(new Error(`npm start exited early:\n${started.output()}`))));
    check();
  });
}
