// Each collection's admin view: its own where the admin registers one (an editor of its own),
// otherwise the generic view of the list and form its collection declares. A collection with
// neither does not compile.
import "server-only";

import { COLLECTIONS, type Collection } from "@kz/api/collections";

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
