// After a failed write request: delete exactly this insert's sheets, put the user back on their
// sheet, and read the workbook back to say what is left. A sheet is this insert's by its id (once
// sync 2 has returned the ids) or, when sync 2 itself failed, by its temporary name, which carries a
// random token no one else would use; never by a final name, which a co-author may have taken.
// Nothing here depends on what the error says: the workbook as read back is the only evidence.
import type { ExcelApi } from "./api";

/** How to recognise this insert's sheets. */
export type OwnSheets = {
  /** Their ids, once sync 2 returned them (the ids stay the same when a sheet is renamed or moved). */
  ids?: readonly string[];
  /** The names sync 2 gave them. */
  temporaryNames: readonly string[];
};

/** What the workbook held after the rollback, as read back, or what may be left when it could not be read. */
export type RollbackOutcome =
  | {
      verified: true;
      /** This insert's sheets still there, by their current names. */
      left: string[];
      /** Sheets not this insert's that carry a name it planned: someone added them during the insert. */
      clashes: string[];
    }
  | {
      verified: false;
      /** This insert's sheets as last seen, when the workbook could be read before the deletes. */
      mayBeLeft?: string[];
    };

type Sheet = { id: string; name: string };
type SheetList = { sheets: Sheet[]; activeId: string };

/** Queues the read of every sheet's id and name and the active sheet's id, and syncs. */
async function readSheets(context: ExcelApi): Promise<SheetList> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/id,items/name");
  const active = worksheets.getActiveWorksheet();
  active.load("id");
  await context.sync();
  return { sheets: worksheets.items.map(({ id, name }) => ({ id, name })), activeId: active.id };
}

/**
 * Deletes this insert's sheets, re-activating `userSheetId` first when one of them is active (so
 * Excel never moves the user to a neighbour), and reads back in the same request what is left. Tried
 * twice, so one failed request (a dropped connection, a busy workbook) leaves nothing behind.
 * `plannedNames` are the final names, to recognise someone else's sheet under one of them.
 */
export async function rollBack(context: ExcelApi, own: OwnSheets, userSheetId: string, plannedNames: readonly string[]): Promise<RollbackOutcome> {
  const temporary = new Set(own.temporaryNames.map((n) => n.toUpperCase()));
  const isOwn = (s: Sheet) => (own.ids ? own.ids.includes(s.id) : temporary.has(s.name.toUpperCase()));
  const attempt = () => deleteOwnSheets(context, isOwn, userSheetId, new Set(plannedNames.map((n) => n.toUpperCase())));
  const first = await attempt();
  if (first.verified && first.left.length === 0) return first;
  const second = await attempt();
  if (second.verified) return second;
  return { verified: false, mayBeLeft: second.mayBeLeft ?? (first.verified ? first.left : first.mayBeLeft) };
}

/** One attempt: read, delete ours, read back (read again if that request fails). */
async function deleteOwnSheets(context: ExcelApi, isOwn: (s: Sheet) => boolean, userSheetId: string, planned: Set<string>): Promise<RollbackOutcome> {
  const outcome = ({ sheets }: SheetList): RollbackOutcome => ({
    verified: true,
    left: sheets.filter(isOwn).map((s) => s.name),
    clashes: sheets.filter((s) => !isOwn(s) && planned.has(s.name.toUpperCase())).map((s) => s.name),
  });
  let found: SheetList;
  try {
    found = await readSheets(context);
  } catch {
    return { verified: false };
  }
  const mine = found.sheets.filter(isOwn);
  if (mine.length === 0) return outcome(found);
  const worksheets = context.workbook.worksheets;
  const userSheetThere = found.sheets.some((s) => s.id === userSheetId);
  if (userSheetThere && mine.some((s) => s.id === found.activeId)) worksheets.getItem(userSheetId).activate();
  for (const { id } of mine) worksheets.getItem(id).delete();
  try {
    return outcome(await readSheets(context));
  } catch {
    try {
      return outcome(await readSheets(context));
    } catch {
      return { verified: false, mayBeLeft: mine.map((s) => s.name) };
    }
  }
}

const quoted = (names: readonly string[]) => names.map((n) => `'${n}'`).join(", ");

/**
 * The sentence that says what the failed insert left, matching the read-back: "unchanged" only
 * when it showed none of this insert's sheets and no one else's sheet under a planned name.
 */
export function describeOutcome(outcome: RollbackOutcome, plannedNames: readonly string[], temporaryPrefix: string): string {
  if (!outcome.verified) {
    if (outcome.mayBeLeft) return `Removing the new sheets failed too, so they may still be there: ${quoted(outcome.mayBeLeft)}. Your other sheets were not changed.`;
    return (
      `The workbook could not be read back after the failure, so some of the new sheets may still be there: ` +
      `${quoted(plannedNames)}, or named '${temporaryPrefix}…'. Your other sheets were not changed.`
    );
  }
  const { left, clashes } = outcome;
  const clash =
    clashes.length === 0
      ? ""
      : ` ${clashes.length === 1 ? "Another sheet named" : "Other sheets named"} ${quoted(clashes)} appeared while the template was being ` +
        `inserted and ${clashes.length === 1 ? "was" : "were"} left as ${clashes.length === 1 ? "it is" : "they are"}; insert again to use free names.`;
  if (left.length > 0) return `These new sheets could not be removed: ${quoted(left)}. Your other sheets were not changed.${clash}`;
  return clashes.length === 0 ? "No sheets were added; your workbook is unchanged." : `No sheets were added.${clash}`;
}
