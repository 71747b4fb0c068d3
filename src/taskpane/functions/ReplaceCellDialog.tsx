import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";

export type ReplaceCellDialogProps = {
  /** The occupied cell, e.g. "Sheet1!B4"; undefined keeps the dialog closed. */
  cell?: string;
  /** The formula that would replace the cell's content. */
  formula: string;
  onReplace: () => void;
  onCancel: () => void;
};

/** Asks before "Insert example" replaces a cell that already holds something. */
export function ReplaceCellDialog(props: ReplaceCellDialogProps) {
  return (
    <Dialog open={props.cell !== undefined} onOpenChange={(_, data) => !data.open && props.onCancel()} modalType="alert">
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Replace the contents of {props.cell}?</DialogTitle>
          <DialogContent>
            {props.cell} isn&apos;t empty. Replace what it holds with the example formula {props.formula}?
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={props.onReplace}>
              Replace
            </Button>
            <Button onClick={props.onCancel}>Keep the cell</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
