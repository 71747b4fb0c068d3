// Loads a built functions.js as Excel does (a fresh global scope whose CustomFunctions object records
// associate calls) and compares what registers with the ids in functions.json.
import { readFileSync } from "node:fs";
import vm from "node:vm";

export type Registration = { id: string; fn: (...args: unknown[]) => unknown };

/** Minimal CustomFunctions global: Error values are recorded as plain objects with code and message. */
export function customFunctionsGlobal(registrations: Registration[]) {
  class CustomFunctionsError {
    constructor(public code: string, public message?: string) {}
  }
  return {
    associate(idOrMap: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
      if (typeof idOrMap === "string" && fn) registrations.push({ id: idOrMap, fn });
      else if (typeof idOrMap === "object") for (const [id, f] of Object.entries(idOrMap)) registrations.push({ id, fn: f });
    },
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
}

/** The arguments Excel passes to `fn`: every declared parameter, the omitted optional ones as null. */
export function asExcelPasses(fn: { readonly length: number }, args: readonly unknown[]): unknown[] {
  return [...args, ...Array(Math.max(0, fn.length - args.length)).fill(null)];
}

/** Runs functions.js in a fresh context and returns what it registered. */
export function loadFunctionsScript(source: string): Registration[] {
  const registrations: Registration[] = [];
  const sandbox: Record<string, unknown> = { CustomFunctions: customFunctionsGlobal(registrations), console };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  sandbox.globalThis = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(source, sandbox, { filename: "functions.js" });
  return registrations;
}

export function metadataIds(functionsJson: string): string[] {
  const parsed = JSON.parse(functionsJson) as { functions?: { id: string }[] };
  return (parsed.functions ?? []).map((f) => f.id);
}

/** Problems: ids registered but not described, described but not registered, registered twice. */
export function registrationProblems(functionsJsPath: string, functionsJsonPath: string): string[] {
  let registered: string[];
  try {
    registered = loadFunctionsScript(readFileSync(functionsJsPath, "utf8")).map((r) => r.id);
  } catch (e) {
    return [`functions.js failed to load in a fresh scope: ${(e as Error).message}`];
  }
  const described = metadataIds(readFileSync(functionsJsonPath, "utf8"));
  const problems: string[] = [];
  const dupes = registered.filter((id, i) => registered.indexOf(id) !== i);
  if (dupes.length) problems.push(`functions.js registers ${dupes.join(", ")} more than once`);
  const missing = described.filter((id) => !registered.includes(id));
  const extra = registered.filter((id) => !described.includes(id));
  if (missing.length) problems.push(`functions.json describes ${missing.join(", ")} but functions.js never registers them (#NAME? in Excel)`);
  if (extra.length) problems.push(`functions.js registers ${extra.join(", ")} that functions.json does not describe`);
  if (described.length === 0) problems.push("functions.json describes no functions");
  return problems;
}
