// Source of truth: @types/office-js for Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13; options
// sheetNamesToInsert, positionType, relativeTo; returns the new sheets' ids) and Microsoft's
// documented limits: 5 MB per request in Excel on the web; on the web no charts, comments,
// PivotTables or slicers.
import {
  ImportError,
  WEB_MAX_FILE_BYTES,
  WEB_REQUEST_LIMIT_BYTES,
  base64Length,
  bytesToBase64,
  fileSizeProblem,
  insertSheetsFromWorkbook,
  translateHostError,
} from "../../src/excel/importWorkbook";

type Call = { base64: string; options: Excel.InsertWorksheetOptions | undefined };

/** A minimal Excel for the import: existing sheet names, Excel's "(2)" renaming, one failure switch. */
function installExcel(opts: { sheets: string[]; active: string; excelApi?: string; platform?: string; fail?: { code: string; message: string } }) {
  const sheets = [...opts.sheets];
  const calls: Call[] = [];
  let syncs = 0;
  let activated: string | undefined;
  const pendingNames = new Map<string, string>();
  const context = {
    workbook: {
      worksheets: {
        getActiveWorksheet: () => ({ name: opts.active, marker: "active sheet" }),
        getItem: (id: string) => {
          const sheet = { name: "", load: () => sheet, activate: () => (activated = pendingNames.get(id)) };
          Object.defineProperty(sheet, "name", { get: () => pendingNames.get(id) });
          return sheet;
        },
      },
      insertWorksheetsFromBase64(base64: string, options?: Excel.InsertWorksheetOptions) {
        calls.push({ base64, options });
        const result = { value: [] as string[] };
        const requested = options?.sheetNamesToInsert ?? [];
        for (const name of requested) {
          let candidate = name;
          for (let n = 2; sheets.some((s) => s.toLowerCase() === candidate.toLowerCase()); n++) candidate = `${name} (${n})`;
          sheets.push(candidate);
          const id = `{id-${sheets.length}}`;
          pendingNames.set(id, candidate);
          result.value.push(id);
        }
        return result;
      },
    },
    async sync() {
      syncs++;
      if (opts.fail && syncs === 1) throw Object.assign(new Error(opts.fail.message), { code: opts.fail.code });
    },
  };
  (globalThis as Record<string, unknown>).Excel = { run: (batch: (c: typeof context) => Promise<unknown>) => batch(context) };
  (globalThis as Record<string, unknown>).Office = {
    PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC" },
    context: {
      platform: opts.platform ?? "PC",
      requirements: { isSetSupported: (set: string, v: string) => set === "ExcelApi" && Number(v.split(".")[1]) <= Number((opts.excelApi ?? "1.13").split(".")[1]) },
    },
  };
  return { calls, syncs: () => syncs, activated: () => activated };
}

const file = (text: string) => new TextEncoder().encode(text);

describe("insertSheetsFromWorkbook", () => {
  it("inserts the chosen sheets after the active sheet and activates the first one", async () => {
    const excel = installExcel({ sheets: ["Sheet1", "Data"], active: "Data" });
    const result = await insertSheetsFromWorkbook(file("PK fake"), ["Plan", "Inputs"]);
    expect(excel.calls).toHaveLength(1);
    expect(excel.calls[0].options).toEqual({ sheetNamesToInsert: ["Plan", "Inputs"], positionType: "After", relativeTo: { name: "Data", marker: "active sheet" } });
    expect(excel.calls[0].base64).toBe(Buffer.from("PK fake").toString("base64"));
    expect(result).toEqual([{ source: "Plan", inserted: "Plan" }, { source: "Inputs", inserted: "Inputs" }]);
    expect(excel.activated()).toBe("Plan");
    expect(excel.syncs()).toBe(2);
  });

  it("reports the names Excel gave sheets whose name was taken", async () => {
    installExcel({ sheets: ["Plan"], active: "Plan" });
    expect(await insertSheetsFromWorkbook(file("x"), ["Plan"])).toEqual([{ source: "Plan", inserted: "Plan (2)" }]);
  });

  it("says plainly when the host lacks ExcelApi 1.13, before any request", async () => {
    const excel = installExcel({ sheets: ["Sheet1"], active: "Sheet1", excelApi: "1.12" });
    await expect(insertSheetsFromWorkbook(file("x"), ["Plan"])).rejects.toMatchObject({ kind: "unsupportedApi" });
    expect(excel.calls).toHaveLength(0);
  });

  it("refuses a file too large for one request on the web, before any request", async () => {
    const excel = installExcel({ sheets: ["Sheet1"], active: "Sheet1", platform: "OfficeOnline" });
    const big = new Uint8Array(WEB_MAX_FILE_BYTES + 1);
    await expect(insertSheetsFromWorkbook(big, ["Plan"])).rejects.toMatchObject({ kind: "tooLarge" });
    expect(excel.calls).toHaveLength(0);
  });

  it("translates the host's refusal into a plain message", async () => {
    installExcel({ sheets: ["Sheet1"], active: "Sheet1", platform: "OfficeOnline", fail: { code: "UnsupportedFeature", message: "x" } });
    const error = await insertSheetsFromWorkbook(file("x"), ["Plan"]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).message).toMatch(/Excel on the web can't insert sheets that contain charts, PivotTables, comments or slicers/);
  });
});

describe("fileSizeProblem", () => {
  it("accepts on the web a file whose base64 fits in 5 MB with room for the request", () => {
    expect(base64Length(WEB_MAX_FILE_BYTES)).toBeLessThan(WEB_REQUEST_LIMIT_BYTES);
    expect(fileSizeProblem(WEB_MAX_FILE_BYTES, true)).toBeUndefined();
  });

  it("refuses a larger file on the web, stating both sizes", () => {
    expect(fileSizeProblem(4_500_000, true)?.message).toMatch(/^This file is 4\.3 MB; Excel on the web accepts workbooks up to about 3\.7 MB/);
  });

  it("does not apply the web's limit on Windows or Mac", () => {
    expect(fileSizeProblem(20_000_000, false)).toBeUndefined();
  });
});

describe("translateHostError", () => {
  const cases: [string, ImportError["kind"]][] = [
    ["RequestPayloadSizeLimitExceeded", "tooLarge"],
    ["UnsupportedFeature", "unsupportedContent"],
    ["ItemAlreadyExists", "nameClash"],
    ["AccessDenied", "blockedByPolicy"],
    ["InvalidArgument", "unreadable"],
    ["GeneralException", "host"],
  ];
  it.each(cases)("maps %s to %s", (code, kind) => {
    expect(translateHostError(Object.assign(new Error("host text"), { code }), true).kind).toBe(kind);
  });

  it("mentions Excel's own words only for errors it cannot explain", () => {
    expect(translateHostError(Object.assign(new Error("Boom"), { code: "GeneralException" }), false).message).toContain("Excel said: Boom");
  });
});

describe("bytesToBase64", () => {
  it("encodes large inputs (beyond the argument-list limit of String.fromCharCode)", () => {
    const bytes = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  });
});
