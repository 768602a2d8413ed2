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

export const metadata: Metadata = { title: "Topics" };

const LIMIT = 25;
const SORTS = ["position", "title", "updatedAt"] as const;

export default async function TopicsPage({
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
  const sort = filters.sort ?? "position";
  const result = await (
    await api(user)
  ).topic.admin.list({
    ...filters,
    sort,
    order: filters.order ?? (sort === "updatedAt" ? "desc" : "asc"),
    trash: false,
    limit: LIMIT,
    cursor: page.cursor,
  });

  return (
    <ListFrame
      kind="topic"
      lead="The sections of the record, each with an overview and its events."
      newHref={can.edit ? "/topics/new" : null}
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
            emptyLabel="Position"
            value={filters.sort === "position" ? undefined : filters.sort}
            options={[
              { value: "title", label: "Name" },
              { value: "updatedAt", label: "Last updated" },
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
        kind="topic"
        bulk={can.publish}
        columns={["Position", "Events", "Updated"]}
        rows={result.items.map((t) => ({
          id: t.id,
          href: `/topics/${t.id}`,
          title: t.name,
          status: t.status,
          version: t.version,
          hasPendingChanges: t.hasPendingChanges,
          publishAt: t.publishAt,
          cells: [
            t.position,
            t.eventCount,
            <UpdatedCell key="u" at={t.updatedAt} by={t.updatedBy} />,
          ],
        }))}
      />
    </ListFrame>
  );
}
