import type { RevisionListOutput } from "@kz/api/schemas";
import { Badge } from "@kz/ui";

import { formatDateTime } from "../../lib/format";
import { NoteAndRestore, REVISION_ACTIONS } from "../content/history-view";
import { DataTable } from "../data-table";

/**
 * A translation's history, newest first: each save, publish and restore, who and when; an editor
 * restores an earlier version as a new draft (revision.restore, as for a record).
 */
export function TranslationHistory({
  revisions,
  canRestore,
  published,
  editorHref,
}: {
  revisions: RevisionListOutput;
  canRestore: boolean;
  /** Some of it is published: a restored version waits as drafts until published. */
  published: boolean;
  editorHref: string;
}) {
  const current = revisions.items[0]?.version ?? 0;
  return (
    <section aria-labelledby="translation-history" className="space-y-3">
      <h2 id="translation-history" className="text-brand-900 text-lg font-semibold">
        History
      </h2>
      {revisions.items.length ? (
        <DataTable
          caption="Revisions of this translation"
          framed
          stack
          columns={["Version", "What", "Who", "When", "Note", canRestore && "Restore"]}
        >
          {revisions.items.map((r) => (
            <tr key={r.id}>
              <th scope="row" className="tabular-nums">
                {r.version}
                {r.version === current ? (
                  <Badge tone="brand" className="ml-2">
                    current
                  </Badge>
                ) : null}
              </th>
              <td data-label="What">{REVISION_ACTIONS[r.action] ?? r.action}</td>
              <td data-label="Who">{r.author?.name ?? "System"}</td>
              <td data-label="When">
                <time dateTime={r.createdAt.toISOString()}>{formatDateTime(r.createdAt)}</time>
              </td>
              <NoteAndRestore
                revision={r}
                currentVersion={current}
                canRestore={canRestore}
                published={published}
                recordHref={editorHref}
              />
            </tr>
          ))}
        </DataTable>
      ) : (
        <p className="text-sm text-slate-600">Not saved yet: each save and publish is kept here.</p>
      )}
      {revisions.total > revisions.items.length ? (
        <p className="text-sm text-slate-600">
          The latest {revisions.items.length} of {revisions.total} versions.
        </p>
      ) : null}
    </section>
  );
}
