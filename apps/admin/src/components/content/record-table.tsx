"use client";

import type { BulkActionInput, BulkResultOutput, WorkflowStatus } from "@kz/api/schemas";
import { Alert, Button } from "@kz/ui";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";

import { KINDS, type Kind } from "../../lib/kinds";
import { errorMessage } from "../../trpc/form-errors";
import { useTRPCClient } from "../../trpc/react";
import { workflowApi } from "../../trpc/workflow";
import { DataTable } from "../data-table";
import { Dialog } from "../dialog";
import { DialogAction } from "../dialog-actions";
import { STATUS_LABELS, WorkflowMarkers } from "./status";

export interface RecordRow {
  id: string;
  href: string;
  title: string;
  status: WorkflowStatus;
  /** The version shown: a bulk action applies to this version only (see bulkActionInput). */
  version: number;
  hasPendingChanges: boolean;
  publishAt: Date | null;
  /** The other columns, already formatted. */
  cells: ReactNode[];
}

type BulkAction = BulkActionInput["action"];
const BULK: { action: BulkAction; label: string; verb: string }[] = [
  { action: "publish", label: "Publish", verb: "published" },
  { action: "unpublish", label: "Unpublish", verb: "unpublished (back to draft)" },
  { action: "archive", label: "Archive", verb: "archived" },
];

/**
 * A list of records. With `bulk`, rows can be selected and published, unpublished or archived
 * together; each record is checked on its own by the server and the result is listed per record.
 */
