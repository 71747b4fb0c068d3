// Builds the add-in into dist/:
//   functions.js   the GR custom functions (own entry: small, loadable on its own)
//   functions.json generated from the JSDoc of src/functions/functions.ts
//   taskpane.html  loads office.js, then functions.js, then the pane UI (the shared runtime page)
//   help.html      the function reference (helpUrl target) and support page
//   manifest.xml, assets/
// ADDIN_BASE_URL=https://host/path rewrites every https://localhost:3000 in manifest.xml and
// functions.json, so dist/ can be hosted on any static HTTPS host; under `npm start` with
// ADDIN_DEV_PORT the same rewrite points them at https://localhost:<port>.
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { DEV_BASE_URL, parseBaseUrl, rewriteBaseUrl } = require("./scripts/manifest/rewriteBase.cjs");
const { devPort, HOST } = require("./scripts/devserver/port.cjs");
const { setupMiddlewares } = require("./scripts/devserver/guards.cjs");

const FUNCTIONS_SOURCE = "./src/functions/functions.ts";

/** Where manifest.xml and functions.json send Excel: ADDIN_BASE_URL, else this dev server. */
function baseUrl(serving) {
  if (process.env.ADDIN_BASE_URL) return parseBaseUrl(process.env.ADDIN_BASE_URL, "ADDIN_BASE_URL");
  return serving ? `https://${HOST}:${devPort()}` : DEV_BASE_URL;
}

/** Rewrites the dev base URL in the text assets Excel reads (manifest, metadata) to the deploy base. */
class RewriteBaseUrlPlugin {
  constructor(target) {
    this.target = target;
  }
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("RewriteBaseUrlPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteBaseUrlPlugin", stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT },
        (assets) => {
          for (const name of ["manifest.xml", "functions.json"]) {
            if (!assets[name] || this.target === DEV_BASE_URL) continue;
            const text = rewriteBaseUrl(assets[name].source().toString(), name, this.target);
            compilation.updateAsset(name, new webpack.sources.RawSource(text));
          }
        },
      );
    });
  }
}

function plugins(serving) {
  return [
    new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS_SOURCE }),
    new HtmlWebpackPlugin({
      filename: "taskpane.html",
      template: "./src/taskpane/taskpane.html",
      chunks: ["functions", "taskpane"],
      chunksSortMode: "manual",
      scriptLoading: "defer",
    }),
    new HtmlWebpackPlugin({ filename: "help.html", template: "./src/help/help.html", chunks: ["help"], scriptLoading: "defer" }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*.png", to: "assets/[name][ext]" },
        { from: "manifest.xml", to: "manifest.xml" },
        { from: "src/help/help.css", to: "help.css" },
      ],
    }),
    new RewriteBaseUrlPlugin(baseUrl(serving)),
  ];
}

/**
 * `npm start`: https on localhost only, with the dev certificates. webpack-dev-server keeps its
 * default host and origin checks (no allowedHosts override: that switched off its protection
 * against cross-site reads of the bundles and source maps, CVE-2025-30359 and CVE-2025-30360);
 * scripts/devserver/guards.cjs adds a localhost-only Host check and CORS for exactly the files
 * Excel reads cross-origin. No WebSocket server: nothing in the pane uses live reload.
 */
async function devServer() {
  const { httpsOptions } = require("./scripts/dev-certs.cjs");
  const { ca, cert, key } = await httpsOptions();
  const port = devPort();
  return {
    port,
    host: HOST, // never expose the dev server on the network
    server: { type: "https", options: { ca, cert, key } },
    static: false,
    hot: false,
    liveReload: false,
    client: false,
    webSocketServer: false,
    setupMiddlewares: setupMiddlewares(port, path.resolve(__dirname, "assets")),
  };
}

module.exports = async (env, argv) => ({
  devtool: argv.mode !== "production" ? "source-map" : false,
  // ES2020 like tsconfig: every Office webview that runs the shared runtime has it. It also lets
  // webpack's runtime use globalThis instead of `new Function("return this")` (CSP, no-eval test).
  target: ["web", "es2020"],
  entry: {
    functions: FUNCTIONS_SOURCE,
    taskpane: "./src/taskpane/index.tsx",
    help: "./src/help/help.ts",
  },
  output: {
    // ADDIN_OUT_DIR lets the tests build into their own folder without touching dist/.
    path: path.resolve(__dirname, process.env.ADDIN_OUT_DIR || "dist"),
    filename: "[name].js",
    chunkFilename: "[name].[contenthash:8].js",
    clean: true,
  },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        // Type checking is `npm run typecheck` (run by CI); the bundle only needs transpiling.
        use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json", transpileOnly: true } },
      },
      { test: /\.(png|svg)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } },
    ],
  },
  performance: { hints: false },
  plugins: plugins(Boolean(env && env.WEBPACK_SERVE)),
  devServer: env && env.WEBPACK_SERVE ? await devServer() : undefined,
});
