// What `npm start`'s webpack-dev-server adds to its own host and origin checks (which stay on: no
// allowedHosts override, see docs/security.md):
//   - a stricter Host check: "localhost" with or without this port, nothing else (webpack-dev-server
//     itself accepts any IP address as Host);
//   - CORS on exactly the files Excel fetches from its own origin: functions.json (documented),
//     functions.js (the manifest's custom-functions Script; whether Excel fetches it cross-origin is
//     not documented, so it may) and the manifest icons (Excel on the web loads ribbon images with
//     CORS, office-js#2467). Nothing else gets CORS: not the pane's scripts, not source maps.
//   - the icons served before webpack-dev-server's cross-site check too, in case an Office surface
//     loads them as plain <img> (no-cors); they are public images and nothing else is served this way.
//   - the pages Office frames or opens (taskpane.html, help.html) marked Cross-Origin-Resource-Policy:
//     cross-origin instead of webpack-dev-server's same-origin, so an Office page that sets a
//     Cross-Origin-Embedder-Policy could still frame them. That lets no other site read them.
const { existsSync, readFileSync } = require("node:fs");
const path = require("node:path");

/** Paths Excel may read from another origin (the Office web app's). */
const CROSS_ORIGIN_PATHS = [/^\/functions\.json$/, /^\/functions\.js$/, /^\/assets\/icon-\d+\.png$/];
const ICON_PATH = /^\/assets\/(icon-\d+\.png)$/;
/** Pages the manifest names (SourceLocation, SupportUrl, LearnMoreUrl, helpUrl): framed or opened by Office. */
const OFFICE_PAGES = [/^\/taskpane\.html$/, /^\/help\.html$/];

const pathname = (req) => new URL(req.url ?? "/", "https://localhost").pathname;

function refuse(res, status, text) {
  res.statusCode = status;
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.end(text);
}

/** Host must be localhost (with this port or none): no other name, no IP address. */
function hostGuard(port) {
  const allowed = new Set(["localhost", `localhost:${port}`]);
  return {
    name: "gr-host-guard",
    middleware(req, res, next) {
      const host = String(req.headers.host ?? req.headers[":authority"] ?? "").toLowerCase();
      if (allowed.has(host)) next();
      else refuse(res, 403, "Invalid Host header: this development server answers to localhost only.");
    },
  };
}

function allowCrossOrigin(res) {
  res.setHeader("Access-Control-Allow-Origin", "*");
  res.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
}

/** The manifest icons, straight from assets/ (the build copies them unchanged), readable from any origin. */
function manifestIcons(assetsDir) {
  return {
    name: "gr-manifest-icons",
    middleware(req, res, next) {
      const match = ICON_PATH.exec(pathname(req));
      const file = match && path.join(assetsDir, match[1]);
      if (!file || !existsSync(file) || (req.method !== "GET" && req.method !== "HEAD")) return next();
      allowCrossOrigin(res);
      res.setHeader("Content-Type", "image/png");
      res.end(req.method === "HEAD" ? undefined : readFileSync(file));
    },
  };
}

/** CORS headers on the custom-functions files and icons, CORP on the pages; runs after webpack-dev-server's checks, before the bundle. */
const corsForExcel = {
  name: "gr-cors-for-excel",
  middleware(req, res, next) {
    const file = pathname(req);
    if (CROSS_ORIGIN_PATHS.some((p) => p.test(file))) allowCrossOrigin(res);
    else if (OFFICE_PAGES.some((p) => p.test(file))) res.setHeader("Cross-Origin-Resource-Policy", "cross-origin");
    next();
  },
};

/** setupMiddlewares for webpack-dev-server: ours around its own, none of its own removed. */
function setupMiddlewares(port, assetsDir) {
  return (middlewares) => {
    const bundle = middlewares.findIndex((m) => m.name === "webpack-dev-middleware");
    if (bundle < 0) throw new Error("webpack-dev-server no longer names its webpack-dev-middleware step; review scripts/devserver/guards.cjs");
    return [hostGuard(port), manifestIcons(assetsDir), ...middlewares.slice(0, bundle), corsForExcel, ...middlewares.slice(bundle)];
  };
}

module.exports = { setupMiddlewares, CROSS_ORIGIN_PATHS };
