// Moves the add-in to another base URL: every https://localhost:3000 in manifest.xml and
// functions.json becomes the deploy base (ADDIN_BASE_URL) or another local port (ADDIN_DEV_PORT).
// Used by the webpack build and by `npm start`, so both write the same manifest.
//
// An <AppDomain> holds a domain, never a path, and listing the add-in's own origin there has no
// effect (Microsoft, "AppDomain element": https://learn.microsoft.com/javascript/api/manifest/appdomain).
// So an AppDomain naming the dev origin is dropped, not rewritten into https://host/path.
const DEV_BASE_URL = "https://localhost:3000";

/** Checks a base URL given by the user: https, a host, an optional path, nothing else. */
function parseBaseUrl(raw, source) {
  const base = String(raw).trim().replace(/\/+$/, "");
  if (!/^https:\/\/[^\s/?#]+(\/[^\s?#]*)?$/.test(base)) {
    throw new Error(`${source} must be an https:// URL without query or fragment (got "${raw}")`);
  }
  return base;
}

/** Removes <AppDomain>https://localhost:3000</AppDomain>, and <AppDomains> if that empties it (it may not be empty). */
function dropOwnAppDomain(xml) {
  const own = new RegExp(`[ \\t]*<AppDomain>\\s*${DEV_BASE_URL.replace(/[.]/g, "\\.")}/?\\s*</AppDomain>[ \\t]*\\r?\\n?`, "g");
  return xml.replace(own, "").replace(/[ \t]*<AppDomains>\s*<\/AppDomains>[ \t]*\r?\n?/g, "");
}

/** The text of `fileName` (manifest.xml or functions.json) as served from `target` instead of the dev base. */
function rewriteBaseUrl(text, fileName, target) {
  if (target === DEV_BASE_URL) return text;
  const source = fileName.endsWith(".xml") ? dropOwnAppDomain(text) : text;
  return source.split(DEV_BASE_URL).join(target);
}

module.exports = { DEV_BASE_URL, parseBaseUrl, rewriteBaseUrl };
