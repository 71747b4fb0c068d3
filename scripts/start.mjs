// npm start: make sure dev certificates exist, then serve the add-in on https://localhost:3000
// (webpack-dev-server, CORS open for functions.json) and print how to sideload it.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { httpsOptions, trustHelp, CERT_FILES } = require("./dev-certs.cjs");
const URL_BASE = "https://localhost:3000";

const sideload = `
Great Reallocation Toolkit is being served on ${URL_BASE}
  task pane      ${URL_BASE}/taskpane.html
  functions      ${URL_BASE}/functions.js, ${URL_BASE}/functions.json
  reference      ${URL_BASE}/help.html

Sideload in Excel on the web:
  1. Open a workbook at https://www.office.com (Excel on the web), in a browser that trusts the dev CA.
  2. Home > Add-ins > More add-ins (or Insert > Add-ins) > My Add-ins > Upload My Add-in.
  3. Browse to manifest.xml in this folder (${process.cwd()}/manifest.xml) and Upload.
  4. Home > Reallocation > Model templates opens the pane; type =GR. in a cell for the functions.

Sideload in Excel desktop:
  Windows: put manifest.xml in a shared-folder catalog (File > Options > Trust Center > Trusted Add-in
           Catalogs), then Insert > My Add-ins > Shared Folder.
  macOS:   copy manifest.xml to ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef/ and restart Excel.

Stop with Ctrl+C.`;

async function main() {
  const { trusted } = await httpsOptions();
  console.log(`Dev certificates: ${CERT_FILES.cert} (CA ${CERT_FILES.ca})`);
  if (!trusted) console.log(`\n${trustHelp()}\n`);
  const cli = require.resolve("webpack-cli/bin/cli.js");
  const server = spawn(process.execPath, [cli, "serve", "--mode", "development"], { stdio: ["inherit", "pipe", "inherit"] });
  let announced = false;
  server.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /compiled (successfully|with)/i.test(chunk.toString())) {
      announced = true;
      console.log(sideload);
    }
  });
  for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((e) => {
  console.error(`npm start failed: ${e.message}`);
  process.exit(1);
});
