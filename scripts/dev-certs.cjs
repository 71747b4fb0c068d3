// HTTPS options for the dev server. office-addin-dev-certs generates a CA and a localhost certificate in
// ~/.office-addin-dev-certs and tries to trust the CA; without sudo (CI, containers, most Linux
// boxes) the trust step fails and getHttpsServerOptions() throws. We then still serve with the
// generated files and tell the user how to trust the CA by hand.
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const CERT_DIR = path.join(os.homedir(), ".office-addin-dev-certs");
// Where trustHelp() tells Linux users to copy the CA, the NSS nickname it uses, and the CA's name
// (office-addin-dev-certs' certificateName), so removalHelp() can undo exactly that.
const LINUX_CA_COPY = "/usr/local/share/ca-certificates/office-addin-dev-ca.crt";
const NSS_NICKNAME = "office-addin-dev";
const CA_NAME = "Developer CA for Microsoft Office Add-ins";
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

/** How to trust the generated CA by hand, for when office-addin-dev-certs could not (no sudo). */
function trustHelp(port = 3000) {
  return [
    `The development CA is not trusted by this machine, so browsers will warn about https://localhost:${port}.`,
    `Trust it once (then restart the browser):`,
    `  Linux (Debian/Ubuntu): sudo cp ${FILES.ca} ${LINUX_CA_COPY} && sudo update-ca-certificates`,
    `                         Chrome/Edge also read the NSS store: certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n ${NSS_NICKNAME} -i ${FILES.ca}`,
    `  macOS:   sudo security add-trusted-cert -d -r trustRoot -k /Library/Keychains/System.keychain ${FILES.ca}`,
    `  Windows: npx office-addin-dev-certs install   (answers a one-time prompt)`,
    `Or open https://localhost:${port}/taskpane.html once and accept the warning before sideloading.`,
  ].join("\n");
}

/**
 * How to remove the certificates again. `npx office-addin-dev-certs uninstall` deletes the files in
 * ~/.office-addin-dev-certs and, if the tool itself had trusted the CA, removes that trust (with
 * sudo or an admin prompt); without that trust it needs no sudo. Trust added by hand (trustHelp)
 * is undone by hand.
 */
function removalHelp() {
  return [
    `Remove the development certificates: npx office-addin-dev-certs uninstall   (or delete ${CERT_DIR})`,
    `  and undo a trust added by hand: Linux: sudo rm ${LINUX_CA_COPY} && sudo update-ca-certificates --fresh;`,
    `  certutil -d sql:$HOME/.pki/nssdb -D -n ${NSS_NICKNAME};`,
    `  macOS: sudo security delete-certificate -c "${CA_NAME}" /Library/Keychains/System.keychain`,
  ].join("\n");
}

module.exports = { httpsOptions, trustHelp, removalHelp, CERT_DIR, CERT_FILES: FILES };
