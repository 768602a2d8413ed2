import { AUDIT_EXPORT_MAX } from "@kz/api/schemas";
import { Alert, FilterBar, hrefWith, PageHeading, SelectFilter, TextFilter } from "@kz/ui";
import type { Metadata } from "next";
import Link from "next/link";

import { CursorPagination, cursorPageOf } from "../../../components/cursor-pagination";
import { DataTable } from "../../../components/data-table";
import { env } from "../../../env";
import { ACTION_FAMILIES, ENTITY_TYPES } from "../../../lib/audit-filters";
import { contentHref, entityLabel } from "../../../lib/content-links";
import { formatInstant, type SearchParams } from "../../../lib/format";
import { auditQueryOf } from "../../../server/audit-query";
import { api } from "../../../server/caller";
import { requireRole } from "../../../server/require-user";

export const metadata: Metadata = { title: "Audit log" };

const PAGE_SIZE = 50;

function ActionFilter({ value }: { value?: string }) {
  return (
    <div className="min-w-0 flex-1 basis-40">
      <label htmlFor="filter-action" className="mb-1 block text-sm font-medium text-slate-700">
        Action
      </label>
      <input
        id="filter-action"
        name="action"
        list="action-families"
        defaultValue={value}
        aria-describedby="filter-action-hint"
        className="focus:border-brand-600 focus:ring-brand-600 block w-full min-w-[10rem] rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 focus:ring-1 focus:outline-none"
      />
      <datalist id="action-families">
        {ACTION_FAMILIES.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <p id="filter-action-hint" className="mt-1 text-xs text-slate-600">
        “login” or “user.” for a family, “user.create” for one action
      </p>
    </div>
  );
}

function details(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "object" && Object.keys(value).length === 0) return null;
  return JSON.stringify(value, null, 2);
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireRole("ADMIN");
  const params = await searchParams;
  const page = cursorPageOf(params);
  const caller = await api(user);
  const { values, query, errors, actorId, noActor } = await auditQueryOf(caller, params);
  const result = noActor
    ? { items: [], nextCursor: null, total: 0 }
    : await caller.audit.list({ ...query, actorId, limit: PAGE_SIZE, cursor: page.cursor });
  // Without a trusted proxy the client's address cannot be known (a client could forge it).
  const addresses = env.TRUST_PROXY === "1";

  return (
    <>
      <PageHeading
        title="Audit log"
        lead="Who did what, to which record, when and from where, newest first. Entries cannot be changed or deleted."
      />
      <div className="space-y-6">
        <FilterBar
          action="/audit"
          label="Filter the audit log"
          submitLabel="Filter"
          reset={{ href: "/audit", label: "Clear filters" }}
          keep={{ entity: values.entity }}
        >
          <TextFilter name="actor" label="Actor (email)" value={values.actor} />
          <ActionFilter value={values.action} />
          <SelectFilter
            name="type"
            label="Record type"
            emptyLabel="All types"
            value={values.type}
            options={ENTITY_TYPES.map((t) => ({ value: t, label: entityLabel(t) }))}
          />
          <TextFilter name="from" label="From (UTC)" type="date" value={values.from} />
          <TextFilter name="to" label="To (UTC)" type="date" value={values.to} />
        </FilterBar>

        {values.entity ? (
          <p className="text-sm">
            Only the entries about record <code>{values.entity}</code>.{" "}
            <Link href={hrefWith("/audit", { ...values, entity: undefined })} className="underline">
              Show every record
            </Link>
          </p>
        ) : null}
        {errors.length ? (
          <Alert>
            <ul>
              {errors.map((e) => (
                <li key={e.field + e.message}>{e.message}</li>
              ))}
            </ul>
          </Alert>
        ) : null}

        <p className="flex flex-wrap items-baseline gap-x-4 gap-y-1 text-sm text-slate-700">
          <span>
            {result.total} {result.total === 1 ? "entry" : "entries"}. Times are UTC, to the second.
            {addresses
              ? null
              : " Addresses are not recorded: this server is not set to trust a proxy's (TRUST_PROXY=1), and without one a client could forge it."}
          </span>
          {result.total ? (
            <a href={hrefWith("/audit/export", { ...values })} download>
              Download these entries as CSV
              {result.total > AUDIT_EXPORT_MAX ? ` (the newest ${AUDIT_EXPORT_MAX})` : ""}
            </a>
          ) : null}
        </p>
        {result.items.length === 0 ? (
          <p className="text-slate-600">No entries match these filters.</p>
        ) : (
          <DataTable
            caption="Audit log entries, newest first"
            stack
            columns={["Time (UTC)", "Actor", "Action", "Record", "Address", "Details"]}
          >
            {result.items.map((entry) => {
              const more = details(entry.details);
              const edit = contentHref(entry.entityType, entry.entityId);
              return (
                <tr key={entry.id}>
                  <td data-label="Time" className="align-top">
                    <time dateTime={entry.createdAt.toISOString()}>
                      {formatInstant(entry.createdAt)}
                    </time>
                  </td>
                  <td data-label="Actor" className="align-top break-all">
                    {entry.actorLabel}
                  </td>
                  <td data-label="Action" className="align-top">
                    <code>{entry.action}</code>
                  </td>
                  <td data-label="Record" className="align-top">
                    {entry.entityType ? (
                      <span className="block">
                        <span className="text-slate-600">{entityLabel(entry.entityType)}</span>
                        {entry.entityTitle ? (
                          <span className="block">
                            {edit ? (
                              <Link href={edit}>{entry.entityTitle}</Link>
                            ) : (
                              entry.entityTitle
                            )}
                          </span>
                        ) : edit ? (
                          <span className="block text-slate-500">(deleted for good)</span>
                        ) : null}
                      </span>
                    ) : (
                      "—"
                    )}
                    {entry.entityId && entry.entityId !== values.entity ? (
                      <Link
                        href={hrefWith("/audit", { entity: entry.entityId })}
                        className="text-xs"
                      >
                        All entries<span className="sr-only"> about this record</span>
                      </Link>
                    ) : null}
                  </td>
                  <td data-label="Address" className="align-top whitespace-nowrap">
                    {entry.ip ?? (
                      <span className="text-slate-500">
                        —<span className="sr-only">not recorded</span>
                      </span>
                    )}
                  </td>
                  <td data-label="Details" className="align-top">
                    {more ? (
                      <details>
                        <summary className="cursor-pointer text-sm">Details</summary>
                        <pre className="mt-1 max-w-md overflow-x-auto text-xs whitespace-pre-wrap">
                          {more}
                        </pre>
                      </details>
                    ) : (
                      "—"
                    )}
                  </td>
                </tr>
              );
            })}
          </DataTable>
        )}
        <CursorPagination
          page={page}
          result={result}
          limit={PAGE_SIZE}
          href={(p) => hrefWith("/audit", { ...values, ...p })}
          labels={{ nav: "Pages of the audit log", previous: "Newer", next: "Older" }}
        />
      </div>
    </>
  );
}
