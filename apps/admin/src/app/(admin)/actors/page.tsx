import { actorKindOutput } from "@kz/api/schemas";
import { SelectFilter, TextFilter } from "@kz/ui";
import type { Metadata } from "next";

import { ACTOR_KIND_LABELS } from "../../../components/content/labels";
import { ListFrame, ORDER_OPTIONS, UpdatedCell } from "../../../components/content/list-frame";
import { RecordTable } from "../../../components/content/record-table";
import { STATUSES, STATUS_LABELS } from "../../../components/content/status";
import { parseCursorPage } from "../../../lib/cursor-pages";
import { firstParam, type SearchParams } from "../../../lib/format";
import { oneOf, ORDERS, textParam } from "../../../lib/list-params";
import { abilities } from "../../../lib/roles";
import { api } from "../../../server/caller";
import { requireUser } from "../../../server/require-user";

export const metadata: Metadata = { title: "Actors" };

const LIMIT = 25;
const SORTS = ["title", "updatedAt"] as const;

export default async function ActorsPage({
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
    kind: oneOf(params, "kind", actorKindOutput.options),
    sort: oneOf(params, "sort", SORTS),
    order: oneOf(params, "order", ORDERS),
  };
  const page = parseCursorPage(firstParam(params.cursor), firstParam(params.trail));
  const sort = filters.sort ?? "title";
  const result = await (
    await api(user)
  ).actor.admin.list({
    ...filters,
    sort,
    order: filters.order ?? (sort === "title" ? "asc" : "desc"),
    trash: false,
    limit: LIMIT,
    cursor: page.cursor,
  });

  return (
    <ListFrame
      kind="actor"
      lead="People, organisations and government bodies named in events. Each is public once published."
      newHref={can.edit ? "/actors/new" : null}
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
            options={actorKindOutput.options.map((k) => ({
              value: k,
              label: ACTOR_KIND_LABELS[k],
            }))}
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
        kind="actor"
        bulk={can.publish}
        columns={["Kind", "Other names", "Events", "Updated"]}
        rows={result.items.map((a) => ({
          id: a.id,
          href: `/actors/${a.id}`,
          title: a.name,
          status: a.status,
          version: a.version,
          hasPendingChanges: a.hasPendingChanges,
          publishAt: a.publishAt,
          cells: [
            ACTOR_KIND_LABELS[a.kind],
            a.otherNames.join(", ") || "—",
            a.eventCount,
            <UpdatedCell key="u" at={a.updatedAt} by={a.updatedBy} />,
          ],
        }))}
      />
    </ListFrame>
  );
}
