import { Button } from "@kz/ui";
import type { ReactNode } from "react";

/**
 * The buttons at the foot of a dialog, right-aligned: Cancel (when `onCancel` is given) first, so
 * that a confirmation opens with focus on the harmless choice, then the dialog's own buttons.
 */
export function DialogActions({
  onCancel,
  cancelLabel = "Cancel",
  children,
}: {
  onCancel?: () => void;
  cancelLabel?: string;
  children: ReactNode;
}) {
  return (
    <div className="flex justify-end gap-3">
      {onCancel ? (
        <Button type="button" variant="secondary" onClick={onCancel}>
          {cancelLabel}
        </Button>
      ) : null}
      {children}
    </div>
  );
}

/**
 * Cancel, then the dialog's one action, disabled while `busy` (when `busyLabel` is given it says
 * so meanwhile: "Saving…"). Without `onClick` the action submits the dialog's form.
 */
export function DialogAction({
  onCancel,
  cancelLabel,
  label,
  busyLabel = label,
  busy,
  disabled = false,
  onClick,
}: {
  onCancel: () => void;
  cancelLabel?: string;
  label: string;
  busyLabel?: string;
  busy: boolean;
  disabled?: boolean;
  onClick?: () => void;
}) {
  return (
    <DialogActions onCancel={onCancel} cancelLabel={cancelLabel}>
      <Button type={onClick ? "button" : "submit"} onClick={onClick} disabled={busy || disabled}>
        {busy ? busyLabel : label}
      </Button>
    </DialogActions>
  );
}
