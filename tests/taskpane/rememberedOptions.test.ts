// Source of truth: the insert options' ranges in src/templates/types.ts (start year 1900 … 9999,
// horizon 1 … 30, scale units/thousands/millions, inputs sample/blank, sensitivities on or off).
import type { InsertOptions } from "../../src/templates/types";
import { isValidCurrency, loadOptions, mergeStoredOptions, saveOptions } from "../../src/taskpane/templates/rememberedOptions";

const DEFAULTS: InsertOptions = { startYear: 2026, horizon: 5, currency: "$", scale: "millions", inputs: "sample", sensitivities: true };

function memoryStorage() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe("remembered insert options", () => {
  it("round-trips the last choices", () => {
    const storage = memoryStorage();
    const chosen: InsertOptions = { startYear: 2030, horizon: 10, currency: "€", scale: "thousands", inputs: "blank", sensitivities: false };
    expect(saveOptions(chosen, storage)).toBe(true);
    expect(loadOptions(DEFAULTS, storage)).toEqual(chosen);
  });

  it("uses the defaults when nothing is stored", () => {
    expect(loadOptions(DEFAULTS, memoryStorage())).toEqual(DEFAULTS);
  });

  it("uses the defaults when storage is unavailable", () => {
    expect(loadOptions(DEFAULTS, undefined)).toEqual(DEFAULTS);
    expect(saveOptions(DEFAULTS, undefined)).toBe(false);
  });

  it("uses the defaults when storage throws (disabled by policy, quota)", () => {
    const throwing = { getItem: () => { throw new Error("SecurityError"); }, setItem: () => { throw new Error("QuotaExceededError"); } };
    expect(loadOptions(DEFAULTS, throwing)).toEqual(DEFAULTS);
    expect(saveOptions(DEFAULTS, throwing)).toBe(false);
  });

  it("uses the defaults when the stored text is not JSON", () => {
    const storage = memoryStorage();
    storage.items.set("gr-toolkit.insert-options.v1", "{not json");
    expect(loadOptions(DEFAULTS, storage)).toEqual(DEFAULTS);
  });

  it("keeps each valid stored field and replaces each invalid one", () => {
    expect(mergeStoredOptions({ startYear: 2031, horizon: 99, currency: "<b>", scale: "billions", inputs: "blank" }, DEFAULTS)).toEqual({
      ...DEFAULTS,
      startYear: 2031,
      inputs: "blank",
    });
  });

  it("keeps the Sensitivities default when the stored choices predate it, and only true or false otherwise", () => {
    expect(mergeStoredOptions({ startYear: 2030 }, DEFAULTS).sensitivities).toBe(true);
    expect(mergeStoredOptions({ sensitivities: false }, DEFAULTS).sensitivities).toBe(false);
    for (const sensitivities of ["false", 0, null]) expect(mergeStoredOptions({ sensitivities }, DEFAULTS).sensitivities).toBe(true);
  });

  it("rejects years and horizons that are not whole numbers in range", () => {
    for (const startYear of [1899, 10000, 2026.5, "2026", null]) expect(mergeStoredOptions({ startYear }, DEFAULTS).startYear).toBe(2026);
    for (const horizon of [0, 31, 2.5]) expect(mergeStoredOptions({ horizon }, DEFAULTS).horizon).toBe(5);
  });

  it("accepts short currency symbols and refuses quotes, brackets and long text", () => {
    expect(["$", "€", "£", "¥", "₹", "CHF", "kr"].every(isValidCurrency)).toBe(true);
    expect(['"', "[$]", "EURO", "", " "].some(isValidCurrency)).toBe(false);
  });
});
