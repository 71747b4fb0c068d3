import type { ImportedSheet } from "../../excel/importWorkbook";

/** "Inserted 'Plan' and 'Inputs (2)'. 'Inputs' was taken, so the copy is named 'Inputs (2)'." */
export function importedMessage(sheets: ImportedSheet[]): string {
  const names = sheets.map((s) => `'${s.inserted}'`);
  const list = names.length <= 1 ? (names[0] ?? "no sheets") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
  const renamed = sheets.filter((s) => s.inserted !== s.source);
  const notes = renamed.map((s) => ` '${s.source}' was taken, so the copy is named '${s.inserted}'.`).join("");
  return `Inserted ${list}.${notes}`;
}
