/** @jest-environment jsdom */
// Source of truth: issue 13's hostile workbooks (DEFLATE bombs of 100 MB, 1 GB and 4 GB inflated,
// 100,000 entries, part names like "../../x") and the caps in src/taskpane/import/limits.ts. Each
// file is generated here (tests/taskpane/support/xlsx.ts) and must end in the one
// WorkbookReadError whose message names the reason. How long each takes and how much memory it
// costs is measured, not asserted, here: bench/import.bench.ts and the browser suite
// tests/browser/suites/hostileImport.ts.
import { MAX_PACKAGE_BYTES, MAX_PARSED_PART_BYTES, MAX_PARTS } from "../../src/taskpane/import/limits";
import { readWorkbookSheets, WorkbookReadError } from "../../src/taskpane/import/readWorkbook";
import { completeJsdom } from "./support/dom";
import { bombXlsx, entryOf, manyPartsXlsx, writeZip, xlsxParts, xlsxWithPartNamed, type BombOptions } from "./support/xlsx";

beforeAll(completeJsdom);

const MiB = 1024 ** 2;
const GiB = 1024 ** 3;

async function refusal(bytes: Uint8Array): Promise<WorkbookReadError> {
  const error = await readWorkbookSheets(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof WorkbookReadError)) throw new Error(`expected a WorkbookReadError, got ${String(error)}`);
  return error;
}

describe("DEFLATE bombs", () => {
  const sizes: [string, number][] = [
    ["100 MB", 100 * MiB],
    ["1 GB", GiB],
    ["4 GB", 4 * GiB],
  ];
  const parts: BombOptions["part"][] = ["workbook", "sheet"];

  describe.each(sizes)("inflating to %s", (_, bytes) => {
    it.each(parts)("is refused before inflating anything when the %s part's header states its size", async (part) => {
      const error = await refusal(bombXlsx(bytes, { part, header: "honest" }));
      expect(error.reason).toBe("tooLarge");
      expect(error.message).toMatch(/^This file inflates past 75 MB and was not read: no workbook Excel on the web can insert \(at most about 3\.7 MB of file\)/);
    });

    it.each(parts)("is stopped at the 1 KB the %s part's header claims", async (part) => {
      const error = await refusal(bombXlsx(bytes, { part, header: "lying" }));
      const name = part === "workbook" ? "xl/workbook.xml" : "xl/worksheets/sheet1.xml";
      expect(error.reason).toBe("damaged");
      expect(error.message).toBe(`A part of it is damaged ('${name}' inflates past the 1 KB its header declares), so it was not read. Open it in Excel, which can often repair a file, save a copy and try again.`);
    });
  });

  it("is stopped after its first megabyte when its header claims a size under the caps (60 MB) but it inflates to 1 GB", async () => {
    const error = await refusal(withDeclaredSize(bombXlsx(GiB, { part: "sheet", header: "honest" }), "xl/worksheets/sheet1.xml", 60 * MiB));
    expect(error.reason).toBe("tooLarge");
    expect(error.message).toBe(
      "This file inflates past 200 times its compressed size (in 'xl/worksheets/sheet1.xml') and was not read: real workbook parts compress about 20 to 1 at most, so it is not a workbook.",
    );
  });

  it("is stopped by the ratio cap even when its header tells the truth and fits the caps (50 MB of zeros)", async () => {
    expect((await refusal(bombXlsx(50 * MiB, { part: "sheet", header: "honest" }))).message).toMatch(/^This file inflates past 200 times its compressed size/);
  });

  it("refuses many modest parts that add up past the package cap", async () => {
    const fifth = Math.ceil(MAX_PACKAGE_BYTES / 5) + 1;
    const entries = Object.entries(xlsxParts([{ name: "Plan" }])).map(([n, c]) => entryOf(n, c));
    for (let i = 0; i < 5; i++) entries.push({ ...entryOf(`xl/media/big${i}.bin`, "x"), size: fifth });
    expect((await refusal(writeZip(entries))).reason).toBe("tooLarge");
  });

  it("refuses a workbook part larger than the pane parses, before inflating it", async () => {
    const error = await refusal(withDeclaredSize(bombXlsx(GiB, { part: "workbook", header: "honest" }), "xl/workbook.xml", MAX_PARSED_PART_BYTES + 1));
    expect(error.reason).toBe("tooLarge");
    expect(error.message).toMatch(/^Its part 'xl\/workbook.xml' inflates past 8\.0 MB, more than the pane reads/);
  });
});

/** `bytes` with the size the table of contents declares for `part` rewritten to `size`. */
function withDeclaredSize(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = view.getUint32(bytes.length - 6, true); at < bytes.length - 22; at += 46 + view.getUint16(at + 28, true)) {
    if (new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + view.getUint16(at + 28, true))) === part) view.setUint32(at + 24, size, true);
  }
  return bytes;
}

describe("packages with too many parts", () => {
  const tooMany = /^It has more than 10,000 parts \(files inside the package\), far more than a workbook of sheets needs, so it was not read\.$/;

  it("reads a workbook with exactly the cap of parts", async () => {
    expect((await readWorkbookSheets(manyPartsXlsx(MAX_PARTS))).map((s) => s.name)).toEqual(["Plan"]);
  });

  it("refuses one part more", async () => {
    expect((await refusal(manyPartsXlsx(MAX_PARTS + 1))).message).toMatch(tooMany);
  });

  it("refuses 100,000 entries whose 16-bit count wrapped around (100,000 mod 65,536 = 34,464)", async () => {
    expect((await refusal(manyPartsXlsx(100_000))).message).toMatch(tooMany);
  });

  it("refuses 100,000 entries in ZIP64 form, as zip tools write them", async () => {
    expect((await refusal(manyPartsXlsx(100_000, { zip64: true }))).message).toMatch(tooMany);
  });

  it("refuses 100,000 entries behind an end record that claims 3", async () => {
    expect((await refusal(manyPartsXlsx(100_000, { count: 3 }))).message).toMatch(tooMany);
  });
});

describe("part names", () => {
  const unsafe = ["../../x", "../x.xml", "xl/../../x", "/etc/passwd", "C:/Windows/x.xml", "C:\\Windows\\x.xml", "xl\\workbook.xml", "xl//sheet.xml", "xl/./x.xml", "xl/x.", "x\u0000.xml"];

  it.each(unsafe)("refuses a part named %j", async (name) => {
    const error = await refusal(xlsxWithPartNamed(name));
    expect(error.reason).toBe("unsafePath");
    expect(error.message).toMatch(/^It contains a part named '.*', which is not a valid name inside a workbook/);
  });

  it("shows a hostile name without control characters and shortened", async () => {
    const error = await refusal(xlsxWithPartNamed(`../${"\u0007".repeat(3)}${"a".repeat(500)}`));
    expect(error.message).toContain(`'../???${"a".repeat(51)}…'`); // 57 characters and an ellipsis
  });

  // "[Content_Types].xml" and "_rels/.rels" are in every package these tests read successfully.
  it.each(["xl/", "docProps/app.xml", "xl/media/Logo (2).png", "xl/media/bilde-æøå.png"])("accepts the valid name %j", async (name) => {
    expect((await readWorkbookSheets(xlsxWithPartNamed(name))).map((s) => s.name)).toEqual(["Plan"]);
  });
});