export function RecordTable({
  kind,
  columns,
  rows,
  bulk,
}: {
  kind: Kind;
  columns: string[];
  rows: RecordRow[];
  /** Offer bulk actions (kinds with a workflow, editors and admins). */
  bulk: boolean;
}) {
  const info = KINDS[kind];
  const router = useRouter();
  const client = useTRPCClient();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirm, setConfirm] = useState<BulkAction | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ action: BulkAction; output: BulkResultOutput } | null>(
    null,
  );
  const [error, setError] = useState<string | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [focusResult, setFocusResult] = useState(false);
  useEffect(() => {
    if (!focusResult) return;
    // After the confirmation dialog has closed (and handed focus back to its opener).
    setTimeout(() => resultRef.current?.focus(), 0);
    setFocusResult(false);
  }, [focusResult]);
  const titles = useRef(new Map<string, string>());
  const versions = useRef(new Map<string, number>());
  for (const r of rows) {
    titles.current.set(r.id, r.title);
    versions.current.set(r.id, r.version);
  }

  const allSelected = rows.length > 0 && rows.every((r) => selected.has(r.id));
  const toggle = (id: string) =>
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const toggleAll = () => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.id)));

  const run = async (action: BulkAction) => {
    setBusy(true);
    setError(null);
    try {
      const output = await workflowApi(client, kind).bulk({
        action,
        // A selected row that left the page meanwhile is not acted on.
        items: [...selected].flatMap((id) => {
          const expectedVersion = versions.current.get(id);
          return expectedVersion === undefined ? [] : [{ id, expectedVersion }];
        }),
      });
      setResult({ action, output });
      setSelected(new Set());
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
      setConfirm(null);
      setFocusResult(true);
    }
  };

  const plural = info.plural.toLowerCase();
  const count = selected.size;
  const confirmInfo = BULK.find((b) => b.action === confirm);

  return (
    <div className="space-y-3">
      <div ref={resultRef} tabIndex={-1} aria-live="polite" className="focus:outline-none">
        {error ? <Alert>{error}</Alert> : null}
        {result ? (
          <BulkResult
            result={result.output}
            verb={BULK.find((b) => b.action === result.action)!.verb}
            titles={titles.current}
            onDismiss={() => setResult(null)}
          />
        ) : null}
      </div>

      {bulk ? (
        <div
          role="group"
          aria-label={`Bulk actions on selected ${plural}`}
          className="flex flex-wrap items-center gap-2 rounded-md border border-slate-200 bg-white px-3 py-2"
        >
          <span className="mr-2 text-sm text-slate-600" aria-live="polite">
            {count ? `${count} selected` : `Select ${plural} to act on several at once`}
          </span>
          {BULK.map((b) => (
            <Button
              key={b.action}
              type="button"
              variant="secondary"
              className="px-3 py-1"
              disabled={!count || busy}
              onClick={() => setConfirm(b.action)}
            >
              {b.label} selected
            </Button>
          ))}
        </div>
      ) : null}

      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-600">
          No {plural} match these filters.
        </p>
      ) : (
        <DataTable
          caption={info.plural}
          framed
          stack
          columns={[
            bulk && (
              <th key="select" scope="col" className="w-8">
                <input
                  type="checkbox"
                  aria-label={`Select all ${plural} on this page`}
                  checked={allSelected}
                  onChange={toggleAll}
                  className="size-4"
                />
              </th>
            ),
            kind === "rating" ? "Year" : "Title",
            "Status",
            ...columns,
          ]}
        >
          {rows.map((r) => (
            <tr key={r.id} className={selected.has(r.id) ? "bg-brand-50" : undefined}>
              {bulk ? (
                <td>
                  <input
                    type="checkbox"
                    aria-label={`Select ${r.title}`}
                    checked={selected.has(r.id)}
                    onChange={() => toggle(r.id)}
                    className="size-4"
                  />
                </td>
              ) : null}
              <th scope="row">
                <Link href={r.href}>{r.title}</Link>
              </th>
              <td data-label="Status">
                <WorkflowMarkers
                  status={r.status}
                  hasPendingChanges={r.hasPendingChanges}
                  publishAt={r.publishAt}
                />
              </td>
              {r.cells.map((c, i) => (
                <td key={i} data-label={columns[i]}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </DataTable>
      )}

      <Dialog
        open={confirm !== null}
        onClose={() => setConfirm(null)}
        title={
          confirmInfo
            ? `${confirmInfo.label} ${count} ${count === 1 ? info.label.toLowerCase() : plural}?`
            : ""
        }
      >
        {confirmInfo ? (
          <>
            <p className="text-sm text-slate-700">
              Each selected {info.label.toLowerCase()} is checked on its own: those that can be{" "}
              {confirmInfo.verb} will be, and the others are listed with the reason.
              {confirm !== "archive" ? " The public site changes at once." : null}
            </p>
            <DialogAction
              onCancel={() => setConfirm(null)}
              label={`${confirmInfo.label} ${count}`}
              busyLabel="Working…"
              busy={busy}
              onClick={() => run(confirmInfo.action)}
            />
          </>
        ) : null}
      </Dialog>
    </div>
  );
}

function BulkResult({
  result,
  verb,
  titles,
  onDismiss,
}: {
  result: BulkResultOutput;
  verb: string;
  titles: Map<string, string>;
  onDismiss: () => void;
}) {
  return (
    <div
      role="status"
      className="border-brand-100 bg-brand-50 text-brand-900 rounded-md border px-4 py-3 text-sm"
    >
      <div className="flex items-start justify-between gap-4">
        <p className="font-medium">
          {result.succeeded} {verb}
          {result.failed ? `, ${result.failed} refused` : ""}.
        </p>
        <button type="button" onClick={onDismiss} className="text-brand-700 text-sm underline">
          Dismiss
        </button>
      </div>
      <ul className="mt-2 space-y-1">
        {result.items.map((item) => (
          <li key={item.id}>
            <span aria-hidden="true">{item.ok ? "✓ " : "✗ "}</span>
            <span className="font-medium">{titles.get(item.id) ?? item.id}</span>
            {": "}
            {item.ok
              ? `${item.status ? STATUS_LABELS[item.status] : "Done"} (version ${item.version})`
              : `refused — ${item.error}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
