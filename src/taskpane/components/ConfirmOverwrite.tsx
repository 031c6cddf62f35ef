import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import type { OverwriteConflict } from "../../core/errors";

export interface ConfirmOverwriteProps {
  conflict: OverwriteConflict | undefined;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before replacing sheets the user made or changed: nothing is overwritten without this. */
export function ConfirmOverwrite({
  conflict,
  onConfirm,
  onCancel,
}: ConfirmOverwriteProps): React.JSX.Element {
  return (
    <Dialog
      open={Boolean(conflict)}
      modalType="alert"
      onOpenChange={(_e, data) => (data.open ? undefined : onCancel())}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>确认覆盖工作表</DialogTitle>
          <DialogContent>
            <p>{conflict?.message}</p>
            <ul>
              {conflict?.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p>
              覆盖后这些工作表中的原有内容将被替换。如需保留，请先取消，另存一份工作簿后再执行。
            </p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              覆盖
            </Button>
            <Button onClick={onCancel}>取消</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
