// The facet counts of /events from memory, as faceted search engines keep them: at 100 000 events each
// SQL count that leaves out its own filter read 120–150 000 link rows (180–590 ms p95); one pass
// over typed arrays of the published events takes a few milliseconds. The SQL in event.facets.ts
// stays the reference: event.facet-index.int.test.ts holds the two to the same counts.
import { Prisma, type Db } from "@kz/db";

import type { EventFacetInput } from "./event.facets.schema";

export type LinkFacet = "topics" | "places" | "actors";
const LINK_FACETS = ["topics", "places", "actors"] as const;

/** Events in typed arrays; an event's `links[facet].values[offsets[i]..offsets[i+1]]` index its keys. */
interface Segment {
  size: number;
  position: Map<string, number>;
  year: ArrayLike<number>;
  /** startDate as days since 1970-01-01, so a date range is two integer comparisons. */
  day: ArrayLike<number>;
  links: Record<LinkFacet, { offsets: Int32Array; values: Int32Array }>;
}

/** A facet's linked records (ids), each at one position, shared by the segments. */
interface Keys {
  keys: string[];
  keyIndex: Map<string, number>;
}

/**
 * The published, non-deleted events as of changes-feed `seq`: the `base` built in full, less its
 * events changed since (`replaced`), plus those changed events that are public now (`changed`,
 * kept as loaded and packed into `delta`).
 */
export interface FacetIndex {
  seq: bigint;
  base: Segment;
  replaced: Uint8Array;
  changed: Map<string, EventRow & Record<LinkFacet, string[]>>;
  delta: Segment;
  keys: Record<LinkFacet, Keys>;
}

type EventRow = { id: string; year: number; day: number };
type LinkRow = { eventId: string; key: string };

const DAY_MS = 86_400_000;
const dayOf = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
/** More events changed than this since the base: build it again rather than patch. */
const MAX_CHANGED = 5_000;

const keyOf = ({ keys, keyIndex }: Keys, key: string) => {
  let k = keyIndex.get(key);
  if (k === undefined) keyIndex.set(key, (k = keys.push(key) - 1));
  return k;
};

/** Packs events and their links (in any order; a hidden event's links are dropped) as a segment. */
function segmentOf(
  events: EventRow[],
  links: Record<LinkFacet, LinkRow[]>,
  keys: Record<LinkFacet, Keys>,
): Segment {
  const position = new Map(events.map((e, i) => [e.id, i]));
  const size = events.length;
  const packed = {} as Segment["links"];
  for (const facet of LINK_FACETS) {
    const rows = links[facet];
    const event = new Int32Array(rows.length);
    const value = new Int32Array(rows.length);
    let m = 0;
    for (const row of rows) {
      const i = position.get(row.eventId);
      if (i === undefined) continue;
      event[m] = i;
      value[m++] = keyOf(keys[facet], row.key);
    }
    const offsets = new Int32Array(size + 1);
    for (let j = 0; j < m; j++) offsets[event[j]! + 1]! += 1;
    for (let i = 0; i < size; i++) offsets[i + 1]! += offsets[i]!;
    const next = offsets.slice(0, size);
    const values = new Int32Array(m);
    for (let j = 0; j < m; j++) values[next[event[j]!]!++] = value[j]!;
    packed[facet] = { offsets, values };
  }
  return {
    size,
    position,
    year: Int16Array.from(events, (e) => e.year),
    day: Int32Array.from(events, (e) => e.day),
    links: packed,
  };
}

const PUBLIC_EVENTS = Prisma.sql`
  SELECT id, EXTRACT(YEAR FROM "startDate")::int AS year, ("startDate" - DATE '1970-01-01') AS day
  FROM "Event" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL`;
// An actor linked in several roles counts once per event, as count(DISTINCT) does in SQL.
const LINK_SQL: Record<LinkFacet, Prisma.Sql> = {
  topics: Prisma.sql`SELECT "eventId", "topicId" AS key FROM "EventTopic"`,
  places: Prisma.sql`SELECT "eventId", "placeId" AS key FROM "EventPlace"`,
  actors: Prisma.sql`SELECT DISTINCT "eventId", "actorId" AS key FROM "EventActor"`,
};
const LATEST_SEQ = Prisma.sql`SELECT coalesce(max(seq), 0)::bigint AS seq FROM "ChangeLog"`;

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
/** In one snapshot, so the `seq` read names exactly the state the rest reads. */
const inSnapshot = <T>(db: Db, read: (tx: Tx) => Promise<T>) =>
  db.$transaction(read, { isolationLevel: "RepeatableRead", timeout: 120_000, maxWait: 10_000 });
const latestSeq = async (tx: Pick<Db, "$queryRaw">) =>
  (await tx.$queryRaw<[{ seq: bigint }]>(LATEST_SEQ))[0].seq;

