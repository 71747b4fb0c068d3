// The pane remembers the last insert options in localStorage. Storage can be missing or throw
// (private windows, storage disabled by policy, quota) and what it holds may come from an older
// version or be edited by hand, so every read is validated field by field against the defaults.
import type { InsertOptions, Scale } from "../../templates/types";

const STORAGE_KEY = "gr-toolkit.insert-options.v1";

export const YEAR_MIN = 1900;
export const YEAR_MAX = 9999;
export const HORIZON_MIN = 1;
export const HORIZON_MAX = 30;
const SCALES: readonly Scale[] = ["units", "thousands", "millions"];

function wholeNumberIn(value: unknown, min: number, max: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min && value <= max;
}

/** A currency symbol the pane accepts: 1 to 3 letters or currency signs ("$", "€", "CHF", "R$"). */
export function isValidCurrency(value: unknown): value is string {
  return typeof value === "string" && /^[\p{L}\p{Sc}]{1,3}$/u.test(value);
}

/** Keeps each stored field that is valid and falls back to the default for the others. */
export function mergeStoredOptions(stored: unknown, defaults: InsertOptions): InsertOptions {
  if (typeof stored !== "object" || stored === null) return defaults;
  const s = stored as Partial<Record<keyof InsertOptions, unknown>>;
  return {
    startYear: wholeNumberIn(s.startYear, YEAR_MIN, YEAR_MAX) ? s.startYear : defaults.startYear,
    horizon: wholeNumberIn(s.horizon, HORIZON_MIN, HORIZON_MAX) ? s.horizon : defaults.horizon,
    currency: isValidCurrency(s.currency) ? s.currency : defaults.currency,
    scale: SCALES.includes(s.scale as Scale) ? (s.scale as Scale) : defaults.scale,
    inputs: s.inputs === "sample" || s.inputs === "blank" ? s.inputs : defaults.inputs,
    // Stored before the option existed (absent): the default, which is on.
    sensitivities: typeof s.sensitivities === "boolean" ? s.sensitivities : defaults.sensitivities,
  };
}

/** Minimal storage surface, so tests can pass a throwing or absent storage. */
export type OptionStorage = Pick<Storage, "getItem" | "setItem"> | undefined;

function defaultStorage(): OptionStorage {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined; // some hosts throw on merely touching localStorage when it is disabled
  }
}

export function loadOptions(defaults: InsertOptions, storage: OptionStorage = defaultStorage()): InsertOptions {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    return raw ? mergeStoredOptions(JSON.parse(raw), defaults) : defaults;
  } catch {
    return defaults; // unreadable or corrupt: start from the defaults rather than fail the pane
  }
}

/** Best effort: returns false when the choices could not be stored (the insert still goes ahead). */
export function saveOptions(options: InsertOptions, storage: OptionStorage = defaultStorage()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(STORAGE_KEY, JSON.stringify(options));
    return true;
  } catch {
    return false;
  }
}
