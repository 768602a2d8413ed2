import type { RevisionDiffOutput } from "@kz/api/schemas";
import { Alert, Badge, hrefWith, PageHeading } from "@kz/ui";
import { TRPCError } from "@trpc/server";
import Link from "next/link";

import { displayValue } from "../../lib/conflict";
import { FIELD_LABELS, SNAPSHOT_LABELS } from "../../lib/field-labels";
import { formatDateTime, type SearchParams } from "../../lib/format";
import { KINDS, type Kind } from "../../lib/kinds";
import { idParam } from "../../lib/list-params";
import { abilities } from "../../lib/roles";
import { api } from "../../server/caller";
import { currentRecord } from "../../server/current-record";
import { requireUser } from "../../server/require-user";
import { CursorPagination, cursorPageOf } from "../cursor-pagination";
import { DataTable } from "../data-table";
import { foldAutosaves } from "./history-fold";
import { RestoreRevision } from "./restore-revision";

/** What produced a revision, as the histories say it. */
export const REVISION_ACTIONS: Record<string, string> = {
  create: "Created",
  update: "Saved",
  restoreRevision: "Restored an earlier version",
  submit: "Submitted for review",
  requestChanges: "Sent back to draft",
  publish: "Published",
  unpublish: "Unpublished",
  archive: "Archived",
  schedule: "Scheduled",
  discardChanges: "Discarded pending changes",
  trash: "Moved to trash",
  restore: "Restored from trash",
  import: "Imported",
};

const LIMIT = 50;

const ITEM_CHANGE = { added: "added", removed: "removed", changed: "changed" } as const;

type Change = RevisionDiffOutput["changes"][number];
type WordRun = NonNullable<Change["words"]>[number];

/** A shared run longer than this shows its start and end only: the changes are the point. */
const CONTEXT = 160;

/** One side of a word-by-word comparison: what was removed (before) or added (after) marked. */
export function Words({ words, side }: { words: WordRun[]; side: "before" | "after" }) {
  const hidden = side === "before" ? "added" : "removed";
  return (
    <>
      {words
        .filter((w) => w.change !== hidden)
        .map((w, i) =>
          w.change === "same" ? (
            <span key={i}>
              {w.text.length > 2 * CONTEXT
                ? `${w.text.slice(0, CONTEXT)} … ${w.text.slice(-CONTEXT)}`
                : w.text}
            </span>
          ) : w.change === "removed" ? (
            <del key={i} className="bg-red-100 text-red-950">
              {w.text}
            </del>
          ) : (
            <ins key={i} className="bg-green-100 text-green-950 no-underline">
              {w.text}
            </ins>
          ),
        )}
    </>
  );
}

/**
 * One side of a changed field: the words marked, or the value; a side without the field (an item
 * added or removed) says so.
 */
function ChangeCell({
  change,
  side,
  label,
}: {
  change: Change;
  side: "before" | "after";
  /** The column's name, shown above the value when the table stacks on a phone. */
  label: string;
}) {
  const missing = side === "before" ? change.kind === "added" : change.kind === "removed";
  return (
    <td data-label={label} className="align-top break-words whitespace-pre-wrap">
      {change.words ? (
        <Words words={change.words} side={side} />
      ) : missing ? (
        <em className="text-slate-500">{side === "before" ? "(none)" : "(removed)"}</em>
      ) : (
        displayValue(change[side], 2000)
      )}
    </td>
  );
}

/** A history row's note, and restoring it (any version but the current) for those who may. */
export function NoteAndRestore({
  revision,
  currentVersion,
  canRestore,
  published,
  recordHref,
}: {
  revision: { id: string; version: number; note: string | null };
  currentVersion: number;
  canRestore: boolean;
  published: boolean;
  recordHref: string;
}) {
  return (
    <>
      <td data-label="Note" className="max-w-xs break-words">
        {revision.note ?? "—"}
      </td>
      {canRestore ? (
        <td>
          {revision.version === currentVersion ? null : (
            <RestoreRevision
              revisionId={revision.id}
              version={revision.version}
              currentVersion={currentVersion}
              published={published}
              recordHref={recordHref}
            />
          )}
        </td>
      ) : null}
    </>
  );
}

