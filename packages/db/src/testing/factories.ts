import { randomBytes } from "node:crypto";

import type { Db } from "../client";
import type {
  ActorKind,
  DatePrecision,
  Role,
  SourceKind,
  Status,
} from "../generated/prisma/client";
import { hashPassword } from "../password";
import { ratingFigures } from "../rating-figures";
import type { SeedRating } from "../seed/types";

const unique = () => randomBytes(4).toString("hex");

/** Published (with its publication time) and out of the trash, unless told otherwise. */
const lifecycle = (data: { status?: Status; deleted?: boolean }) => {
  const status = data.status ?? "PUBLISHED";
  return {
    status,
    publishedAt: status === "PUBLISHED" ? new Date() : null,
    deletedAt: data.deleted ? new Date() : null,
  };
};

export async function makeUser(
  db: Db,
  data: { role?: Role; password?: string; active?: boolean; email?: string } = {},
) {
  const password = data.password ?? `pw-${unique()}-${unique()}`;
  const user = await db.user.create({
    data: {
      email: data.email ?? `user-${unique()}@example.org`,
      name: "Test User",
      role: data.role ?? "EDITOR",
      active: data.active ?? true,
      passwordHash: await hashPassword(password),
    },
  });
  return { user, password };
}

export interface MakeSourceInput {
  status?: Status;
  deleted?: boolean;
  title?: string;
  publisher?: string;
  kind?: SourceKind;
  url?: string;
  notes?: string;
  publishedDate?: string;
}

export async function makeSource(db: Db, data: MakeSourceInput = {}) {
  const id = unique();
  return db.source.create({
    data: {
      slug: `source-${id}`,
      title: data.title ?? `Source ${id}`,
      publisher: data.publisher ?? "Test Publisher",
      kind: data.kind ?? "REPORT",
      url: data.url ?? null,
      notes: data.notes ?? "",
      publishedDate: data.publishedDate ? new Date(`${data.publishedDate}T00:00:00Z`) : null,
      ...lifecycle(data),
    },
  });
}

/** A citation as a factory takes it: a source id, or a source id with its locator and quote. */
export type CitationSpec = string | { sourceId: string; locator?: string; quote?: string };

const citationsOf = (specs: CitationSpec[] = []) =>
  specs.map((spec, position) =>
    typeof spec === "string"
      ? { sourceId: spec, position }
      : {
          sourceId: spec.sourceId,
          locator: spec.locator ?? null,
          quote: spec.quote ?? null,
          position,
        },
  );

export interface MakeTopicInput {
  status?: Status;
  deleted?: boolean;
  name?: string;
  overview?: string;
  position?: number;
  citations?: CitationSpec[];
}

export async function makeTopic(db: Db, data: MakeTopicInput = {}) {
  const id = unique();
  return db.topic.create({
    data: {
      slug: `topic-${id}`,
      name: data.name ?? `Topic ${id}`,
      overview: data.overview ?? "",
      position: data.position ?? 0,
      ...lifecycle(data),
      citations: { create: citationsOf(data.citations) },
    },
  });
}

export interface MakePlaceInput {
  /** PUBLISHED unless given, like the seeded record. */
  status?: Status;
  name?: string;
  otherNames?: string[];
  region?: string;
  latitude?: number;
  longitude?: number;
  deleted?: boolean;
}

/** A place; pass a name, or the fields to set. */
export async function makePlace(db: Db, input: string | MakePlaceInput = {}) {
  const data = typeof input === "string" ? { name: input } : input;
  return db.place.create({
    data: {
      slug: `place-${unique()}`,
      name: data.name ?? `Place ${unique()}`,
      otherNames: data.otherNames ?? [],
      region: data.region ?? null,
      latitude: data.latitude ?? null,
      longitude: data.longitude ?? null,
      ...lifecycle(data),
    },
  });
}

export interface MakeCaseInput {
  /** PUBLISHED unless given, like the seeded record. */
  status?: Status;
  title?: string;
  summary?: string;
  charges?: string;
  deleted?: boolean;
}

