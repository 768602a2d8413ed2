import { englishDates, formatEventDate, SelectFilter, TextFilter } from "@kz/ui";
import type { Metadata } from "next";

import { ListFrame, ORDER_OPTIONS, UpdatedCell } from "../../../components/content/list-frame";
import { RecordTable } from "../../../components/content/record-table";
import { STATUSES, STATUS_LABELS } from "../../../components/content/status";
import { parseCursorPage } from "../../../lib/cursor-pages";
import { firstParam, type SearchParams } from "../../../lib/format";
import { idParam, oneOf, ORDERS, textParam, yearParam } from "../../../lib/list-params";
import { abilities } from "../../../lib/roles";
import { api } from "../../../server/caller";
import { topicOptions } from "../../../server/options";
import { requireUser } from "../../../server/require-user";

export const metadata: Metadata = { title: "Events" };

const LIMIT = 25;
const SORTS = ["updatedAt", "title", "date"] as const;

export default async function EventsPage({
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
    topic: idParam(params, "topic"),
    year: yearParam(params),
    sort: oneOf(params, "sort", SORTS),
    order: oneOf(params, "order", ORDERS),
  };
  const page = parseCursorPage(firstParam(params.cursor), firstParam(params.trail));
  const caller = await api(user);
  const [result, topics] = await Promise.all([
    caller.event.admin.list({
      ...filters,
      sort: filters.sort ?? "updatedAt",
      order: filters.order ?? "desc",
      trash: false,
      limit: LIMIT,
      cursor: page.cursor,
    }),
    topicOptions(caller),
  ]);

  return (
    <ListFrame
      kind="event"
      lead="What happened, when and where, each resting on cited sources."
      newHref={can.edit ? "/events/new" : null}
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
            name="topic"
            label="Topic"
            emptyLabel="Any topic"
            value={filters.topic}
            options={topics.map((t) => ({ value: t.id, label: t.name }))}
          />
          <TextFilter name="year" label="Year" type="number" value={filters.year?.toString()} />
          <SelectFilter
            name="sort"
            label="Sort by"
            emptyLabel="Last updated"
            value={filters.sort === "updatedAt" ? undefined : filters.sort}
            options={[
              { value: "date", label: "Date of the event" },
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
        kind="event"
        bulk={can.publish}
        columns={["Date", "Citations", "Updated"]}
        rows={result.items.map((e) => ({
          id: e.id,
          href: `/events/${e.id}`,
          title: e.title,
          status: e.status,
          version: e.version,
          hasPendingChanges: e.hasPendingChanges,
          publishAt: e.publishAt,
          cells: [
            formatEventDate(e.startDate, null, e.datePrecision, englishDates),
            e.citationCount,
            <UpdatedCell key="u" at={e.updatedAt} by={e.updatedBy} />,
          ],
        }))}
      />
    </ListFrame>
  );
}
