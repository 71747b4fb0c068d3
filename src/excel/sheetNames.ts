// Sheet names within Excel's rules, and how formulas must spell them.

/** Excel's longest sheet name. */
export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;
/** Excel reserves "History" (the change-tracking sheet), whatever its case. */
const RESERVED = ["HISTORY"];
const FALLBACK = "Sheet";

/** Removes what Excel refuses in a sheet name: forbidden characters, edge apostrophes and spaces. */
function cleanBase(base: string): string {
  const cleaned = base
    .replace(FORBIDDEN, "-")
    .replace(/[\u0000-\u001f]/g, " ") // control characters cannot be typed into a tab name either
    .replace(/\s+/g, " ");
  return trimEdges(cleaned) || FALLBACK;
}

/** Trims spaces and apostrophes at both ends (Excel refuses a leading or trailing apostrophe). */
function trimEdges(name: string): string {
  return name.replace(/^[\s']+|[\s']+$/g, "");
}

/** Cuts to `length` UTF-16 units without splitting a surrogate pair, then re-trims the edges. */
function cut(name: string, length: number): string {
  let head = name.slice(0, length);
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1);
  return trimEdges(head) || FALLBACK.slice(0, length);
}

/**
 * A valid sheet name based on `base` that none of `existing` already uses (compared without regard
 * to case, as Excel does): the base itself, else "Base (2)", "Base (3)", … trimmed so the whole name
 * stays within 31 characters.
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const taken = new Set([...existing.map((n) => n.toUpperCase()), ...RESERVED]);
  const clean = cleanBase(base);
  for (let n = 1; ; n++) {
    const suffix = n === 1 ? "" : ` (${n})`;
    const candidate = cut(clean, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!taken.has(candidate.toUpperCase())) return candidate;
  }
}

const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9_.]*$/;
const LOOKS_LIKE_A1 = /^[A-Za-z]{1,3}\d+$/;
const LOOKS_LIKE_R1C1 = /^(R\d*C?\d*|C\d*)$/i;
const BOOLEAN = /^(TRUE|FALSE)$/i;

/**
 * The prefix a formula uses to refer to a sheet: `Summary!` or `'JWO Investment Case (2)'!`.
 * Excel needs quotes when the name is not a plain identifier (spaces, punctuation, a leading digit)
 * or could be read as a cell reference ("AB12", "R1C1") or a boolean; embedded apostrophes double.
 */
export function sheetReference(name: string): string {
  const plain = PLAIN_NAME.test(name) && !LOOKS_LIKE_A1.test(name) && !LOOKS_LIKE_R1C1.test(name) && !BOOLEAN.test(name);
  return plain ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/** "Base", else "Base2", "Base3", …: table names are workbook-wide and share a namespace with names. */
export function uniqueTableName(base: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toUpperCase()));
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? base : `${base}${n}`;
    if (!taken.has(candidate.toUpperCase())) return candidate;
  }
}

/**
 * Names for an insert's sheets while they are being added (sync 2), which no user or co-author
 * would choose: "~GR insert <12 random hex digits> <n>", at most 26 characters and legal. Found by
 * these names only if the add request fails before it returns the sheets' ids.
 */
export function temporarySheetNames(count: number, token: string = randomToken()): { prefix: string; names: string[] } {
  const prefix = `~GR insert ${token} `;
  return { prefix, names: Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`) };
}

/** 48 random bits (Web Crypto, in every browser Office runs add-ins in and in Node ≥ 19). */
function randomToken(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, "0")).join("");
}
