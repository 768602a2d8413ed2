import { randomBytes } from "node:crypto";

import type { Db } from "../client";
import type { DatePrecision, Role, Status } from "../generated/prisma/client";
import { hashPassword } from "../password";

const unique = () => randomBytes(4).toString("hex");

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

export async function makeSource(db: Db, data: { status?: Status } = {}) {
  const id = unique();
  return db.source.create({
    data: {
      slug: `source-${id}`,
      title: `Source ${id}`,
      publisher: "Test Publisher",
      kind: "REPORT",
      status: data.status ?? "PUBLISHED",
    },
  });
}

export async function makeTopic(db: Db, data: { status?: Status; name?: string } = {}) {
  const id = unique();
  return db.topic.create({
    data: {
      slug: `topic-${id}`,
      name: data.name ?? `Topic ${id}`,
      status: data.status ?? "PUBLISHED",
    },
  });
}

export async function makePlace(db: Db, name = `Place ${unique()}`) {
  return db.place.create({ data: { slug: `place-${unique()}`, name } });
}

export async function makeActor(db: Db, name = `Actor ${unique()}`) {
  return db.actor.create({ data: { slug: `actor-${unique()}`, name, kind: "ORGANIZATION" } });
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
  sourceIds?: string[];
}

/** An event with its joins and citations; published unless told otherwise. */
export async function makeEvent(db: Db, data: MakeEventInput = {}) {
  const id = unique();
  return db.event.create({
    data: {
      slug: `event-${id}`,
      title: data.title ?? `Event ${id}`,
      summary: `Summary of event ${id}`,
      body: `Body of event ${id}`,
      startDate: new Date(`${data.startDate ?? "2020-01-01"}T00:00:00Z`),
      endDate: data.endDate ? new Date(`${data.endDate}T00:00:00Z`) : null,
      datePrecision: data.datePrecision ?? "DAY",
      status: data.status ?? "PUBLISHED",
      publishedAt: (data.status ?? "PUBLISHED") === "PUBLISHED" ? new Date() : null,
      deletedAt: data.deleted ? new Date() : null,
      topics: { create: (data.topicIds ?? []).map((topicId, position) => ({ topicId, position })) },
      places: { create: (data.placeIds ?? []).map((placeId) => ({ placeId })) },
      actors: {
        create: (data.actorIds ?? []).map((actorId) => ({ actorId, role: "participant" })),
      },
      citations: {
        create: (data.sourceIds ?? []).map((sourceId, position) => ({ sourceId, position })),
      },
    },
  });
}
