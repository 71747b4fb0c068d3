// `npm start` as a new user runs it: dev certificates, https on localhost, CORS for functions.json
// (Excel on the web fetches it cross-origin), and the sideload steps printed.
import { spawn, type ChildProcess } from "node:child_process";
import https from "node:https";
import path from "node:path";
import { PNG } from "pngjs";

const ROOT = path.resolve(__dirname, "../..");
const PORT = 3123; // not 3000, so a developer's running `npm start` does not collide

jest.setTimeout(5 * 60_000);

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

function get(file: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    // The dev CA is usually not trusted on CI machines; the test checks headers, not trust.
    https
      .get({ host: "localhost", port: PORT, path: `/${file}`, rejectUnauthorized: false, headers: { Origin: "https://excel.officeapps.live.com" } }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe("npm start", () => {
  let server: ChildProcess;
  let output = "";

  beforeAll(async () => {
    server = spawn(process.execPath, ["scripts/start.mjs"], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_DEV_PORT: String(PORT) },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    const collect = (c: Buffer) => (output += c.toString());
    server.stdout?.on("data", collect);
    server.stderr?.on("data", collect);
    await new Promise<void>((resolve, reject) => {
      const timer = setInterval(() => {
        if (/Sideload in Excel on the web/.test(output)) {
          clearInterval(timer);
          resolve();
        } else if (server.exitCode !== null) {
          clearInterval(timer);
          reject(new Error(`npm start exited early:\n${output}`));
        }
      }, 250);
    });
  });

  afterAll(() => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  });

  it("prints the sideload steps for Excel on the web and desktop", () => {
    expect(output).toMatch(/Upload My Add-in/);
    expect(output).toMatch(/Excel desktop/);
  });

  it.each(["taskpane.html", "functions.js", "functions.json", "help.html", "manifest.xml"])("serves %s over https with CORS", async (file) => {
    const reply = await get(file);
    expect(reply.status).toBe(200);
    expect(reply.headers["access-control-allow-origin"]).toBe("*");
    expect(reply.body.length).toBeGreaterThan(100);
  });

  it("serves functions.json as the GR metadata", async () => {
    const meta = JSON.parse((await get("functions.json")).body.toString()) as { functions: { id: string }[] };
    expect(meta.functions.map((f) => f.id)).toContain("JWO_NPV");
  });

  it.each([16, 32, 64, 80])("serves the %i px icon", async (size) => {
    const png = PNG.sync.read((await get(`assets/icon-${size}.png`)).body);
    expect(png.width).toBe(size);
  });
});
