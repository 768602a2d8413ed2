import { actorKindOutput, sourceKindOutput } from "@kz/api";
import type { ReactNode } from "react";

import { contentLangFor } from "../i18n/routing";
import { parseKindFilters, type SearchParams } from "../lib/params";
import { orNotFound } from "../server/bad-input";
import { listReader } from "../server/cached";
import { readListRequest } from "../server/list-request";
import { KindFilter } from "./kind-filter";
import { ListPage } from "./list-page";

/** A page of a collection's public list. */
type ListOf<N extends "actor" | "source"> = Awaited<ReturnType<ReturnType<typeof listReader<N>>>>;
/** The collections whose public list is filtered by kind, and a page of each. */
interface KindLists {
  actor: ListOf<"actor">;
  source: ListOf<"source">;
}
export type KindListItem<N extends keyof KindLists> = KindLists[N]["items"][number];

/** Each such collection's kinds (its filter's options) and how many of its records a page shows. */
const KIND_LISTS = {
  actor: { kinds: actorKindOutput.options, pageSize: 50 },
  source: { kinds: sourceKindOutput.options, pageSize: 25 },
} satisfies Record<keyof KindLists, { kinds: readonly string[]; pageSize: number }>;

/** A record as an item (`li`) of the list; `lang` is its text's language where it differs from the page's. */
export interface KindListItemProps<N extends keyof KindLists> {
  record: KindListItem<N>;
  lang: string | undefined;
}

/**
 * The page (a route's default export) of the public list of a collection whose records come in
 * kinds (actors, sources): filtered by words and kind, read a page at a time, each record shown by
 * `Item` (a server component, rendered once the request's language is set).
 */
export function kindListPage<N extends keyof KindLists>(
  noun: N,
  Item: (props: KindListItemProps<N>) => Promise<ReactNode>,
) {
  const { kinds, pageSize } = KIND_LISTS[noun];
  const section = `${noun}s` as const;
  return async function KindListPage(request: {
    params: Promise<{ locale: string }>;
    searchParams: Promise<SearchParams>;
  }) {
    const { locale, filters, position } = await readListRequest(request, (query) =>
      parseKindFilters(query, kinds),
    );
    // The filters are this collection's own (its kinds); TypeScript cannot follow `noun` to them.
    const read = listReader(noun) as unknown as (input: object) => Promise<KindLists[N]>;
    const page = await orNotFound(read({ ...filters, limit: pageSize, cursor: position.cursor }));
    return (
      <ListPage
        section={section}
        locale={locale}
        params={filters}
        page={page}
        position={position}
        pageSize={pageSize}
        filters={<KindFilter section={section} kinds={kinds} value={filters.kind} />}
      >
        <ul className="divide-y divide-slate-200 border-y border-slate-200">
          {page.items.map((record) => (
            <Item key={record.id} record={record} lang={contentLangFor(locale)} />
          ))}
        </ul>
      </ListPage>
    );
  };
}
