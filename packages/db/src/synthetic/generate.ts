import { createHash } from "node:crypto";

import type { ActorKind, DatePrecision, SourceKind } from "../generated/prisma/enums";
import {
  ARTICLES,
  GROUPS,
  LAWS,
  LOCATORS,
  OUTLETS,
  PLACE_WEIGHTS,
  SOURCE_KINDS,
  SUBJECTS,
  THEMES,
  type Theme,
} from "./vocabulary";

/** Every synthetic record's slug starts with this, so they can be found, counted and told apart. */
export const SYNTHETIC_SLUG_PREFIX = "synthetic-";
/** Starts every synthetic title, so a reader of any list or search result sees what it is. */
export const SYNTHETIC_TITLE_MARKER = "[Synthetic] ";
/** Opens every synthetic event body and source's notes. */
export const SYNTHETIC_NOTICE =
  "_Synthetic record generated for load testing (`npm run db:seed:synthetic`); it describes nothing that happened._";

/** The existing records synthetic events link to. */
export interface Catalog {
  topics: Array<{ id: string; slug: string; name: string }>;
  /** Places events happen in, each as often as PLACE_WEIGHTS says. */
  places: Array<{ id: string; name: string }>;
  actors: Array<{ id: string; kind: ActorKind }>;
  sourceIds: string[];
}

export interface SyntheticEvent {
  id: string;
  slug: string;
  title: string;
  summary: string;
  body: string;
  startDate: string;
  endDate: string | null;
  datePrecision: DatePrecision;
  publishedAt: string;
  /** The first is the primary topic. */
  topicIds: string[];
  placeIds: string[];
  actors: Array<{ actorId: string; role: string }>;
  citations: Array<{ id: string; sourceId: string; locator: string; quote: string | null }>;
}

export interface SyntheticSource {
  id: string;
  slug: string;
  title: string;
  publisher: string;
  kind: SourceKind;
  url: string;
  publishedDate: string;
  notes: string;
}

/** A cuid-shaped id that is the same for the same inputs, so a given N always yields the same data. */
export function syntheticId(...parts: Array<string | number>): string {
  return `c${createHash("sha1").update(parts.join(":")).digest("hex").slice(0, 24)}`;
}

/** mulberry32: small, fast and seedable, so event n is the same event on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

/** `count` distinct items, in the order drawn, each drawn as often as its weight says. */
function sample<T>(
  rng: Rng,
  items: readonly T[],
  count: number,
  weight: (item: T) => number = () => 1,
): T[] {
  const total = items.reduce((sum, item) => sum + weight(item), 0);
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) {
    let left = rng() * total;
    chosen.add(items.find((item) => (left -= weight(item)) < 0) ?? items.at(-1)!);
  }
  return [...chosen];
}

const placeWeight = (place: { name: string }) => PLACE_WEIGHTS[place.name] ?? 1;

function fill(template: string, rng: Rng, place: string): string {
  return template
    .replaceAll("{place}", place)
    .replaceAll("{n}", () => String(between(rng, 2, 40)))
    .replaceAll("{m}", () => String(between(rng, 41, 90)))
    .replaceAll("{years}", () => String(between(rng, 2, 9)))
    .replaceAll("{article}", () => pick(rng, ARTICLES))
    .replaceAll("{law}", () => pick(rng, LAWS))
    .replaceAll("{outlet}", () => pick(rng, OUTLETS))
    .replaceAll("{group}", () => pick(rng, GROUPS));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function slugify(text: string, maxLength: number): string {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, maxLength)
    .replace(/-$/, "");
}

const FIRST_DAY = Date.UTC(1991, 0, 1);
const LAST_DAY = Date.UTC(2026, 5, 30);
const DAY_MS = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * A date from 1991 to mid-2026, with more in recent years (as in a real record, where reporting
 * grows), and the precision a real record would give it.
 */
