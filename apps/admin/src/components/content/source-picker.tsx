"use client";

import type { WorkflowStatus } from "@kz/api/schemas";
import { useQuery } from "@tanstack/react-query";
import { useDeferredValue, useId, useState } from "react";

import { useTRPC } from "../../trpc/react";
import { controlClass, smallButton } from "./form-controls";
import { NewSourceDialog } from "./new-source-dialog";
import { StatusBadge } from "./status";

export interface SourceSummary {
  id: string;
  title: string;
  publisher: string;
  status: WorkflowStatus;
  inTrash?: boolean;
}

/**
 * Finds sources by title, publisher or slug and hands the chosen one to `onPick`; or creates a new
 * one in a dialog and picks it.
 */
export function SourcePicker({
  label = "Find a source",
  exclude,
  onPick,
  disabled,
  allowCreate = true,
}: {
  label?: string;
  /** Already chosen: offered as "Attach again" (a source may be cited at several places). */
  exclude?: Set<string>;
  onPick: (source: SourceSummary) => void;
  disabled?: boolean;
  allowCreate?: boolean;
}) {
  const trpc = useTRPC();
  const inputId = useId();
  const [q, setQ] = useState("");
  const [creating, setCreating] = useState(false);
  const query = useDeferredValue(q.trim());
  const results = useQuery(
    trpc.source.admin.list.queryOptions(
      { q: query || undefined, limit: 8, sort: "updatedAt", order: "desc", trash: false },
      { enabled: !disabled, staleTime: 5_000 },
    ),
  );
  const items = results.data?.items ?? [];

  return (
    <div className="space-y-2 rounded-md border border-slate-200 bg-slate-50 p-3">
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-[14rem] flex-1">
          <label htmlFor={inputId} className="mb-1 block text-sm font-medium text-slate-800">
            {label}
          </label>
          <input
            id={inputId}
            type="search"
            value={q}
            disabled={disabled}
            onChange={(e) => setQ(e.target.value)}
            onKeyDown={(e) => {
              // Enter searches; it must not submit the record's form.
              if (e.key === "Enter") e.preventDefault();
            }}
            placeholder="Title, publisher or slug"
            className={controlClass + " text-sm"}
            aria-describedby={`${inputId}-status`}
          />
        </div>
        {allowCreate ? (
          <button
            type="button"
            className={smallButton + " py-2"}
            disabled={disabled}
            onClick={() => setCreating(true)}
          >
            Create a new source…
          </button>
        ) : null}
      </div>
      <p id={`${inputId}-status`} className="text-xs text-slate-600" aria-live="polite">
        {results.isLoading
          ? "Searching…"
          : results.isError
            ? "The search failed; try again."
            : query
              ? `${results.data?.total ?? 0} found${(results.data?.total ?? 0) > items.length ? `, showing ${items.length}` : ""}`
              : "Recently updated sources:"}
      </p>
      {items.length ? (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
          {items.map((s) => {
            const taken = exclude?.has(s.id) ?? false;
            return (
              <li key={s.id} className="flex items-center justify-between gap-3 px-3 py-2 text-sm">
                <span className="min-w-0">
                  <span className="font-medium">{s.title}</span>
                  <span className="block text-xs text-slate-600">
                    {s.publisher}
                    {s.publishedDate ? ` · ${s.publishedDate}` : ""}
                  </span>
                </span>
                <span className="flex shrink-0 items-center gap-2">
                  {s.status !== "PUBLISHED" ? <StatusBadge status={s.status} /> : null}
                  <button
                    type="button"
                    className={smallButton}
                    disabled={disabled}
                    aria-label={`${taken ? "Attach again" : "Attach"}: ${s.title}`}
                    onClick={() =>
                      onPick({ id: s.id, title: s.title, publisher: s.publisher, status: s.status })
                    }
                  >
                    {taken ? "Attach again" : "Attach"}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
      {allowCreate ? (
        <NewSourceDialog
          open={creating}
          initialTitle={q.trim()}
          onClose={() => setCreating(false)}
          onCreated={(s) => {
            setQ("");
            onPick(s);
          }}
        />
      ) : null}
    </div>
  );
}