/** Events (optionally only these ids) and their links; one statement after another on one connection. */
async function load(tx: Tx, ids?: string[]) {
  const only = (column: string) =>
    ids ? Prisma.sql` WHERE ${Prisma.raw(column)} = ANY(${ids}::text[])` : Prisma.empty;
  const events = await tx.$queryRaw<EventRow[]>(
    ids ? Prisma.sql`${PUBLIC_EVENTS} AND id = ANY(${ids}::text[])` : PUBLIC_EVENTS,
  );
  const links = {} as Record<LinkFacet, LinkRow[]>;
  for (const facet of LINK_FACETS)
    links[facet] = await tx.$queryRaw<LinkRow[]>(
      Prisma.sql`${LINK_SQL[facet]}${only(`"eventId"`)}`,
    );
  return { events, links };
}

const noKeys = (): Record<LinkFacet, Keys> => ({
  topics: { keys: [], keyIndex: new Map() },
  places: { keys: [], keyIndex: new Map() },
  actors: { keys: [], keyIndex: new Map() },
});

/** Every published event, read in full (a few seconds at 100 000 on a busy machine). */
export async function buildFacetIndex(db: Db): Promise<FacetIndex> {
  return inSnapshot(db, async (tx) => {
    const seq = await latestSeq(tx);
    const { events, links } = await load(tx);
    const keys = noKeys();
    const base = segmentOf(events, links, keys);
    const changed = new Map();
    return {
      seq,
      base,
      replaced: new Uint8Array(base.size),
      changed,
      delta: segmentOf([], links, keys),
      keys,
    };
  });
}

/**
 * The index brought to the feed's latest `seq` by reading again only the events the feed names
 * since (a topic, place or actor change names its events too); null when too many changed.
 */
