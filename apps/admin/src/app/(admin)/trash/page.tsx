import { cn, hrefWith, PageHeading, Pagination } from "@kz/ui";
import type { Metadata } from "next";
import Link from "next/link";

import { SeriesTabs } from "../../../components/content/series-tabs";
import { TrashTable, type TrashRow } from "../../../components/content/trash-table";
import {
  nextPageParams,
  pageStatus,
  parseCursorPage,
  previousPageParams,
} from "../../../lib/cursor-pages";
import { firstParam, type SearchParams } from "../../../lib/format";
import { KIND_ORDER, KINDS, type Kind } from "../../../lib/kinds";
import { idParam, oneOf } from "../../../lib/list-params";
import { abilities } from "../../../lib/roles";
import { api } from "../../../server/caller";
import { seriesOptions } from "../../../server/options";
import { requireUser } from "../../../server/require-user";

export const metadata: Metadata = { title: "Trash" };

const LIMIT = 25;

export default async function TrashPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const kind: Kind = oneOf(params, "kind", KIND_ORDER) ?? "event";
  const page = parseCursorPage(firstParam(params.cursor), firstParam(params.trail));
  const caller = await api(user);
  const common = { trash: true, limit: LIMIT, cursor: page.cursor } as const;
  const series = kind === "rating" ? await seriesOptions(caller) : [];
  const seriesId =
    kind === "rating"
      ? (series.find((s) => s.id === idParam(params, "series")) ?? series[0])?.id
      : undefined;

  let result: { rows: TrashRow[]; nextCursor: string | null; total: number };
  const byDeleted = { sort: "updatedAt", order: "desc" } as const;
  switch (kind) {
    case "event": {
      const r = await caller.event.admin.list({ ...common, ...byDeleted });
      result = { ...r, rows: r.items.map((e) => ({ ...e, title: e.title, detail: e.startDate })) };
      break;
    }
    case "source": {
      const r = await caller.source.admin.list({ ...common, ...byDeleted });
      result = { ...r, rows: r.items.map((s) => ({ ...s, detail: s.publisher })) };
      break;
    }
    case "topic": {
      const r = await caller.topic.admin.list({ ...common, ...byDeleted });
      result = { ...r, rows: r.items.map((t) => ({ ...t, title: t.name })) };
      break;
    }
    case "rating": {
      const r = seriesId
        ? await caller.rating.admin.list({ ...common, ...byDeleted, seriesId })
        : { items: [], nextCursor: null, total: 0 };
      result = { ...r, rows: r.items.map((x) => ({ ...x, title: String(x.year) })) };
      break;
    }
    case "actor": {
      const r = await caller.actor.admin.list({ ...common, ...byDeleted });
      result = { ...r, rows: r.items.map((a) => ({ ...a, title: a.name })) };
      break;
    }
    case "place": {
      const r = await caller.place.admin.list({ ...common, ...byDeleted });
      result = { ...r, rows: r.items.map((p) => ({ ...p, title: p.name })) };
      break;
    }
  }
  const rows = result.rows.map(({ id, title, version, deletedAt, detail }) => ({
    id,
    title,
    version,
    deletedAt,
    detail,
  }));
  const can = abilities(user.role);
  const previous = previousPageParams(page);
  const href = (p: Record<string, string | undefined>) =>
    hrefWith("/trash", { kind, series: seriesId, ...p });

  return (
    <>
      <PageHeading
        title="Trash"
        lead="Deleted records wait here. Editors can restore them; only admins can delete them for good."
      />
      <div className="space-y-5">
        <nav aria-label="Kinds of record">
          <ul className="flex flex-wrap gap-1 border-b border-slate-200">
            {KIND_ORDER.map((k) => (
              <li key={k}>
                <Link
                  href={hrefWith("/trash", { kind: k })}
                  aria-current={k === kind ? "page" : undefined}
                  className={cn(
                    "-mb-px block border-b-2 px-3 py-2 text-sm no-underline",
                    k === kind
                      ? "border-brand-700 text-brand-900 font-semibold"
                      : "border-transparent text-slate-600 hover:text-slate-900",
                  )}
                >
                  {KINDS[k].plural}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {kind === "rating" ? (
          <SeriesTabs series={series} current={seriesId} path="/trash" extra={{ kind: "rating" }} />
        ) : null}
        <TrashTable kind={kind} rows={rows} canRestore={can.trash} canPurge={can.purge} />
        <Pagination
          previousHref={previous ? href(previous as Record<string, string | undefined>) : null}
          nextHref={
            result.nextCursor
              ? href(nextPageParams(page, result.nextCursor) as Record<string, string | undefined>)
              : null
          }
          status={pageStatus(page, LIMIT, rows.length, result.total)}
        />
      </div>
    </>
  );
}
