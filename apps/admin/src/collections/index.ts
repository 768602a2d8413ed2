// Each collection's admin view, keyed by kind: a registered collection without one does not compile.
import "server-only";

import { KINDS, KIND_ORDER, type Kind } from "../lib/kinds";
import { actorView } from "./actors";
import type { AnyView } from "./define";
import { eventView } from "./events";
import { placeView } from "./places";
import { ratingView } from "./ratings";
import { sourceView } from "./sources";
import { topicView } from "./topics";

export const VIEWS: Record<Kind, AnyView> = {
  event: eventView,
  source: sourceView,
  rating: ratingView,
  topic: topicView,
  actor: actorView,
  place: placeView,
};

/** The collection whose admin path is `/${segment}` ("events"), or null. */
export function kindAt(segment: string): Kind | null {
  return KIND_ORDER.find((k) => KINDS[k].path === `/${segment}`) ?? null;
}
