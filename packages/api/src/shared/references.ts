import { AppError } from "../errors";
import type { Tx } from "./tx";
import { oneByOne } from "./tx";

export interface References {
  topicIds?: readonly string[];
  placeIds?: readonly string[];
  actorIds?: readonly string[];
  sourceIds?: readonly string[];
  seriesIds?: readonly string[];
}

/**
 * Checks that every referenced record exists and is not in the trash, one query per kind; a missing
 * one is a BAD_REQUEST naming the form field.
 */
export async function checkReferences(tx: Tx, refs: References): Promise<void> {
  const live = { deletedAt: null };
  const uniq = (ids: readonly string[] = []) => [...new Set(ids)];
  const [topics, places, actors, sources, series] = await oneByOne([
    refs.topicIds?.length
      ? tx.topic.findMany({
          where: { id: { in: uniq(refs.topicIds) }, ...live },
          select: { id: true },
        })
      : [],
    refs.placeIds?.length
      ? tx.place.findMany({
          where: { id: { in: uniq(refs.placeIds) }, ...live },
          select: { id: true },
        })
      : [],
    refs.actorIds?.length
      ? tx.actor.findMany({
          where: { id: { in: uniq(refs.actorIds) }, ...live },
          select: { id: true },
        })
      : [],
    refs.sourceIds?.length
      ? tx.source.findMany({
          where: { id: { in: uniq(refs.sourceIds) }, ...live },
          select: { id: true },
        })
      : [],
    refs.seriesIds?.length
      ? tx.ratingSeries.findMany({
          where: { id: { in: uniq(refs.seriesIds) } },
          select: { id: true },
        })
      : [],
  ]);
  const fieldErrors: Record<string, string[]> = {};
  const check = (
    field: string,
    what: string,
    wanted: readonly string[] = [],
    found: { id: string }[],
  ) => {
    const have = new Set(found.map((r) => r.id));
    const missing = uniq(wanted).filter((id) => !have.has(id));
    if (missing.length)
      fieldErrors[field] = [`No such ${what} (or it is in the trash): ${missing.join(", ")}`];
  };
  check("topicIds", "topic", refs.topicIds, topics);
  check("placeIds", "place", refs.placeIds, places);
  check("actors", "actor", refs.actorIds, actors);
  check("citations", "source", refs.sourceIds, sources);
  check("seriesId", "rating series", refs.seriesIds, series);
  if (Object.keys(fieldErrors).length)
    throw new AppError("BAD_REQUEST", "Some linked records do not exist", { fieldErrors });
}

/** A form field already taken: BAD_REQUEST naming it. */
export const taken = (field: string, message: string) =>
  new AppError("BAD_REQUEST", message, { fieldErrors: { [field]: [message] } });

/**
 * Purging a person or place deletes their links to events with them: refused while any event, even
 * one in the trash, links to it, so no event's content or history loses them silently.
 */
export function refuseWhileLinked(noun: string, linked: number): void {
  if (!linked) return;
  throw new AppError(
    "CONFLICT",
    `${linked} event${linked === 1 ? " (in the trash or not) links" : "s (in the trash or not) link"} to this ${noun}: purge or edit ${linked === 1 ? "it" : "them"} first`,
  );
}
