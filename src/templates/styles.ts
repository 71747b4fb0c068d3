// The house style: restrained, print-friendly, and the FAST/financial-modelling colour code
// (blue inputs, black calculations) that a CFO's team reads without a legend.
import type { CellStyleDefinition, StyleName } from "./types";

const NAVY = "#1F3864";
const GREY = "#808080";
const BLACK = "#000000";

export const INPUT_FONT = "#0000FF";
export const INPUT_FILL = "#FFF2CC";

export const STYLES: Record<StyleName, CellStyleDefinition> = {
  title: { font: { bold: true, size: 16, color: NAVY } },
  subtitle: { font: { size: 11, color: "#404040" } },
  note: { font: { italic: true, color: GREY } },
  section: { font: { bold: true, size: 12, color: NAVY }, borderBottom: { style: "Continuous", color: NAVY } },
  header: { font: { bold: true, color: BLACK }, borderBottom: { style: "Continuous", color: GREY } },
  label: { font: { color: BLACK } },
  input: { font: { color: INPUT_FONT }, fill: INPUT_FILL },
  calc: { font: { color: BLACK } },
  total: { font: { bold: true, color: BLACK }, borderTop: { style: "Continuous", color: BLACK } },
  headline: { font: { bold: true, color: BLACK }, fill: "#F2F2F2" },
  // The check's colour comes from conditional formats on its text (OK green, anything else red).
  check: { font: { bold: true }, horizontalAlignment: "Center" },
};

/** Traffic-light and check colours (Excel's own good/neutral/bad cell styles). */
export const GOOD = { fill: "#C6EFCE", fontColor: "#006100" };
export const NEUTRAL = { fill: "#FFEB9C", fontColor: "#9C5700" };
export const BAD = { fill: "#FFC7CE", fontColor: "#9C0006" };
export const MUTED = { fill: "#EDEDED", fontColor: "#595959" };
