// Sheet naming within Excel's rules (support article "Rename a worksheet": 31 characters, none of
// : \ / ? * [ ], not blank, no leading or trailing apostrophe, not "History") and Excel's quoting
// of sheet names in references.
import { MAX_SHEET_NAME, sheetReference, uniqueSheetName, uniqueTableName } from "../../src/excel/sheetNames";

describe("uniqueSheetName", () => {
  it("keeps a free, valid name as it is", () => {
    expect(uniqueSheetName("Workforce Realignment", ["Sheet1"])).toBe("Workforce Realignment");
  });

  it("picks the next free number, comparing without regard to case", () => {
    expect(uniqueSheetName("Summary", ["summary"])).toBe("Summary (2)");
    expect(uniqueSheetName("Summary", ["Summary", "SUMMARY (2)", "Summary (4)"])).toBe("Summary (3)");
  });

  it("replaces each forbidden character", () => {
    expect(uniqueSheetName("R&D: 2026/27 [draft]?*\\", [])).toBe("R&D- 2026-27 -draft----");
  });

  it("trims to 31 characters including the suffix", () => {
    const base = "Reallocation".repeat(4);
    const first = uniqueSheetName(base, []);
    const second = uniqueSheetName(base, [first]);
    expect(first).toBe(base.slice(0, MAX_SHEET_NAME));
    expect(second).toBe(`${base.slice(0, MAX_SHEET_NAME - 4)} (2)`);
    expect(uniqueSheetName("AI R&D Budget Reallocation and Partnership", [])).toBe("AI R&D Budget Reallocation and"); // the cut lands on a space, trimmed
  });

  it("does not leave a space or an apostrophe before the suffix or at either end", () => {
    expect(uniqueSheetName("'Quoted'", [])).toBe("Quoted");
    expect(uniqueSheetName("x".repeat(26) + " '" + "y", ["x".repeat(26) + " '" + "y"])).toBe("x".repeat(26) + " (2)");
  });

  it("never returns a blank name", () => {
    expect(uniqueSheetName("  ''  ", [])).toBe("Sheet");
    expect(uniqueSheetName("", ["Sheet"])).toBe("Sheet (2)");
  });

  it("avoids the reserved name History", () => {
    expect(uniqueSheetName("History", [])).toBe("History (2)");
  });

  it("does not split a character made of two UTF-16 units", () => {
    const name = uniqueSheetName("x".repeat(30) + "😀", []);
    expect(name).toBe("x".repeat(30));
  });
});

describe("sheetReference", () => {
  it.each([
    ["Summary", "Summary!"],
    ["Data_2026", "Data_2026!"],
    ["JWO Investment Case (2)", "'JWO Investment Case (2)'!"],
    ["Bob's", "'Bob''s'!"],
    ["AB12", "'AB12'!"],
    ["R1C1", "'R1C1'!"],
    ["C", "'C'!"],
    ["TRUE", "'TRUE'!"],
    ["2026", "'2026'!"],
    ["R&D", "'R&D'!"],
  ])("refers to %j as %s", (name, prefix) => {
    expect(sheetReference(name)).toBe(prefix);
  });
});

describe("uniqueTableName", () => {
  it("numbers a taken table name, case-insensitively", () => {
    expect(uniqueTableName("Signposts", ["signposts", "Signposts2"])).toBe("Signposts3");
    expect(uniqueTableName("Signposts", ["Other"])).toBe("Signposts");
  });
});
