// The browser test's machinery: a production build of the add-in, the page's Office host (the real
// Excel library and the Excel emulator) bundled for the browser, an https server, and Chromium.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { generate } from "selfsigned";
import webpack from "webpack";

export const ROOT = path.resolve(__dirname, "../..");
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Production build of the add-in into `outDir` (or the existing build named by BROWSER_DIST). */
export function buildAddin(outDir: string): string {
  if (process.env.BROWSER_DIST) return path.resolve(process.env.BROWSER_DIST);
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: ROOT,
    env: { ...process.env, ADDIN_OUT_DIR: outDir, ADDIN_BASE_URL: "" },
    stdio: "pipe",
  });
  return outDir;
}

/** Microsoft's Excel library from the pinned package (the readable build: stacks name its lines). */
export const EXCEL_LIBRARY = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist", "excel-web-16.00.debug.js");

/**
 * What the page gets for office.js: Microsoft's Excel library, then tests/browser/page/officeHost.ts
 * (the Office shim and the Excel emulator) bundled for the browser.
 */
export async function bundleOfficeHost(outDir: string): Promise<string> {
  mkdirSync(outDir, { recursive: true });
  const compiler = webpack({
    mode: "development",
    devtool: false,
    target: ["web", "es2020"],
    entry: path.join(__dirname, "page", "officeHost.ts"),
    output: { path: outDir, filename: "office-host.js" },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(ROOT, "tsconfig.json"), compilerOptions: { noEmit: false } } },
        },
      ],
    },
  });
  await new Promise<void>((resolve, reject) =>
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error || !stats || stats.hasErrors()) reject(error ?? new Error(stats?.toString("errors-only")));
      else resolve();
    }),
  );
  return `${readFileSync(EXCEL_LIBRARY, "utf8")}\n;\n${readFileSync(path.join(outDir, "office-host.js"), "utf8")}`;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".css": "text/css",
  ".xml": "application/xml",
};

export type StaticServer = { origin: string; requests: string[]; close(): Promise<void> };

/**
 * Serves `dist` over https on localhost with a throwaway self-signed certificate. `extra` maps
 * paths to bodies served as well (axe-core, a CSP variant of the page).
 */
export async function serve(dist: string, extra: Record<string, { body: string; type: string }> = {}): Promise<StaticServer> {
  const pems = await generate([{ name: "commonName", value: "localhost" }], { keySize: 2048 });
  const requests: string[] = [];
  const server: Server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "https://localhost").pathname);
    requests.push(pathname);
    const special = extra[pathname];
    if (special) {
      res.writeHead(200, { "Content-Type": special.type }).end(special.body);
      return;
    }
    const file = path.join(dist, path.normalize(pathname).replace(/^([/\\])+/, ""));
    if (!file.startsWith(dist) || !existsSync(file) || !path.extname(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://localhost:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Debian's Chromium, headless, nothing that phones home. Playwright gives it a fresh profile. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--host-resolver-rules=MAP localhost 127.0.0.1",
    ],
  });
}
