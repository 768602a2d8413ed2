import { cn, hrefWith, PageHeading } from "@kz/ui";
import type { Metadata } from "next";
import Link from "next/link";

import { VIEWS } from "../../../collections";
import { TrashTable, type TrashRow } from "../../../components/content/trash-table";
import { CursorPagination, cursorPageOf } from "../../../components/cursor-pagination";
import type { SearchParams } from "../../../lib/format";
import { KIND_ORDER, KINDS, type Kind } from "../../../lib/kinds";
import { oneOf } from "../../../lib/list-params";
import { abilities } from "../../../lib/roles";
import { api } from "../../../server/caller";
import { requireUser } from "../../../server/require-user";

export const metadata: Metadata = { title: "Trash" };

const LIMIT = 25;

export default async function TrashPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser();
  const params = await searchParams;
  const kind: Kind = oneOf(params, "kind", KIND_ORDER) ?? "event";
  const page = cursorPageOf(params);
  const caller = await api(user);
  const view = VIEWS[kind];
  const scope = await view.scope?.(caller, params);
  const result = scope?.empty
    ? { items: [], nextCursor: null, total: 0 }
    : await view.list(caller)({
        ...scope?.input,
        sort: "updatedAt",
        order: "desc",
        trash: true,
        limit: LIMIT,
        cursor: page.cursor,
      } as never);
  const rows: TrashRow[] = result.items.map((item) => ({
    id: item.id,
    title: view.title(item),
    version: item.version,
    deletedAt: item.deletedAt,
    detail: view.trashDetail?.(item) ?? undefined,
  }));
  const can = abilities(user.role);

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
        {scope?.tabs("/trash", { kind })}
        <TrashTable kind={kind} rows={rows} canRestore={can.trash} canPurge={can.purge} />
        <CursorPagination
          page={page}
          result={result}
          limit={LIMIT}
          href={(p) => hrefWith("/trash", { kind, ...scope?.keep, ...p })}
        />
      </div>
    </>
  );
}
