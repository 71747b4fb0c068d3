// `npm start` when its port is taken or badly given: one line that names the process holding the
// port, how to stop it and how to move to another port (ADDIN_DEV_PORT), printed before any
// certificate text, with no stack trace.
import { createServer, type Server } from "node:net";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { runStart } from "./devserverClient";

const ROOT = path.resolve(__dirname, "../..");

jest.setTimeout(2 * 60_000);

/** Holds a port on localhost from this test process, so its pid is the one to be named. */
async function holdPort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

async function runToEnd(port: number | string): Promise<{ code: number | null; lines: string[] }> {
  const started = runStart(ROOT, port);
  const code = await started.exited;
  return { code, lines: started.output().trim().split("\n") };
}

describe("npm start on a port that is taken", () => {
  let held: { server: Server; port: number };
  beforeAll(async () => {
    held = await holdPort();
  });
  afterAll(() => new Promise<void>((resolve) => held.server.close(() => resolve())));

  it("exits with 1 after exactly one line, before any certificate text", async () => {
    const { code, lines } = await runToEnd(held.port);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toMatch(/EADDRINUSE|certificate|^\s+at /i);
  });

  it("names the process that holds the port and how to stop it", async () => {
    const [line] = (await runToEnd(held.port)).lines;
    expect(line).toContain(`Port ${held.port} is already in use by`);
    expect(line).toContain(`(pid ${process.pid}`);
    expect(line).toMatch(process.platform === "win32" ? `taskkill /PID ${process.pid}` : `\`kill ${process.pid}\``);
    expect(line).toContain("Ctrl+C");
  });

  it("says how to serve on another port and that the manifest then follows that port", async () => {
    const [line] = (await runToEnd(held.port)).lines;
    const other = /ADDIN_DEV_PORT=(\d+)/.exec(line)?.[1];
    expect(Number(other)).toBeGreaterThan(held.port);
    expect(line).toContain(`the manifest then points at https://localhost:${other}`);
  });
});

describe("npm start with a bad ADDIN_DEV_PORT", () => {
  it.each(["abc", "0", "70000", "3000.5"])("refuses %s in one line", async (value) => {
    const { code, lines } = await runToEnd(value);
    expect(code).toBe(1);
    expect(lines).toEqual([`npm start failed: ADDIN_DEV_PORT must be a port number from 1 to 65535 (got "${value}")`]);
  });
});
