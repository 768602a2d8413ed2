import { sourceKindOutput } from "@kz/api/schemas";
import { SelectFilter, TextFilter } from "@kz/ui";
import type { Metadata } from "next";

import { ListFrame, ORDER_OPTIONS, UpdatedCell } from "../../../components/content/list-frame";
import { RecordTable } from "../../../components/content/record-table";
import { STATUSES, STATUS_LABELS } from "../../../components/content/status";
import { SOURCE_KIND_LABELS } from "../../../components/content/labels";
import { parseCursorPage } from "../../../lib/cursor-pages";
import { firstParam, type SearchParams } from "../../../lib/format";
import { oneOf, ORDERS, textParam, yearParam } from "../../../lib/list-params";
import { abilities } from "../../../lib/roles";
import { api } from "../../../server/caller";
import { requireUser } from "../../../server/require-user";

export const metadata: Metadata = { title: "Sources" };

const LIMIT = 25;
const SORTS = ["updatedAt", "title", "date"] as const;

export default async function SourcesPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const params = await searchParams;
  const can = abilities(user.role);
  const filters = {
    q: textParam(params),
    status: oneOf(params, "status", STATUSES),
    kind: oneOf(params, "kind", sourceKindOutput.options),
    year: yearParam(params),
    sort: oneOf(params, "sort", SORTS),
    order: oneOf(params, "order", ORDERS),
  };
  const page = parseCursorPage(firstParam(params.cursor), firstParam(params.trail));
  const result = await (
    await api(user)
  ).source.admin.list({
    ...filters,
    sort: filters.sort ?? "updatedAt",
    order: filters.order ?? "desc",
    trash: false,
    limit: LIMIT,
    cursor: page.cursor,
  });

  return (
    <ListFrame
      kind="source"
      lead="Reports, statements, laws and articles that events, ratings and topics cite."
      newHref={can.edit ? "/sources/new" : null}
      filterValues={filters}
      page={page}
      result={result}
      limit={LIMIT}
      filters={
        <>
          <TextFilter name="q" label="Search" type="search" value={filters.q} />
          <SelectFilter
            name="status"
            label="Status"
            emptyLabel="Any status"
            value={filters.status}
            options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          />
          <SelectFilter
            name="kind"
            label="Kind"
            emptyLabel="Any kind"
            value={filters.kind}
            options={sourceKindOutput.options.map((k) => ({
              value: k,
              label: SOURCE_KIND_LABELS[k],
            }))}
          />
          <TextFilter
            name="year"
            label="Year published"
            type="number"
            value={filters.year?.toString()}
          />
          <SelectFilter
            name="sort"
            label="Sort by"
            emptyLabel="Last updated"
            value={filters.sort === "updatedAt" ? undefined : filters.sort}
            options={[
              { value: "date", label: "Date published" },
              { value: "title", label: "Title" },
            ]}
          />
          <SelectFilter
            name="order"
            label="Order"
            emptyLabel="Default"
            value={filters.order}
            options={ORDER_OPTIONS}
          />
        </>
      }
    >
      <RecordTable
        kind="source"
        bulk={can.publish}
        columns={["Publisher", "Kind", "Published", "Cited", "Updated"]}
        rows={result.items.map((s) => ({
          id: s.id,
          href: `/sources/${s.id}`,
          title: s.title,
          status: s.status,
          version: s.version,
          hasPendingChanges: s.hasPendingChanges,
          publishAt: s.publishAt,
          cells: [
            s.publisher,
            SOURCE_KIND_LABELS[s.kind],
            s.publishedDate ?? "—",
            s.citationCount,
            <UpdatedCell key="u" at={s.updatedAt} by={s.updatedBy} />,
          ],
        }))}
      />
    </ListFrame>
  );
}
