// `npm start` as a new user runs it, and as an attacker probes it. Sources of truth:
// - Microsoft: the server hosting functions.json must send CORS for Excel on the web
//   (learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json); Excel on the web reads
//   ribbon icons with CORS (office-js#2467). Those files, and functions.js, get CORS; nothing else.
// - webpack-dev-server's own protections (CVE-2025-30359, CVE-2025-30360): a cross-site script
//   request for a bundle or source map, and a cross-origin WebSocket, are refused; plus our own
//   rule that only "localhost" is a valid Host (not an IP address).
// Port 3123, not 3000, so a developer's running `npm start` does not collide.
import { readFileSync } from "node:fs";
import path from "node:path";
import { PNG } from "pngjs";
import { sideloadText } from "../../src/help/sideloadSteps";
import { CROSS_SITE_SCRIPT, EXCEL_FETCH, request, runStart, waitForOutput, websocketHandshake, type Started } from "./devserverClient";

const ROOT = path.resolve(__dirname, "../..");
const PORT = 3123;
const BASE = `https://localhost:${PORT}`;

jest.setTimeout(5 * 60_000);

let started: Started;

beforeAll(async () => {
  started = runStart(ROOT, PORT);
  await waitForOutput(started, /Stop the server with Ctrl\+C/);
});

afterAll(async () => {
  if (started.child.pid) process.kill(-started.child.pid, "SIGTERM");
  await started.exited;
});

describe("npm start prints", () => {
  it("the sideload steps of src/help/sideloadSteps.ts, the same ones help.html and README show", () => {
    expect(started.output()).toContain(sideloadText());
  });

  it("how to stop the server and how to remove the development certificates", () => {
    expect(started.output()).toMatch(/Stop the server with Ctrl\+C\./);
    expect(started.output()).toMatch(/npx office-addin-dev-certs uninstall/);
  });

  it("a manifest for its port that is exactly the one it serves, every URL on that port", async () => {
    const file = /manifest {7}(\S+\.xml)/.exec(started.output())?.[1] ?? "";
    expect(file).toMatch(/manifest-localhost-3123\.xml$/);
    expect(started.output()).toMatch(/manifest\.xml itself expects 3000/);
    const written = readFileSync(file, "utf8");
    const urls = [...written.matchAll(/https:\/\/[^"<\s]+/g)].map((m) => m[0]);
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url.startsWith(`${BASE}/`)).toBe(true);
    expect((await request(PORT, "manifest.xml")).body.toString()).toBe(written);
  });
});

describe("what Excel reads from its own origin", () => {
  it("serves functions.json to Excel on the web's cross-origin fetch, with CORS, pointing helpUrls at this port", async () => {
    const reply = await request(PORT, "functions.json", EXCEL_FETCH);
    expect(reply.status).toBe(200);
    expect(reply.headers["access-control-allow-origin"]).toBe("*");
    const meta = JSON.parse(reply.body.toString()) as { functions: { id: string; helpUrl: string }[] };
    expect(meta.functions.find((f) => f.id === "JWO_NPV")?.helpUrl).toBe(`${BASE}/help.html#JWO_NPV`);
  });

  it("serves functions.js with CORS", async () => {
    const reply = await request(PORT, "functions.js", EXCEL_FETCH);
    expect([reply.status, reply.headers["access-control-allow-origin"]]).toEqual([200, "*"]);
  });

  it.each([16, 32, 64, 80])("serves the %i px icon with CORS, also to a plain cross-site <img>", async (size) => {
    for (const headers of [{ ...EXCEL_FETCH, "Sec-Fetch-Dest": "image" }, { "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Dest": "image" }]) {
      const reply = await request(PORT, `assets/icon-${size}.png`, headers);
      expect([reply.status, reply.headers["access-control-allow-origin"]]).toEqual([200, "*"]);
      expect(PNG.sync.read(reply.body).width).toBe(size);
    }
  });

  it.each(["taskpane.html", "help.html"])("lets Office frame or open %s, without CORS", async (page) => {
    const reply = await request(PORT, page, { "Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate", "Sec-Fetch-Dest": "iframe" });
    expect(reply.status).toBe(200);
    expect(reply.headers["cross-origin-resource-policy"]).toBe("cross-origin");
    expect(reply.headers["access-control-allow-origin"]).toBeUndefined();
  });
});

describe("what another site must not get", () => {
  it.each(["taskpane.js", "taskpane.js.map"])("serves %s to its own pages", async (file) => {
    const reply = await request(PORT, file, { "Sec-Fetch-Site": "same-origin", "Sec-Fetch-Mode": "no-cors", "Sec-Fetch-Dest": "script" });
    expect(reply.status).toBe(200);
    expect(reply.body.length).toBeGreaterThan(1000);
  });

  it.each(["taskpane.js", "taskpane.js.map"])("refuses %s to a cross-site <script> request", async (file) => {
    const reply = await request(PORT, file, CROSS_SITE_SCRIPT);
    expect(reply.status).toBe(403);
    expect(reply.body.toString()).not.toMatch(/webpack|sourceMappingURL|sources/);
  });

  it.each(["taskpane.js", "taskpane.js.map", "functions.js.map"])("sends no CORS header with %s, so a cross-origin fetch cannot read it", async (file) => {
    const reply = await request(PORT, file, { ...EXCEL_FETCH, Origin: "http://203.0.113.5" });
    expect(reply.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("accepts no WebSocket from a foreign origin (nor from its own: it has no WebSocket server)", async () => {
    expect(await websocketHandshake(PORT, { Origin: "http://203.0.113.5" })).not.toBe("upgraded");
    expect(await websocketHandshake(PORT, { Origin: BASE })).not.toBe("upgraded");
  });

  it.each(["203.0.113.5:3123", "203.0.113.5", "127.0.0.1:3123", "[::1]:3123", "evil.example", "localhost.evil.example:3123"])(
    "refuses Host: %s",
    async (host) => {
      const reply = await request(PORT, "taskpane.html", { Host: host });
      expect(reply.status).toBe(403);
      expect(reply.body.toString()).toMatch(/Invalid Host header/);
    },
  );

  it("answers Host: localhost with or without the port", async () => {
    for (const host of [`localhost:${PORT}`, "localhost"]) expect((await request(PORT, "taskpane.html", { Host: host })).status).toBe(200);
  });
});