function dates(rng: Rng) {
  const u = rng();
  const share = rng() < 0.4 ? u : Math.sqrt(u);
  const day = new Date(FIRST_DAY + Math.floor(share * ((LAST_DAY - FIRST_DAY) / DAY_MS)) * DAY_MS);
  const roll = rng();
  const datePrecision: DatePrecision = roll < 0.85 ? "DAY" : roll < 0.95 ? "MONTH" : "YEAR";
  const start =
    datePrecision === "DAY"
      ? day.getTime()
      : datePrecision === "MONTH"
        ? Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1)
        : Date.UTC(day.getUTCFullYear(), 0, 1);
  const endDate =
    datePrecision === "DAY" && rng() < 0.15 ? isoDate(start + between(rng, 1, 30) * DAY_MS) : null;
  const publishedAt = new Date(start + between(rng, 1, 20) * DAY_MS).toISOString();
  return { startDate: isoDate(start), endDate, datePrecision, publishedAt };
}

function topicsFor(theme: Theme, rng: Rng, catalog: Catalog): string[] {
  const bySlug = new Map(catalog.topics.map((t) => [t.slug, t.id]));
  const primary = theme.topics.map((slug) => bySlug.get(slug)).find((id) => id !== undefined);
  const ids = [primary ?? pick(rng, catalog.topics).id];
  if (rng() < 0.3) ids.push(pick(rng, catalog.topics).id);
  return [...new Set(ids)];
}

/** Synthetic event number `n` (1-based): the same event for the same n and catalog. */
export function syntheticEvent(n: number, catalog: Catalog): SyntheticEvent {
  const rng = random(n * 2654435761);
  const theme = pick(rng, THEMES);
  const places = sample(rng, catalog.places, rng() < 0.8 ? 1 : 2, placeWeight);
  const placeName = places[0]!.name;
  const title = capitalise(fill(pick(rng, theme.titles), rng, placeName));
  const summary = fill(pick(rng, theme.summaries), rng, placeName);
  const sentences = theme.sentences.filter(() => rng() < 0.6);
  const paragraphs = [SYNTHETIC_NOTICE, summary];
  for (let i = 0; i < sentences.length; i += 2) {
    paragraphs.push(
      sentences
        .slice(i, i + 2)
        .map((s) => fill(s, rng, placeName))
        .join(" "),
    );
  }
  const actors = sample(rng, catalog.actors, between(rng, 0, 3)).map((a) => ({
    actorId: a.id,
    role: pick(rng, theme.roles[a.kind]),
  }));
  const citations = sample(rng, catalog.sourceIds, between(rng, 1, 3)).map((sourceId, i) => ({
    id: syntheticId("synthetic-citation", n, i),
    sourceId,
    locator: fill(pick(rng, LOCATORS), rng, placeName),
    quote: i === 0 && rng() < 0.3 ? summary : null,
  }));
  return {
    id: syntheticId("synthetic-event", n),
    slug: `${SYNTHETIC_SLUG_PREFIX}${slugify(title, 80)}-${n}`,
    title: SYNTHETIC_TITLE_MARKER + title,
    summary,
    body: paragraphs.join("\n\n"),
    ...dates(rng),
    topicIds: topicsFor(theme, rng, catalog),
    placeIds: places.map((p) => p.id),
    actors,
    citations,
  };
}

/** Synthetic source number `n` (1-based). */
export function syntheticSource(n: number): SyntheticSource {
  const rng = random(n * 40503 + 7);
  const { kind, publisher, title } = pick(rng, SOURCE_KINDS);
  const year = between(rng, 1995, 2026);
  const subject = pick(rng, SUBJECTS);
  const filled = capitalise(
    title.replaceAll("{year}", String(year)).replaceAll("{subject}", subject),
  );
  const slug = `${SYNTHETIC_SLUG_PREFIX}source-${slugify(filled, 80)}-${n}`;
  return {
    id: syntheticId("synthetic-source", n),
    slug,
    title: SYNTHETIC_TITLE_MARKER + filled,
    publisher,
    kind,
    // .invalid is reserved (RFC 2606): a synthetic link can never lead anywhere real.
    url: `https://${slugify(publisher, 40)}.invalid/${slug}`,
    publishedDate: `${year}-${String(between(rng, 1, 12)).padStart(2, "0")}-${String(between(rng, 1, 28)).padStart(2, "0")}`,
    notes: SYNTHETIC_NOTICE,
  };
}
