// Keeps a local copy of the public record exact by following the changes feed: the first sync
// reads the feed from the start (the seed and every publish since are in it), later syncs read only
// what changed. Works over the HTTP client or, in tests, over a server-side caller.
import { apiErrorOf, type Client, type RouterInputs, type RouterOutputs } from "./index";

type Outputs = RouterOutputs;
export type ChangeItem = Outputs["changes"]["since"]["items"][number];

/** The procedures a mirror reads. A record that is not public (any more) is null. */
export interface MirrorSource {
  changesSince(input: RouterInputs["changes"]["since"]): Promise<Outputs["changes"]["since"]>;
  event(slug: string): Promise<Outputs["event"]["bySlug"] | null>;
  source(slug: string): Promise<Outputs["source"]["bySlug"] | null>;
  topic(slug: string): Promise<Outputs["topic"]["bySlug"] | null>;
  actor(slug: string): Promise<Outputs["actor"]["bySlug"] | null>;
  place(slug: string): Promise<Outputs["place"]["bySlug"] | null>;
  ratings(series: string): Promise<Outputs["rating"]["list"] | null>;
}

/** The mirror, as JSON: each record's detail by id; ratings by series slug. */
export interface MirrorState {
  /** The feed position this state is exact at; "0" for an empty mirror. */
  cursor: string;
  events: Record<string, Outputs["event"]["bySlug"]>;
  sources: Record<string, Outputs["source"]["bySlug"]>;
  topics: Record<string, Outputs["topic"]["bySlug"]>;
  actors: Record<string, Outputs["actor"]["bySlug"]>;
  places: Record<string, Outputs["place"]["bySlug"]>;
  ratings: Record<string, Outputs["rating"]["list"]>;
}

export const emptyMirror = (): MirrorState => ({
  cursor: "0",
  events: {},
  sources: {},
  topics: {},
  actors: {},
  places: {},
  ratings: {},
});

/** A rating's feed slug is `<series slug>-<year>`. */
export const seriesOfRatingSlug = (slug: string) => slug.replace(/-\d+$/, "");

/** NOT_FOUND becomes null; any other failure is thrown. */
async function orNull<T>(call: Promise<T>): Promise<T | null> {
  try {
    return await call;
  } catch (error) {
    if (apiErrorOf(error)?.code === "NOT_FOUND") return null;
    throw error;
  }
}

/** A MirrorSource over the HTTP client. */
export function clientMirrorSource(client: Client): MirrorSource {
  return {
    changesSince: (input) => client.changes.since.query(input),
    event: (slug) => orNull(client.event.bySlug.query({ slug })),
    source: (slug) => orNull(client.source.bySlug.query({ slug })),
    topic: (slug) => orNull(client.topic.bySlug.query({ slug })),
    actor: (slug) => orNull(client.actor.bySlug.query({ slug })),
    place: (slug) => orNull(client.place.bySlug.query({ slug })),
    ratings: (series) => orNull(client.rating.list.query({ series })),
  };
}

export interface SyncReport {
  /** Feed items read. */
  changes: number;
  /** Records fetched again, and records removed. */
  fetched: number;
  removed: number;
  cursor: string;
}

/**
 * Brings `state` up to date, in place. Reads the feed from `state.cursor` to its end, keeps the last
 * change of each record, fetches what is public (by the slug the feed gives) and drops what is not.
 * The cursor moves only once everything is applied, so a failed sync can simply be run again.
 */
export async function syncMirror(
  source: MirrorSource,
  state: MirrorState,
  options: { pageSize?: number; concurrency?: number } = {},
): Promise<SyncReport> {
  const latest = new Map<string, ChangeItem>();
  let cursor = state.cursor;
  let changes = 0;
  for (;;) {
    const page = await source.changesSince({ cursor, limit: options.pageSize ?? 500 });
    for (const item of page.items) {
      const key = `${item.entityType}:${item.id}`;
      latest.delete(key);
      latest.set(key, item);
    }
    changes += page.items.length;
    cursor = page.nextCursor;
    if (!page.hasMore) break;
  }

  let fetched = 0;
  let removed = 0;
  const series = new Set<string>();
  const tasks: (() => Promise<void>)[] = [];
  const apply = <T>(
    table: Record<string, T>,
    item: ChangeItem,
    read: (slug: string) => Promise<T | null>,
  ) => {
    if (item.change === "unpublished" || item.change === "deleted") {
      if (item.id in table) removed += 1;
      delete table[item.id];
      return;
    }
    tasks.push(async () => {
      // Gone again since this change (a later one in the feed will say so): drop it for now.
      const record = await read(item.slug);
      if (record) {
        table[item.id] = record;
        fetched += 1;
      } else delete table[item.id];
    });
  };
  // The feed's kinds that the mirror keeps, each in its table and read again by its slug; a
  // rating's change refetches its whole series (below), and other kinds are not mirrored.
  const mirrored: Partial<Record<ChangeItem["entityType"], (item: ChangeItem) => void>> = {
    event: (item) => apply(state.events, item, source.event),
    source: (item) => apply(state.sources, item, source.source),
    topic: (item) => apply(state.topics, item, source.topic),
    actor: (item) => apply(state.actors, item, source.actor),
    place: (item) => apply(state.places, item, source.place),
    rating: (item) => series.add(seriesOfRatingSlug(item.slug)),
  };
  for (const item of latest.values()) mirrored[item.entityType]?.(item);

  for (const slug of series) {
    tasks.push(async () => {
      const list = await source.ratings(slug);
      if (list && list.items.length) state.ratings[slug] = list;
      else delete state.ratings[slug];
      fetched += 1;
    });
  }

  // A few requests at a time: the client batches each group into one HTTP request.
  const concurrency = options.concurrency ?? 10;
  for (let i = 0; i < tasks.length; i += concurrency) {
    await Promise.all(tasks.slice(i, i + concurrency).map((task) => task()));
  }
  state.cursor = cursor;
  return { changes, fetched, removed, cursor };
}
