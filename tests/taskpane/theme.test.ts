// Source of truth: Office.OfficeTheme reports colours as "#RRGGBB"; Office's dark themes use dark
// body backgrounds (Black ≈ #262626, Dark Gray ≈ #444444), light ones white or light grey.
import { themeKindFromOffice } from "../../src/taskpane/theme";

describe("themeKindFromOffice", () => {
  it.each([
    ["#FFFFFF", "light"],
    ["#F3F2F1", "light"],
    ["#B3B3B3", "light"],
    ["#444444", "dark"],
    ["#262626", "dark"],
    ["#000000", "dark"],
    ["#1f1f1f", "dark"],
    ["#222", "dark"],
  ])("body background %s gives the %s theme", (bodyBackgroundColor, kind) => {
    expect(themeKindFromOffice({ bodyBackgroundColor })).toBe(kind);
  });

  it("defaults to light when Office reports no theme", () => {
    expect(themeKindFromOffice(undefined)).toBe("light");
    expect(themeKindFromOffice(null)).toBe("light");
    expect(themeKindFromOffice({})).toBe("light");
  });

  it("defaults to light when the colour is not a hex colour", () => {
    expect(themeKindFromOffice({ bodyBackgroundColor: "black" })).toBe("light");
  });
});
