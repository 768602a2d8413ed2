// Each collection's admin view: its own where the admin registers one (an editor of its own),
// otherwise the generic view of the list and form its collection declares. A collection with
// neither does not compile.
import "server-only";

import { COLLECTIONS, type Collection } from "@kz/api/collections";
import { notFound } from "next/navigation";

import type { SearchParams } from "../lib/format";
import { KINDS, KIND_ORDER, type Kind } from "../lib/kinds";
import type { AnyView } from "./define";
import { eventView } from "./events";
import { genericView } from "./generic";
import { ratingView } from "./ratings";
import { sourceView } from "./sources";

type WithoutAdminSpec = Exclude<Collection, { admin: object }>["noun"];

/** The views the admin writes itself, for the collections that declare no `admin`. */
const OWN_VIEWS: Record<WithoutAdminSpec, AnyView> = {
  event: eventView,
  source: sourceView,
  rating: ratingView,
};

export const VIEWS = Object.fromEntries(
  COLLECTIONS.map((c) => [
    c.noun,
    "admin" in c ? genericView(c.noun, c.admin) : OWN_VIEWS[c.noun as WithoutAdminSpec],
  ]),
) as Record<Kind, AnyView>;

/** The collection whose admin path is `/${segment}` ("events"), or null. */
export function kindAt(segment: string): Kind | null {
  return KIND_ORDER.find((k) => KINDS[k].path === `/${segment}`) ?? null;
}

/**
 * What a page under app/(admin)/[collection] shows: the collection named in its address (a 404
 * for one that is not registered), its view, and the page's other parameters and query.
 */
export async function collectionPage<P extends { collection: string }>(props: {
  params: Promise<P>;
  searchParams: Promise<SearchParams>;
}) {
  const [params, query] = await Promise.all([props.params, props.searchParams]);
  const kind = kindAt(params.collection) ?? notFound();
  return { kind, view: VIEWS[kind], info: KINDS[kind], params, query };
}