async function refreshFacetIndex(db: Db, index: FacetIndex): Promise<FacetIndex | null> {
  return inSnapshot(db, async (tx) => {
    const seq = await latestSeq(tx);
    const named = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT DISTINCT "entityId" AS id FROM "ChangeLog"
      WHERE seq > ${index.seq} AND seq <= ${seq} AND "entityType" = 'EVENT'`;
    const ids = named.map((row) => row.id);
    if (ids.length + index.changed.size > MAX_CHANGED) return null;
    const { events, links } = await load(tx, ids);
    const replaced = index.replaced.slice();
    const changed = new Map(index.changed);
    for (const id of ids) {
      const i = index.base.position.get(id);
      if (i !== undefined) replaced[i] = 1;
      changed.delete(id);
    }
    const byEvent = (facet: LinkFacet) => {
      const keys = new Map<string, string[]>();
      for (const l of links[facet]) keys.set(l.eventId, [...(keys.get(l.eventId) ?? []), l.key]);
      return (id: string) => keys.get(id) ?? [];
    };
    const [topics, places, actors] = LINK_FACETS.map(byEvent);
    for (const e of events)
      changed.set(e.id, {
        ...e,
        topics: topics!(e.id),
        places: places!(e.id),
        actors: actors!(e.id),
      });
    const all = [...changed.values()];
    const rows = (facet: LinkFacet) =>
      all.flatMap((e) => e[facet].map((key) => ({ eventId: e.id, key })));
    const delta = segmentOf(
      all,
      { topics: rows("topics"), places: rows("places"), actors: rows("actors") },
      index.keys,
    );
    return { ...index, seq, replaced, changed, delta };
  });
}

interface State {
  index: FacetIndex | null;
  updating: Promise<FacetIndex> | null;
}
const states = new WeakMap<Db, State>();

/**
 * The index as of the changes feed's latest `seq` (every change the public can see moves it, as it
 * moves ETags): one index-only read of ChangeLog's primary key per call and, when the feed has
 * moved, a refresh of the events it names, shared by the calls waiting for it. Records written
 * around the feed (test factories) are not seen until it moves.
 */
export async function currentFacetIndex(db: Db): Promise<FacetIndex> {
  const seq = await latestSeq(db);
  let state = states.get(db);
  if (!state) states.set(db, (state = { index: null, updating: null }));
  // A feed behind the index (a restored backup, a test database reset) means the index describes
  // a history that no longer exists: start again rather than serve it until the feed catches up.
  if (state.index && state.index.seq > seq && !state.updating) state.index = null;
  for (;;) {
    if (state.index && state.index.seq >= seq) return state.index;
    if (!state.updating) {
      const s = state;
      const previous = s.index;
      s.updating = (previous ? refreshFacetIndex(db, previous) : Promise.resolve(null))
        .then((refreshed) => refreshed ?? buildFacetIndex(db))
        .then((index) => {
          if (!s.index || index.seq >= s.index.seq) s.index = index;
          return index;
        })
        .finally(() => {
          s.updating = null;
        });
    }
    await state.updating;
  }
}

/** The resolved filter: ids of the records named, and of the events matching `q` (or null). */
export interface IndexFilter {
  input: EventFacetInput;
  matching: string[] | null;
  ids: Record<LinkFacet, string[]>;
}

export type FacetCountRow = {
  facet: "total" | "years" | LinkFacet;
  key: string | null;
  count: number;
};

// An event's misses: the filters it fails. A facet counts the events that fail no other filter.
const MISS = { years: 1, topics: 2, places: 4, actors: 8 } as const;
const ALWAYS = 16; // q and the date range: no facet leaves them out

/** Which filters each event of `segment` fails (0: none); `gone` marks events to skip altogether. */
function missesOf(
  segment: Segment,
  gone: Uint8Array | null,
  { input, matching }: IndexFilter,
  chosen: Partial<Record<LinkFacet, Uint8Array>>,
): Uint8Array {
  const { size, year, day, links } = segment;
  const miss = new Uint8Array(size);
  if (gone) for (let i = 0; i < size; i++) miss[i] = gone[i]! && ALWAYS;
  if (matching) {
    const match = new Uint8Array(size);
    for (const id of matching) {
      const i = segment.position.get(id);
      if (i !== undefined) match[i] = 1;
    }
    for (let i = 0; i < size; i++) if (!match[i]) miss[i]! |= ALWAYS;
  }
  if (input.from || input.to) {
    const from = input.from ? dayOf(input.from) : -Infinity;
    const to = input.to ? dayOf(input.to) : Infinity;
    for (let i = 0; i < size; i++) if (day[i]! < from || day[i]! > to) miss[i]! |= ALWAYS;
  }
  if (input.years?.length) {
    const years = new Set(input.years);
    for (let i = 0; i < size; i++) if (!years.has(year[i]!)) miss[i]! |= MISS.years;
  }
  for (const facet of LINK_FACETS) {
    const wanted = chosen[facet];
    if (!wanted) continue;
    const { offsets, values } = links[facet];
    for (let i = 0; i < size; i++) {
      let hit = false;
      for (let j = offsets[i]!; j < offsets[i + 1]! && !hit; j++) hit = wanted[values[j]!] === 1;
      if (!hit) miss[i]! |= MISS[facet];
    }
  }
  return miss;
}

/**
 * The counts the SQL gives (event.facets.ts `counts`), as the same rows: the total under every
 * filter; per year, topic, place and actor, the events under every filter but that facet's own.
 */
export function countFacets(index: FacetIndex, filter: IndexFilter): FacetCountRow[] {
  const { keys } = index;
  // Per facet filtered: its chosen records, by key position (an unknown one chooses nothing).
  const chosen: Partial<Record<LinkFacet, Uint8Array>> = {};
  for (const facet of LINK_FACETS) {
    if (!filter.input[facet]?.length) continue;
    const wanted = (chosen[facet] = new Uint8Array(keys[facet].keys.length));
    for (const id of filter.ids[facet]) {
      const k = keys[facet].keyIndex.get(id);
      if (k !== undefined) wanted[k] = 1;
    }
  }
  let total = 0;
  const yearCounts = new Map<number, number>();
  const linkCounts = {
    topics: new Int32Array(keys.topics.keys.length),
    places: new Int32Array(keys.places.keys.length),
    actors: new Int32Array(keys.actors.keys.length),
  };
  const segments = [
    [index.base, index.replaced],
    [index.delta, null],
  ] as const;
  for (const [segment, gone] of segments) {
    const miss = missesOf(segment, gone, filter, chosen);
    const { year, links } = segment;
    for (let i = 0; i < segment.size; i++) {
      const m = miss[i]!;
      if (m === 0) total += 1;
      // Failing no filter, or only one facet's own: counted in every facet, or in that one.
      if (m === 0 || m === MISS.years)
        yearCounts.set(year[i]!, (yearCounts.get(year[i]!) ?? 0) + 1);
      for (const facet of LINK_FACETS) {
        if (m !== 0 && m !== MISS[facet]) continue;
        const { offsets, values } = links[facet];
        for (let j = offsets[i]!; j < offsets[i + 1]!; j++) linkCounts[facet][values[j]!]! += 1;
      }
    }
  }

  const rows: FacetCountRow[] = [{ facet: "total", key: null, count: total }];
  for (const [y, count] of yearCounts) rows.push({ facet: "years", key: String(y), count });
  for (const facet of LINK_FACETS)
    linkCounts[facet].forEach((count, k) => {
      if (count > 0) rows.push({ facet, key: keys[facet].keys[k]!, count });
    });
  return rows;
}

/** The index's approximate size in bytes: typed arrays, plus ids and keys as V8 strings in Maps. */
export function facetIndexBytes(index: FacetIndex): number {
  const strings = (list: Iterable<string>) => [...list].reduce((n, s) => n + 16 + s.length + 40, 0);
  let bytes = index.replaced.byteLength;
  for (const segment of [index.base, index.delta]) {
    bytes += strings(segment.position.keys()) + segment.size * 6;
    for (const facet of LINK_FACETS) {
      const { offsets, values } = segment.links[facet];
      bytes += offsets.byteLength + values.byteLength;
    }
  }
  for (const facet of LINK_FACETS) bytes += strings(index.keys[facet].keys);
  return bytes;
}
