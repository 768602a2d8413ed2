// Every collection's list: search, status, its own filters and sorts, pagination and bulk actions,
// as its view (src/collections) declares them.
import { SelectFilter, TextFilter } from "@kz/ui";
import type { Metadata } from "next";

import { collectionPage, kindAt } from "../../../collections";
import type { ListFilter } from "../../../collections/define";
import { ListFrame, ORDER_OPTIONS } from "../../../components/content/list-frame";
import { RecordTable } from "../../../components/content/record-table";
import { STATUSES, STATUS_LABELS } from "../../../components/content/status";
import { parseCursorPage } from "../../../lib/cursor-pages";
import { firstParam, type SearchParams } from "../../../lib/format";
import { KINDS } from "../../../lib/kinds";
import { oneOf, ORDERS, textParam, yearParam } from "../../../lib/list-params";
import { abilities } from "../../../lib/roles";
import { api } from "../../../server/caller";
import { requireUser } from "../../../server/require-user";

type Params = Promise<{ collection: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const kind = kindAt((await params).collection);
  return { title: kind ? KINDS[kind].plural : "Not found" };
}

const LIMIT = 25;

/** A filter's value in the URL, if it is one the filter offers. */
const filterValue = (query: SearchParams, filter: ListFilter) =>
  "year" in filter
    ? yearParam(query, filter.name)
    : oneOf(
        query,
        filter.name,
        filter.options.map((o) => o.value),
      );

export default async function CollectionListPage(props: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { kind, view, info, query } = await collectionPage(props);
  const user = await requireUser();
  const can = abilities(user.role);
  const caller = await api(user);
  const [own, scope] = await Promise.all([
    view.filters?.(caller) ?? [],
    view.scope?.(caller, query),
  ]);
  const [defaultSort, ...otherSorts] = view.sorts;
  const sort = view.sorts.find((s) => s.value === firstParam(query.sort));
  const chosenFilters: Record<string, string | number | undefined> = Object.fromEntries(
    own.map((f) => [f.name, filterValue(query, f)]),
  );
  const filters = {
    q: textParam(query),
    status: oneOf(query, "status", STATUSES),
    ...chosenFilters,
    sort: sort?.value,
    order: oneOf(query, "order", ORDERS),
  };
  const page = parseCursorPage(firstParam(query.cursor), firstParam(query.trail));
  const chosen = sort ?? defaultSort;
  const result = scope?.empty
    ? { items: [], nextCursor: null, total: 0 }
    : await view.list(caller)({
        ...filters,
        ...scope?.input,
        sort: chosen.value,
        order: filters.order ?? chosen.order,
        trash: false,
        limit: LIMIT,
        cursor: page.cursor,
      } as never);
  const keep = scope?.keep ?? {};
  const newHref = view.newHref ? view.newHref(keep) : `${info.path}/new`;

  return (
    <ListFrame
      kind={kind}
      lead={view.lead}
      newHref={can.edit ? newHref : null}
      actions={can.publish ? view.actions?.(keep) : null}
      keep={scope?.keep}
      filterValues={{ ...filters, ...keep }}
      page={page}
      result={result}
      limit={LIMIT}
      filters={
        <>
          <TextFilter
            name="q"
            label={view.searchLabel ?? "Search"}
            type="search"
            value={filters.q}
          />
          <SelectFilter
            name="status"
            label="Status"
            emptyLabel="Any status"
            value={filters.status}
            options={STATUSES.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          />
          {own.map((f) =>
            "year" in f ? (
              <TextFilter
                key={f.name}
                name={f.name}
                label={f.label}
                type="number"
                value={chosenFilters[f.name]?.toString()}
              />
            ) : (
              <SelectFilter
                key={f.name}
                name={f.name}
                label={f.label}
                emptyLabel={f.emptyLabel}
                value={chosenFilters[f.name]?.toString()}
                options={f.options}
              />
            ),
          )}
          <SelectFilter
            name="sort"
            label="Sort by"
            emptyLabel={defaultSort.label}
            value={sort === defaultSort ? undefined : sort?.value}
            options={otherSorts}
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
      {scope?.tabs(info.path)}
      <RecordTable
        kind={kind}
        bulk={can.publish}
        columns={view.columns}
        rows={result.items.map((item) => ({
          id: item.id,
          href: `${info.path}/${item.id}`,
          title: view.title(item),
          status: item.status,
          version: item.version,
          hasPendingChanges: item.hasPendingChanges,
          publishAt: item.publishAt,
          cells: view.cells(item),
        }))}
      />
    </ListFrame>
  );
}
