// The math of the eight GR functions: numbers in, numbers or a DomainError out. No Office, no DOM.
export { at, column, isColumn, isNumberCell, type Column, type Numbers } from "./column";
export { DomainError, formatNumber, TOO_LARGE, type ErrorCode, type Outcome } from "./domainError";
export { LIMITS, describeLimit, type Limit } from "./limits";
export { reallocSavings, type ReallocInputs } from "./realloc";
export { jwoNpv, jwoPayback, jwoCashflows, type CashFlowLines } from "./jwo";
export { workforcePlan, talentVelocity } from "./workforce";
export { budgetShift, SHIFT_CURVES, type ShiftCurve } from "./budget";
export { genaiSavings } from "./genai";
