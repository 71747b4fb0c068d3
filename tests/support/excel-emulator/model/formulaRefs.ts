// Finds what an en-US A1 formula refers to: cells and ranges (optionally sheet-qualified, optionally
// with the spill operator #), defined names, tables, and the functions it calls. The emulator uses it
// to refuse references to sheets that do not exist and to see which formulas call GR. functions; the
// template tests use it to check that every reference lands on a cell that holds something.

export type FormulaRef =
  | { kind: "area"; sheet?: string; address: string; spill: boolean }
  | { kind: "name"; sheet?: string; name: string }
  | { kind: "table"; table: string }
  | { kind: "function"; name: string };

const QUOTED_SHEET = /^'((?:[^']|'')+)'!/;
const PLAIN_SHEET = /^([A-Za-z_][\w.]*)!/;
const AREA = /^(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(#?)(?![\w.(!\[])/;
const IDENTIFIER = /^[A-Za-z_\\][\w.\\]*/;
const NUMBER = /^\d+(\.\d*)?([Ee][+-]?\d+)?/;
const ERROR_LITERAL = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!)/;

/** Skips a "..." string literal or a [...] structured-reference body; returns the index after it. */
function skipDelimited(text: string, start: number): number {
  if (text[start] === '"') {
    let i = start + 1;
    while (i < text.length && !(text[i] === '"' && text[i + 1] !== '"')) i += text[i] === '"' ? 2 : 1;
    return i + 1;
  }
  let depth = 0;
  let i = start;
  do {
    if (text[i] === "[") depth++;
    if (text[i] === "]") depth--;
    i++;
  } while (depth > 0 && i < text.length);
  return i;
}

type Token = { ref?: FormulaRef; length: number };

function readSheetPrefix(rest: string): { sheet?: string; length: number } {
  const quoted = QUOTED_SHEET.exec(rest);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), length: quoted[0].length };
  const plain = PLAIN_SHEET.exec(rest);
  return plain ? { sheet: plain[1], length: plain[0].length } : { length: 0 };
}

function readToken(rest: string): Token {
  const prefix = readSheetPrefix(rest);
  const body = rest.slice(prefix.length);
  const area = AREA.exec(body);
  if (area) {
    const ref: FormulaRef = { kind: "area", address: area[1].replace(/\$/g, "").toUpperCase(), spill: area[2] === "#" };
    if (prefix.sheet !== undefined) ref.sheet = prefix.sheet;
    return { ref, length: prefix.length + area[0].length };
  }
  const id = IDENTIFIER.exec(body);
  if (!id) return { length: Math.max(prefix.length, 1) };
  const next = body[id[0].length];
  const length = prefix.length + id[0].length;
  if (next === "(") return { ref: { kind: "function", name: id[0].toUpperCase() }, length };
  if (next === "[") return { ref: { kind: "table", table: id[0] }, length };
  if (/^(TRUE|FALSE)$/i.test(id[0]) && prefix.sheet === undefined) return { length };
  const ref: FormulaRef = { kind: "name", name: id[0] };
  if (prefix.sheet !== undefined) ref.sheet = prefix.sheet;
  return { ref, length };
}

/** Every reference in `formula` (which starts with "="), in order of appearance. */
export function formulaReferences(formula: string): FormulaRef[] {
  const refs: FormulaRef[] = [];
  let i = formula.startsWith("=") ? 1 : 0;
  while (i < formula.length) {
    const ch = formula[i];
    const rest = formula.slice(i);
    const afterWordChar = i > 0 && /[\w.$]/.test(formula[i - 1]);
    if (ch === '"' || ch === "[") i = skipDelimited(formula, i);
    else if (ch === "#" && ERROR_LITERAL.test(rest)) i += ERROR_LITERAL.exec(rest)![0].length;
    else if (afterWordChar || !/['$A-Za-z_\\\d]/.test(ch)) i++;
    else if (/\d/.test(ch) && !AREA.test(rest)) i += NUMBER.exec(rest)![0].length;
    else {
      const token = readToken(rest);
      if (token.ref) refs.push(token.ref);
      i += token.length;
    }
  }
  return refs;
}

/** The sheets a formula names explicitly. */
export function referencedSheets(formula: string): string[] {
  return formulaReferences(formula).flatMap((r) => ("sheet" in r && r.sheet !== undefined ? [r.sheet] : []));
}
