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