/** A record's revisions, a field-by-field comparison of two of them, and restoring one. */
export async function HistoryView({
  kind,
  params,
  searchParams,
}: {
  kind: Kind;
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const info = KINDS[kind];
  const caller = await api(user);
  const page = cursorPageOf(query);
  const [record, revisions] = await Promise.all([
    currentRecord(caller, kind, id),
    caller.revision.list({
      entityType: info.entityType,
      entityId: id,
      limit: LIMIT,
      cursor: page.cursor,
    }),
  ]);
  // Runs of autosaves read as one line; the newest of a run stands for it in comparisons.
  const lines = foldAutosaves(revisions.items);
  const a = idParam(query, "a") ?? (page.cursor ? undefined : lines[1]?.newest.id);
  const b = idParam(query, "b") ?? (page.cursor ? undefined : lines[0]?.newest.id);
  let diff: Awaited<ReturnType<typeof caller.revision.diff>> | null = null;
  let diffError: string | null = null;
  if (a && b && a !== b) {
    try {
      diff = await caller.revision.diff({ a, b });
    } catch (error) {
      if (!(error instanceof TRPCError)) throw error;
      diffError = error.message;
    }
  }
  const canRestore = abilities(user.role).restoreRevision && !record.deleted;
  const path = `${info.path}/${id}/history`;
  const recordHref = `${info.path}/${id}`;
  const labels: Record<string, string> = { ...FIELD_LABELS[kind], ...SNAPSHOT_LABELS };
  // The two radio columns that pick the versions to compare.
  const compare = [
    { name: "a", label: "Compare from", selected: a },
    { name: "b", label: "Compare to", selected: b },
  ];

  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={recordHref}>← {record.title}</Link>
      </p>
      <PageHeading
        title={`History: ${record.title}`}
        lead={`Every save and workflow step, newest first. The ${info.label.toLowerCase()} is at version ${record.version}.`}
      />
      <div className="space-y-8">
        <form method="get" action={path} className="space-y-3">
          <DataTable
            caption="Revisions"
            framed
            stack
            columns={[
              "From",
              "To",
              "Version",
              "What",
              "Who",
              "When",
              "Note",
              canRestore && "Restore",
            ]}
          >
            {lines.map(({ newest: r, oldest, count }) => (
              <tr key={r.id}>
                {compare.map(({ name, label, selected }) => (
                  <td key={name} data-label={label}>
                    <input
                      type="radio"
                      name={name}
                      value={r.id}
                      defaultChecked={r.id === selected}
                      aria-label={`${label} version ${r.version}`}
                      className="size-4"
                    />
                  </td>
                ))}
                <th scope="row" className="tabular-nums">
                  {count > 1 ? `${oldest.version}–${r.version}` : r.version}
                  {r.version === record.version ? (
                    <Badge tone="brand" className="ml-2">
                      current
                    </Badge>
                  ) : null}
                </th>
                <td data-label="What">
                  {r.autosave
                    ? count > 1
                      ? `Autosaved (${count} saves)`
                      : "Autosaved"
                    : (REVISION_ACTIONS[r.action] ?? r.action)}
                </td>
                <td data-label="Who">{r.author?.name ?? "System"}</td>
                <td data-label="When">
                  {/* Each time on one line; a folded run's two may go on two. */}
                  {count > 1 ? (
                    <>
                      <time dateTime={oldest.createdAt.toISOString()}>
                        {formatDateTime(oldest.createdAt)}
                      </time>{" "}
                      –{" "}
                      <time dateTime={r.createdAt.toISOString()}>
                        {formatDateTime(r.createdAt)}
                      </time>
                    </>
                  ) : (
                    <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time>
                  )}
                </td>
                <NoteAndRestore
                  revision={r}
                  currentVersion={record.version}
                  canRestore={canRestore}
                  published={record.status === "PUBLISHED"}
                  recordHref={recordHref}
                />
              </tr>
            ))}
          </DataTable>
          {page.cursor ? <input type="hidden" name="cursor" value={page.cursor} /> : null}
          {page.trail.length ? (
            <input type="hidden" name="trail" value={page.trail.join(".")} />
          ) : null}
          <button
            type="submit"
            className="bg-brand-700 hover:bg-brand-900 rounded-md px-4 py-2 text-sm font-semibold text-white"
          >
            Compare selected versions
          </button>
        </form>
        <CursorPagination
          page={page}
          result={revisions}
          limit={LIMIT}
          href={(p) => hrefWith(path, p)}
        />

        <section aria-labelledby="diff-title" className="space-y-3">
          <h2 id="diff-title" className="text-brand-900 text-lg font-semibold">
            {diff
              ? `Changes from version ${diff.a.version} to version ${diff.b.version}`
              : "Compare two versions"}
          </h2>
          {diffError ? <Alert>{diffError}</Alert> : null}
          {!diff && !diffError ? (
            <p className="text-sm text-slate-600">
              Choose a version in “From” and another in “To”, then compare.
            </p>
          ) : null}
          {diff && diff.changes.length === 0 ? (
            <p className="text-sm text-slate-600">The two versions have the same content.</p>
          ) : null}
          {diff && diff.changes.length ? (
            <DataTable
              caption="Field-by-field changes"
              framed
              stack
              columns={["Field", `Version ${diff.a.version}`, `Version ${diff.b.version}`]}
            >
              {diff.changes.map((c, i) => (
                <tr key={`${c.path}:${i}`}>
                  <th scope="row" className="align-top whitespace-nowrap">
                    {labels[c.field] ?? c.field}
                    {c.item ? (
                      <span className="block text-xs font-normal text-slate-600">
                        {ITEM_CHANGE[c.kind]}
                      </span>
                    ) : c.path !== c.field ? (
                      <span className="block text-xs font-normal text-slate-500">{c.path}</span>
                    ) : null}
                  </th>
                  <ChangeCell change={c} side="before" label={`Version ${diff.a.version}`} />
                  <ChangeCell change={c} side="after" label={`Version ${diff.b.version}`} />
                </tr>
              ))}
            </DataTable>
          ) : null}
        </section>
      </div>
    </>
  );
}
