// HTTPS options for the dev server. office-addin-dev-certs generates a CA and a localhost certificate in
// ~/.office-addin-dev-certs and tries to trust the CA; without sudo (CI, containers, most Linux
// boxes) the trust step fails and getHttpsServerOptions() throws. We then still serve with the
// generated files and tell the user how to trust the CA by hand.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
const FILES = {
  ca: path.join(CERT_DIR, "ca.crt"),
  cert: path.join(CERT_DIR, "localhost.crt"),
  key: path.join(CERT_DIR, "localhost.key"),
};

function readGenerated() {
  return { ca: fs.readFileSync(FILES.ca), cert: fs.readFileSync(FILES.cert), key: fs.readFileSync(FILES.key) };
}

function haveFiles() {
  return Object.values(FILES).every((f) => fs.existsSync(f));
}

/** @returns {Promise<{ca: Buffer, cert: Buffer, key: Buffer, trusted: boolean}>} */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  if (!haveFiles()) {
    await devCerts.generateCertificates();
    try {
      await devCerts.installCaCertificate();
    } catch (e) {
      /* reported below as "not trusted" */
    }
  }
  let trusted = false;
  try {
    trusted = devCerts.isCaCertificateInstalled();
  } catch (e) {
    trusted = false;
  }
  return { ...readGenerated(), trusted };
}

function trustHelp() {
  return [
    `The development CA is not trusted by this machine, so browsers will warn about https://localhost:3000.`,
    `Trust it once (then restart the browser):`,
    `  Linux (Debian/Ubuntu): sudo cp ${FILES.ca} /usr/local/share/ca-certificates/office-addin-dev-ca.crt && sudo update-ca-certificates`,
    `                         Chrome/Edge also read the NSS store: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n office-addin-dev -i ${FILES.ca}`,
    `  macOS:   sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ${FILES.ca}`,
    `  Windows: npx office-addin-dev-certs install   (answers a one-time prompt)`,
    `Or open https://localhost:3000/taskpane.html once and accept the warning before sideloading.`,
  ].join("\n");
}

module.exports = { httpsOptions, trustHelp, CERT_FILES: FILES };