/** A detention case with no timeline; for reads that need only its row. */
export async function makeCase(db: Db, data: MakeCaseInput = {}) {
  return db.case.create({
    data: {
      slug: `case-${unique()}`,
      title: data.title ?? `Case ${unique()}`,
      kind: "DETENTION",
      summary: data.summary ?? "",
      charges: data.charges ?? "",
      ...lifecycle(data),
    },
  });
}

export interface MakeActorInput {
  /** PUBLISHED unless given, like the seeded record. */
  status?: Status;
  name?: string;
  kind?: ActorKind;
  otherNames?: string[];
  description?: string;
  deleted?: boolean;
}

/** An actor; pass a name, or the fields to set. */
export async function makeActor(db: Db, input: string | MakeActorInput = {}) {
  const data = typeof input === "string" ? { name: input } : input;
  return db.actor.create({
    data: {
      slug: `actor-${unique()}`,
      name: data.name ?? `Actor ${unique()}`,
      kind: data.kind ?? "ORGANIZATION",
      otherNames: data.otherNames ?? [],
      description: data.description ?? "",
      ...lifecycle(data),
    },
  });
}

export interface MakeEventInput {
  title?: string;
  startDate?: string;
  endDate?: string;
  datePrecision?: DatePrecision;
  status?: Status;
  deleted?: boolean;
  topicIds?: string[];
  placeIds?: string[];
  actorIds?: string[];
  /** Actors with the role they played; `actorIds` get the role "participant". */
  actorRoles?: { actorId: string; role: string }[];
  sourceIds?: string[];
  /** Citations with locator and quote, after those of `sourceIds`. */
  citations?: CitationSpec[];
  summary?: string;
  body?: string;
}

/** An event with its joins and citations; published unless told otherwise. */
export async function makeEvent(db: Db, data: MakeEventInput = {}) {
  const id = unique();
  return db.event.create({
    data: {
      slug: `event-${id}`,
      title: data.title ?? `Event ${id}`,
      summary: data.summary ?? `Summary of event ${id}`,
      body: data.body ?? `Body of event ${id}`,
      startDate: new Date(`${data.startDate ?? "2020-01-01"}T00:00:00Z`),
      endDate: data.endDate ? new Date(`${data.endDate}T00:00:00Z`) : null,
      datePrecision: data.datePrecision ?? "DAY",
      ...lifecycle(data),
      topics: { create: (data.topicIds ?? []).map((topicId, position) => ({ topicId, position })) },
      places: { create: (data.placeIds ?? []).map((placeId) => ({ placeId })) },
      actors: {
        create: [
          ...(data.actorIds ?? []).map((actorId) => ({ actorId, role: "participant" })),
          ...(data.actorRoles ?? []),
        ],
      },
      citations: { create: citationsOf([...(data.sourceIds ?? []), ...(data.citations ?? [])]) },
    },
  });
}

export async function makeRatingSeries(
  db: Db,
  data: { name?: string; publisher?: string; description?: string; position?: number } = {},
) {
  const id = unique();
  return db.ratingSeries.create({
    data: {
      slug: `series-${id}`,
      name: data.name ?? `Series ${id}`,
      publisher: data.publisher ?? "Test Publisher",
      description: data.description ?? `Description of series ${id}`,
      scaleDescription: "1 is most free, 7 is least free",
      yearNote: "The year covered",
      position: data.position ?? 0,
    },
  });
}

/** A rating's year and measures as the seed gives them, with its series by id. */
export interface MakeRatingInput extends Omit<SeedRating, "series" | "citations"> {
  seriesId: string;
  workflowStatus?: Status;
  deleted?: boolean;
  citations?: CitationSpec[];
}

/** A rating in a series; published unless told otherwise. */
export async function makeRating(db: Db, data: MakeRatingInput) {
  // A rating's `status` is its Freedom House verdict; `workflowStatus` is where it stands.
  const { status: workflowStatus, ...dates } = lifecycle({
    status: data.workflowStatus,
    deleted: data.deleted,
  });
  return db.rating.create({
    data: {
      seriesId: data.seriesId,
      ...ratingFigures(data),
      headOfState: data.headOfState ?? null,
      note: data.note ?? null,
      workflowStatus,
      ...dates,
      citations: { create: citationsOf(data.citations) },
    },
  });
}
