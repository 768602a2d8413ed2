import { SelectFilter, TextFilter } from "@kz/ui";
import type { Metadata } from "next";

import { ListFrame, ORDER_OPTIONS, UpdatedCell } from "../../../components/content/list-frame";
import { RecordTable } from "../../../components/content/record-table";
import { STATUSES, STATUS_LABELS } from "../../../components/content/status";
import { parseCursorPage } from "../../../lib/cursor-pages";
import { firstParam, type SearchParams } from "../../../lib/format";
import { oneOf, ORDERS, textParam } from "../../../lib/list-params";
import { abilities } from "../../../lib/roles";
import { api } from "../../../server/caller";
import { requireUser } from "../../../server/require-user";

export const metadata: Metadata = { title: "Places" };

const LIMIT = 25;
const SORTS = ["title", "updatedAt"] as const;

export default async function PlacesPage({
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
    sort: oneOf(params, "sort", SORTS),
    order: oneOf(params, "order", ORDERS),
  };
  const page = parseCursorPage(firstParam(params.cursor), firstParam(params.trail));
  const sort = filters.sort ?? "title";
  const result = await (
    await api(user)
  ).place.admin.list({
    ...filters,
    sort,
    order: filters.order ?? (sort === "title" ? "asc" : "desc"),
    trash: false,
    limit: LIMIT,
    cursor: page.cursor,
  });

  return (
    <ListFrame
      kind="place"
      lead="Cities, regions and sites where events happened. Each is public once published."
      newHref={can.edit ? "/places/new" : null}
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
            name="sort"
            label="Sort by"
            emptyLabel="Name"
            value={filters.sort === "title" ? undefined : filters.sort}
            options={[{ value: "updatedAt", label: "Last updated" }]}
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
        kind="place"
        bulk={can.publish}
        columns={["Region", "Other names", "Events", "Updated"]}
        rows={result.items.map((p) => ({
          id: p.id,
          href: `/places/${p.id}`,
          title: p.name,
          status: p.status,
          version: p.version,
          hasPendingChanges: p.hasPendingChanges,
          publishAt: p.publishAt,
          cells: [
            p.region ?? "—",
            p.otherNames.join(", ") || "—",
            p.eventCount,
            <UpdatedCell key="u" at={p.updatedAt} by={p.updatedBy} />,
          ],
        }))}
      />
    </ListFrame>
  );
}
