"use client";

import { Badge, Button } from "@kz/ui";
import { forwardRef, useState } from "react";

import { displayValue, type FieldConflict } from "../../lib/conflict";
import { formatDateTime } from "../../lib/format";

export type Formatters = Record<string, (value: unknown) => string>;

/**
 * Shown when a save was refused because someone else saved first: what they changed relative to
 * the unsaved form, and the two ways on — take their version, or (after confirming) save over it.
 */
export const ConflictPanel = forwardRef<
  HTMLDivElement,
  {
    version: number;
    updatedBy: string | null | undefined;
    updatedAt: Date;
    fields: FieldConflict[];
    formatters?: Formatters;
    saving: boolean;
    onReload: () => void;
    onOverwrite: () => void;
    onKeepEditing: () => void;
  }
>(function ConflictPanel(
  {
    version,
    updatedBy,
    updatedAt,
    fields,
    formatters = {},
    saving,
    onReload,
    onOverwrite,
    onKeepEditing,
  },
  ref,
) {
  const [confirming, setConfirming] = useState(false);
  const show = (field: string, value: unknown) =>
    formatters[field] ? formatters[field](value) : displayValue(value);
  const theirFields = fields.filter((f) => f.changedByThem).map((f) => f.label);

  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby="conflict-title"
      className="space-y-4 rounded-lg border-2 border-amber-400 bg-amber-50 p-5 focus:outline-none"
    >
      <div>
        <h2 id="conflict-title" className="text-lg font-semibold text-amber-950">
          Someone else saved this record (version {version}) while you were editing
        </h2>
        <p className="mt-1 text-sm text-amber-950">
          {updatedBy ? `${updatedBy} saved it` : "It was saved"} at {formatDateTime(updatedAt)}.
          Your changes are not saved yet. Nothing has been overwritten.
        </p>
      </div>

      {fields.length ? (
        <div className="overflow-x-auto rounded-md border border-amber-200 bg-white">
          <table className="kz-table">
            <caption className="sr-only">
              Fields that differ between your edits and version {version}
            </caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Your unsaved value</th>
                <th scope="col">Version {version} (saved)</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((f) => (
                <tr key={f.field}>
                  <th scope="row" className="align-top">
                    {f.label}
                    {f.changedByThem ? (
                      <Badge tone="warning" className="ml-2">
                        changed by them
                      </Badge>
                    ) : null}
                  </th>
                  <td className="align-top break-words whitespace-pre-wrap">
                    {show(f.field, f.mine)}
                  </td>
                  <td className="align-top break-words whitespace-pre-wrap">
                    {show(f.field, f.theirs)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-sm text-amber-950">
          Your form has the same values as version {version}: their save changed something else (for
          example the status).
        </p>
      )}

      {confirming ? (
        <div className="space-y-3 rounded-md border border-red-200 bg-white p-4">
          <p className="text-sm text-slate-800">
            Overwrite version {version} with your values?
            {theirFields.length
              ? ` Their changes to ${theirFields.join(", ")} will be replaced by yours.`
              : null}{" "}
            The history keeps their version, so it can be restored.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button
              type="button"
              className="bg-red-700 hover:bg-red-800"
              disabled={saving}
              onClick={onOverwrite}
            >
              {saving ? "Saving…" : "Yes, overwrite with mine"}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setConfirming(false)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button type="button" onClick={onReload}>
            Reload their version (discard mine)
          </Button>
          <Button type="button" variant="secondary" onClick={() => setConfirming(true)}>
            Overwrite with mine…
          </Button>
          <Button type="button" variant="secondary" onClick={onKeepEditing}>
            Keep editing
          </Button>
        </div>
      )}
    </div>
  );
});
