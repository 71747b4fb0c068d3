import type { ErrorCode } from "../../model";

export interface ArgumentDoc {
  readonly name: string;
  /** Exactly the JSDoc @param text in functions.ts (what Excel's argument help shows). */
  readonly description: string;
  readonly optional: boolean;
  /** What an omitted optional argument means. */
  readonly default?: string;
  /** The valid values, in the words the #NUM! and #VALUE! messages use. */
  readonly valid: string;
}

export interface ExampleDoc {
  readonly formula: string;
  /** What the cell (or the spilled range) displays. */
  readonly result: string;
  /** The arguments as Excel passes them (ranges as rows of cells), so tests can run every example. */
  readonly args: readonly unknown[];
  readonly expected: number | readonly (readonly number[])[];
  /** Decimal places to which `expected` (and the displayed result) is exact. */
  readonly decimals: number;
}

export interface ErrorDoc {
  readonly code: ErrorCode;
  readonly when: string;
}

export interface FunctionDoc {
  readonly id: string;
  /** `GR.ID(argument, [optional_argument])`, built from `arguments`. */
  readonly syntax: string;
  /** Exactly the JSDoc description in functions.ts (what Excel's autocomplete shows). */
  readonly description: string;
  /** What the function computes, as an equation in words. */
  readonly returns: string;
  readonly arguments: readonly ArgumentDoc[];
  readonly examples: readonly ExampleDoc[];
  readonly errors: readonly ErrorDoc[];
}

/** An entry as written; the syntax line is derived from its arguments. */
export type FunctionEntry = Omit<FunctionDoc, "syntax">;
