import { SelectFilter, TextFilter } from "@kz/ui";
import type { Metadata } from "next";
import Link from "next/link";

import { FREEDOM_LABELS } from "../../../components/content/labels";
import {
  ListFrame,
  ORDER_OPTIONS,
  secondaryLinkButton,
  UpdatedCell,
} from "../../../components/content/list-frame";
import { RecordTable } from "../../../components/content/record-table";
import { SeriesTabs } from "../../../components/content/series-tabs";
import { STATUSES, STATUS_LABELS } from "../../../components/content/status";
import { parseCursorPage } from "../../../lib/cursor-pages";
import { firstParam, type SearchParams } from "../../../lib/format";
import { idParam, oneOf, ORDERS, textParam, yearParam } from "../../../lib/list-params";
import { abilities } from "../../../lib/roles";
import { api } from "../../../server/caller";
import { seriesOptions } from "../../../server/options";
import { requireUser } from "../../../server/require-user";

export const metadata: Metadata = { title: "Ratings" };

const LIMIT = 25;
const SORTS = ["year", "updatedAt"] as const;

export default async function RatingsPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const params = await searchParams;
  const can = abilities(user.role);
  const caller = await api(user);
  const series = await seriesOptions(caller);
  const requested = idParam(params, "series");
  const current = series.find((s) => s.id === requested) ?? series[0];
  const filters = {
    q: textParam(params),
    status: oneOf(params, "status", STATUSES),
    year: yearParam(params),
    sort: oneOf(params, "sort", SORTS),
    order: oneOf(params, "order", ORDERS),
  };
  const page = parseCursorPage(firstParam(params.cursor), firstParam(params.trail));
  const result = current
    ? await caller.rating.admin.list({
        ...filters,
        seriesId: current.id,
        sort: filters.sort ?? "year",
        order: filters.order ?? "desc",
        trash: false,
        limit: LIMIT,
        cursor: page.cursor,
      })
    : { items: [], nextCursor: null, total: 0 };

  return (
    <ListFrame
      kind="rating"
      lead="Scores by year, one series at a time (e.g. Freedom House's Freedom in the World)."
      newHref={can.edit && current ? `/ratings/new?series=${current.id}` : null}
      actions={
        can.publish ? (
          <Link
            href={current ? `/ratings/import?series=${current.id}` : "/ratings/import"}
            className={secondaryLinkButton}
          >
            Import CSV
          </Link>
        ) : null
      }
      keep={{ series: current?.id }}
      filterValues={{ ...filters, series: current?.id }}
      page={page}
      result={result}
      limit={LIMIT}
      filters={
        <>
          <TextFilter name="q" label="Head of state or note" type="search" value={filters.q} />
          <SelectFilter
            name="status"
            label="Status"
            emptyLabel="Any status"
            value={filters.status}
            options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          />
          <TextFilter name="year" label="Year" type="number" value={filters.year?.toString()} />
          <SelectFilter
            name="sort"
            label="Sort by"
            emptyLabel="Year"
            value={filters.sort === "year" ? undefined : filters.sort}
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
      {series.length ? (
        <SeriesTabs series={series} current={current?.id} path="/ratings" />
      ) : (
        <p className="text-slate-600">There are no rating series yet.</p>
      )}
      <RecordTable
        kind="rating"
        bulk={can.publish}
        columns={["Political rights", "Civil liberties", "Freedom status", "Citations", "Updated"]}
        rows={result.items.map((r) => ({
          id: r.id,
          href: `/ratings/${r.id}`,
          title: String(r.year),
          status: r.status,
          version: r.version,
          hasPendingChanges: r.hasPendingChanges,
          publishAt: r.publishAt,
          cells: [
            r.politicalRights ?? "—",
            r.civilLiberties ?? "—",
            r.freedomStatus ? FREEDOM_LABELS[r.freedomStatus] : "—",
            r.citationCount,
            <UpdatedCell key="u" at={r.updatedAt} by={r.updatedBy} />,
          ],
        }))}
      />
    </ListFrame>
  );
}
