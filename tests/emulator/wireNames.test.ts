// Every member the emulator answers is one the client library sends, under the same wire name, on
// the same class: scalar properties against the class's _scalarPropertyOriginalNames, navigation
// properties against _navigationPropertyNames, methods against the class's prototype. Source of
// truth: the library itself (excel-web-16.00.debug.js). The walk starts at the workbook and follows
// every navigation property, collection member and object-returning method of a workbook that holds
// one of everything the emulator models.
import type { XlObject } from "../support/excel-emulator/objects/base";
import { Session } from "../support/excel-emulator/objects/base";
import { WorkbookObject } from "../support/excel-emulator/objects/workbook";
import { WorkbookModel } from "../support/excel-emulator/model/workbook";
import { seedWorkbook } from "../support/excel-emulator/seed";
import { addChart } from "../support/excel-emulator/model/charts";
import { addConditionalFormat } from "../support/excel-emulator/model/validation";
import { parseArea } from "../support/excel-emulator/model/address";
import { EXCEL_LIBRARY, officeJs } from "../support/excel-emulator/loadOfficeJs";
import { readFileSync } from "node:fs";
import { camel } from "../support/excel-emulator/protocol/wire";
import { ExcelError } from "../support/excel-emulator/errors";

type LibraryClass = { prototype: Record<string, unknown> & { _className?: string; _scalarPropertyOriginalNames?: string[]; _navigationPropertyNames?: string[] } };

/** Arguments that make each object-returning method answer an object. */
const SAMPLE_ARGS: Record<string, unknown[]> = {
  GetRange: ["A1:B2"],
  GetItem: ["S"],
  GetItemAt: [0],
  GetRow: [0],
  GetColumn: [0],
  GetCell: [0, 0],
  GetUsedRange: [false],
};

/** The object a member answers, or null where Excel refuses it for this workbook (e.g. a series axis). */
function answered(get: () => XlObject | null): XlObject | null {
  try {
    return get();
  } catch (error) {
    if (error instanceof ExcelError) return null;
    throw error;
  }
}

function everyObject(): XlObject[] {
  const model = new WorkbookModel({ functionsRegistered: true, seriesFromSource: "everyLine" });
  seedWorkbook(model, { sheets: [{ name: "S", cells: { A1: 1, B1: 2 }, tables: [{ name: "T", address: "D1:E3" }], names: [{ name: "N", address: "A1" }] }], names: ["W"] });
  const sheet = model.state.sheets[0];
  addChart(model, sheet, { sheet, area: parseArea("A1:B1") }, "Line", "Rows");
  addConditionalFormat(model, sheet, parseArea("A1"), "Custom");
  const seen = new Map<string, XlObject>();
  const visit = (object: XlObject | null, depth: number) => {
    if (!object || depth > 8 || seen.has(object.className)) return;
    seen.set(object.className, object);
    const { navigation, methods } = object.members();
    for (const name of navigation) visit(answered(() => object.navigate(name)), depth + 1);
    for (const item of object.items() ?? []) visit(item, depth + 1);
    for (const name of methods.filter((m) => m in SAMPLE_ARGS || /^Get.*(Worksheet|Cell)$/.test(m))) {
      const result = answered(() => object.call(name, SAMPLE_ARGS[name] ?? []) as XlObject | null);
      if (result && typeof result === "object" && "className" in result) visit(result, depth + 1);
    }
    if (object.className === "RangeBorderCollection") visit(object.indexer(["EdgeTop"]), depth + 1);
    if (object.className === "WorksheetCollection") visit(object.indexer(["S"]), depth + 1);
    if (object.className === "ConditionalFormatCollection") visit(object.call("Add", ["Custom"]) as XlObject, depth + 1);
  };
  visit(new WorkbookObject(new Session(model)), 0);
  return [...seen.values()];
}

const objects = everyObject();
const library = officeJs().Excel as unknown as Record<string, LibraryClass>;
const source = readFileSync(EXCEL_LIBRARY, "utf8");

it("reaches every server class the emulator has", () => {
  expect(objects.map((o) => o.className).sort()).toEqual(
    [
      "Chart", "ChartAxes", "ChartAxis", "ChartAxisTitle", "ChartCollection", "ChartLegend", "ChartLineFormat", "ChartSeries",
      "ChartSeriesCollection", "ChartSeriesFormat", "ChartTitle", "ColorScaleConditionalFormat", "ConditionalFormat", "ConditionalFormatCollection",
      "ConditionalFormatRule", "ConditionalRangeFill", "ConditionalRangeFont", "ConditionalRangeFormat", "CustomConditionalFormat",
      "DataValidation", "NamedItem", "NamedItemCollection", "Range", "RangeBorder", "RangeBorderCollection", "RangeFill", "RangeFont",
      "RangeFormat", "Table", "TableCollection", "Workbook", "Worksheet", "WorksheetCollection", "WorksheetFreezePanes", "WorksheetProtection",
    ].sort(),
  );
});

describe.each(objects.map((o) => [o.className, o] as const))("%s", (className, object) => {
  const type = library[className];
  const members = object.members();

  it("is a class of the library", () => {
    expect(type?.prototype._className).toBe(className);
  });

  it("reads only scalar properties the library reads under that wire name", () => {
    const scalars = type.prototype._scalarPropertyOriginalNames ?? [];
    expect(members.readable.filter((p) => !scalars.includes(p))).toEqual([]);
  });

  it("takes writes only under wire names the library sends", () => {
    const scalars = type.prototype._scalarPropertyOriginalNames ?? [];
    const unknown = members.writable.filter((p) => !scalars.includes(p) && !source.includes(`_invokeSetProperty(thisObj, "${p}"`));
    expect(unknown).toEqual([]);
  });

  it("navigates only properties the library declares", () => {
    const navigation = type.prototype._navigationPropertyNames ?? [];
    expect(members.navigation.filter((n) => !navigation.includes(camel(n)))).toEqual([]);
  });

  it("answers only methods the library's class has", () => {
    expect(members.methods.filter((m) => typeof type.prototype[camel(m).replace(/^_(\w)/, (_, c: string) => `_${c.toUpperCase()}`)] !== "function")).toEqual([]);
  });
});
