// The GR functions invoked as Excel invokes them: Microsoft's custom-functions runtime, loaded with a
// native bridge, takes each invocation as the JSON text of a host message, calls the built
// functions.js, and sends the results back in a SetInvocationArrayResults request
// (tests/support/excel-emulator/functionsHost.ts). What these tests check is what Excel would receive.
import path from "node:path";
import { asExcelPasses } from "../../scripts/manifest/functionsCheck";
import { FUNCTION_CATALOG } from "../../src/functions/catalog";
import { ensureBuilt } from "../support/build";
import { type EntryForm, FunctionsHost, type InvocationResult, invocationText } from "../support/excel-emulator/functionsHost";
import { expectExampleResult } from "../functions/wrappers";

jest.setTimeout(10 * 60_000);

let host: FunctionsHost;
let nextId = 1;

beforeAll(() => {
  host = new FunctionsHost(path.join(ensureBuilt("dev-base"), "functions.js"), { ownBuiltins: true });
});

/** The arguments Excel sends for `id`: every declared parameter, the omitted optional ones as null. */
const withNulls = (id: string, args: readonly unknown[]) => asExcelPasses(host.runtime.CustomFunctions._association.mappings[id.toUpperCase()], args);

function invoke(id: string, args: readonly unknown[], form: EntryForm = "array"): Promise<InvocationResult> {
  return host.invoke(nextId++, id, withNulls(id, args), form);
}

function valueOf(result: InvocationResult): unknown {
  if (!result.ok) throw new Error(`invocation failed: ${JSON.stringify(result)}`);
  return result.value;
}

const examples = FUNCTION_CATALOG.flatMap((doc) => doc.examples.map((e) => ({ id: doc.id, ...e })));
const forms: EntryForm[] = ["array", "text"];

describe.each(forms)("an invocation written as %s inside the host's message", (form) => {
  it.each(examples)("$formula → $result", async ({ id, args, expected, decimals }) => {
    expectExampleResult(valueOf(await invoke(id, args, form)), expected, decimals);
  });
});

// Result error codes: the runtime's _getCustomFunctionResultErrorCodeFromErrorCode.
const VALUE = 7;
const NUM = 6;
const NA = 1;

it("sends #VALUE! with the message that names the bad cell", async () => {
  const result = await invoke("JWO_NPV", [0.1, [[1, 2, "1,000"]], [[1, 2, 3]], [[1, 2, 3]]]);
  expect(result).toEqual({ id: expect.any(Number), ok: false, errorCode: VALUE, message: 'capex: item 3 is text ("1,000")' });
});

it("sends #NUM! with its message, which Microsoft documents Excel does not show for #NUM!", async () => {
  const result = await invoke("REALLOC_SAVINGS", [100, 150000, 6, 3, 0.03, -2]);
  expect(result).toMatchObject({ ok: false, errorCode: NUM });
  expect(result.ok ? "" : result.message).toMatch(/discount_rate/);
});

it("finds the bad cell of a column read in place and names it; blanks, in every form Excel may pass, count as 0", async () => {
  const blanks = [null, "", 0];
  const column = Array.from({ length: 50 }, (_, i) => [i === 37 ? "n/a" : i < 3 ? blanks[i] : 10 + i]);
  const costs = Array.from({ length: 50 }, () => [1000]);
  const result = await invoke("REALLOC_SAVINGS", [column, costs, 6, 10, 0.03, 0.08]);
  expect(result).toMatchObject({ ok: false, errorCode: VALUE });
  expect(result.ok ? "" : result.message).toMatch(/item 38/);
});

it("gives a column the result of the same numbers in a row, through the runtime", async () => {
  const heads = Array.from({ length: 500 }, (_, i) => 1 + ((i * 37) % 41));
  const costs = Array.from({ length: 500 }, (_, i) => 50_000 + ((i * 7919) % 150_000) + 0.25);
  const asColumn = (values: number[]) => values.map((v) => [v]);
  for (const id of ["REALLOC_SAVINGS", "JWO_NPV"]) {
    const args = (shape: (v: number[]) => unknown) =>
      id === "REALLOC_SAVINGS" ? [shape(heads), shape(costs), 6, 10, 0.03, 0.08] : [0.08, shape(heads), shape(heads), shape(costs)];
    const row = valueOf(await invoke(id, args((v) => [v])));
    const column = valueOf(await invoke(id, args(asColumn)));
    expect(typeof row).toBe("number");
    expect(column).toBe(row);
  }
});

it("answers invocations delivered together in one request, each under its own id", async () => {
  const [a, b] = [nextId++, nextId++];
  host.deliver(invocationText(a, "JWO_PAYBACK", withNulls("JWO_PAYBACK", [[[100, 0, 0]], [[0, 0, 0]], [[0, 60, 60]]])));
  host.deliver(invocationText(b, "JWO_PAYBACK", withNulls("JWO_PAYBACK", [[[100, 0, 0]], [[0, 0, 0]], [[0, 10, 10]]])));
  const results = await host.results();
  expect(results.map((r) => r.id)).toEqual([a, b]);
  expect(valueOf(results[0])).toBeCloseTo(1 + 40 / 60, 12);
  expect(results[1]).toMatchObject({ ok: false, errorCode: NA });
  expect(results[1].ok ? "" : results[1].message).toMatch(/does not pay back/);
});
