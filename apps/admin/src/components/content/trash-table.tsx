"use client";

import { Alert, Button } from "@kz/ui";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { formatDateTime } from "../../lib/format";
import { KINDS, type Kind } from "../../lib/kinds";
import { errorMessage } from "../../trpc/form-errors";
import { apiErrorData, useTRPCClient } from "../../trpc/react";
import { workflowApi } from "../../trpc/workflow";
import { DataTable } from "../data-table";
import { Dialog } from "../dialog";
import { DialogActions } from "../dialog-actions";

export interface TrashRow {
  id: string;
  title: string;
  version: number;
  deletedAt: Date | null;
  detail?: string;
}

/** What is in the trash, with restore (editors) and purge for good (admins, after confirming). */
export function TrashTable({
  kind,
  rows,
  canRestore,
  canPurge,
}: {
  kind: Kind;
  rows: TrashRow[];
  canRestore: boolean;
  canPurge: boolean;
}) {
  const info = KINDS[kind];
  const noun = info.label.toLowerCase();
  const client = useTRPCClient();
  const router = useRouter();
  const [busy, setBusy] = useState<string | null>(null);
  const [purging, setPurging] = useState<TrashRow | null>(null);
  const [notice, setNotice] = useState<{ tone: "info" | "danger"; text: string } | null>(null);

  const act = async (row: TrashRow, action: "restore" | "purge") => {
    setBusy(row.id);
    setNotice(null);
    const input = { id: row.id, expectedVersion: row.version };
    try {
      const wf = workflowApi(client, kind);
      if (action === "purge") await wf.purge(input);
      else await wf.act("restore", input);
      setNotice({
        tone: "info",
        text:
          action === "purge"
            ? `“${row.title}” is deleted for good.`
            : `“${row.title}” is restored, with the status it had.`,
      });
      router.refresh();
    } catch (error) {
      const data = apiErrorData(error);
      setNotice({
        tone: "danger",
        text:
          data.code === "CONFLICT"
            ? `“${row.title}” changed meanwhile; the list is refreshed, try again.`
            : errorMessage(error),
      });
      router.refresh();
    } finally {
      setBusy(null);
      setPurging(null);
    }
  };

  // What each row offers this role; purging asks first.
  const rowActions = [
    canRestore && {
      label: "Restore",
      className: "px-2.5 py-1",
      onClick: (row: TrashRow) => act(row, "restore"),
    },
    canPurge && {
      label: "Delete for good",
      className: "px-2.5 py-1 text-red-800",
      onClick: setPurging,
    },
  ].filter((a) => a !== false);

  return (
    <div className="space-y-3">
      <div aria-live="polite">
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      </div>
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          No {info.plural.toLowerCase()} in the trash.
        </p>
      ) : (
        <DataTable
          caption={`${info.plural} in the trash`}
          framed
          columns={[
            kind === "rating" ? "Year" : "Title",
            "Moved to trash",
            rowActions.length > 0 && "Actions",
          ]}
        >
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <Link href={`${info.path}/${r.id}`}>{r.title}</Link>
                {r.detail ? (
                  <span className="block text-xs font-normal text-slate-500">{r.detail}</span>
                ) : null}
              </th>
              <td className="whitespace-nowrap">{formatDateTime(r.deletedAt)}</td>
              {rowActions.length > 0 ? (
                <td>
                  <span className="flex flex-wrap gap-2">
                    {rowActions.map((a) => (
                      <Button
                        key={a.label}
                        type="button"
                        variant="secondary"
                        className={a.className}
                        disabled={busy !== null}
                        onClick={() => a.onClick(r)}
                      >
                        {a.label}
                        <span className="sr-only"> {r.title}</span>
                      </Button>
                    ))}
                  </span>
                </td>
              ) : null}
            </tr>
          ))}
        </DataTable>
      )}
      <Dialog
        open={purging !== null}
        onClose={() => setPurging(null)}
        title={`Delete this ${noun} for good?`}
      >
        {purging ? (
          <>
            <p className="text-sm text-slate-700">
              “{purging.title}” and its whole history are deleted and cannot be restored. The audit
              log keeps a copy of its last content.
            </p>
            <DialogActions onCancel={() => setPurging(null)}>
              <Button
                type="button"
                className="bg-red-700 hover:bg-red-800"
                disabled={busy !== null}
                onClick={() => act(purging, "purge")}
              >
                Delete for good
              </Button>
            </DialogActions>
          </>
        ) : null}
      </Dialog>
    </div>
  );
}
