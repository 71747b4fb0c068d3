// Every load() the renderer needs is needed: drop any one of them and the insert fails with the
// client library's own PropertyNotLoaded, never with a value the test double made up. The drop is
// done inside Microsoft's library (ClientRequestContext.prototype.load, which every object's load()
// calls through Utility.load), so the renderer's code runs unchanged. One load is not needed while
// Excel identifies new objects in its Instantiate answers (the emulator's default, see
// instantiateIds): a new worksheet's "id", which the answer to worksheets.add already fills.
import { CATALOG, renderTemplate } from "../../src/excel/render";
import type { InsertOptions } from "../../src/templates/types";
import { ExcelEmulator, officeJsLibrary } from "../support/excel-emulator";

const OPTIONS: InsertOptions = { startYear: 2026, horizon: 3, currency: "$", scale: "millions", inputs: "sample" };
type Load = { type: string; option: unknown; madeBy: string };
type Proxy = { _className: string; _objectPath: { objectPathInfo: { Name: string } } };
type ContextProto = { load(this: unknown, object: Proxy, option: unknown): void };

/** Runs `body` with the library's context.load replaced by `replace` (restored afterwards). */
async function withLoad<T>(replace: (original: ContextProto["load"]) => ContextProto["load"], body: () => Promise<T>): Promise<T> {
  const proto = (officeJsLibrary() as unknown as { OfficeExtension: { ClientRequestContext: { prototype: ContextProto } } }).OfficeExtension.ClientRequestContext.prototype;
  const original = proto.load;
  proto.load = replace(original);
  try {
    return await body();
  } finally {
    proto.load = original;
  }
}

const insert = (excel: ExcelEmulator) => renderTemplate(excel.run, "complete", OPTIONS, { requirements: excel.requirements });
const emulator = () => new ExcelEmulator({ sheets: [{ name: "Data" }], errorLocation: "reported" });

function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let e = error; e && chain.length < 5; e = (e as { cause?: unknown }).cause) chain.push(e);
  return chain;
}

it("fails with the library's PropertyNotLoaded whichever load of a successful insert is dropped", async () => {
  const loads: Load[] = [];
  await withLoad(
    (original) =>
      function (object, option) {
        loads.push({ type: object._className, option, madeBy: object._objectPath.objectPathInfo.Name });
        return original.call(this, object, option);
      },
    () => insert(emulator()),
  );
  expect(loads.map((l) => l.type)).toEqual(expect.arrayContaining(["WorksheetCollection", "Worksheet", "TableCollection", "NamedItemCollection"]));
  const coveredByTheAnswer = (load: Load) => load.type === "Worksheet" && load.madeBy === "Add" && load.option === "id";
  expect(loads.filter(coveredByTheAnswer)).toHaveLength(CATALOG.sheetsOf("complete").length); // one per new sheet
  for (let dropped = 0; dropped < loads.length; dropped++) {
    if (coveredByTheAnswer(loads[dropped])) continue;
    let call = 0;
    const error = await withLoad(
      (original) =>
        function (object, option) {
          if (call++ !== dropped) original.call(this, object, option);
        },
      () => insert(emulator()).then(() => undefined, (e: unknown) => e),
    );
    const notLoaded = causes(error).find((e) => (e as { code?: string }).code === "PropertyNotLoaded") as Error | undefined;
    expect({ dropped: loads[dropped], message: notLoaded?.message }).toEqual({ dropped: loads[dropped], message: expect.stringMatching(/^The property '\w+' is not available\. Before reading the property's value, call the load method/) });
  }
});
