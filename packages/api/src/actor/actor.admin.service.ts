import type { ActorKind, Db, Prisma } from "@kz/db";

import { actorTags } from "../cache/tags";
import { notFound } from "../errors";
import type { Editor } from "../shared/editor";
import { lower } from "../shared/enums";
import { decodeCursor, pageOf } from "../shared/pagination";
import { taken } from "../shared/references";
import { resolveSlug } from "../shared/slug";
import type { Tx } from "../shared/tx";
import { publishedEvent } from "../shared/visibility";
import type { ByIdInput } from "../workflow/workflow.schema";
import { createLive, updateLive, type LiveKind } from "../workflow/live-record";
import {
  actorData,
  type ActorAdminListInput,
  type ActorAdminListOutput,
  type ActorData,
  type ActorEditOutput,
  type ActorForm,
  type ActorUpdateInput,
} from "./actor.admin.schema";
import { actors } from "../collections";

const toActorData = (a: Prisma.ActorGetPayload<object>): ActorData => ({
  name: a.name,
  slug: a.slug,
  kind: lower(a.kind),
  otherNames: a.otherNames,
  description: a.description,
});

const columnsOf = (d: ActorData) => ({
  name: d.name,
  slug: d.slug,
  kind: d.kind.toUpperCase() as ActorKind,
  otherNames: d.otherNames,
  description: d.description,
});

export const actorKind: LiveKind<ActorData> = {
  ...actors,
  data: actorData,
  async load(tx, id) {
    const row = await tx.actor.findUnique({ where: { id } });
    return (
      row && { id: row.id, version: row.version, deletedAt: row.deletedAt, data: toActorData(row) }
    );
  },
  async insert(tx, data) {
    const { id } = await tx.actor.create({ data: columnsOf(data), select: { id: true } });
    return id;
  },
  async write(tx, id, change) {
    await tx.actor.update({
      where: { id },
      data: {
        ...(change.data ? columnsOf(change.data) : {}),
        ...(change.deletedAt !== undefined ? { deletedAt: change.deletedAt } : {}),
        version: { increment: 1 },
      },
    });
  },
  async tags(tx, id, versions) {
    const events = await tx.event.findMany({
      where: { ...publishedEvent, actors: { some: { actorId: id } } },
      select: { slug: true },
    });
    return actorTags({ slugs: versions.map((v) => v.slug), eventSlugs: events.map((e) => e.slug) });
  },
  eventCount(tx, id, live) {
    return tx.event.count({
      where: { actors: { some: { actorId: id } }, ...(live ? { deletedAt: null } : {}) },
    });
  },
  async remove(tx, id) {
    await tx.actor.delete({ where: { id } });
  },
};

async function actorDataOf(
  tx: Tx,
  form: Omit<ActorForm, "changeNote">,
  exceptId: string | null,
): Promise<ActorData> {
  const slug = await resolveSlug(form.slug, form.name, "actor", async (prefix) =>
    (
      await tx.actor.findMany({
        where: { slug: { startsWith: prefix }, ...(exceptId ? { id: { not: exceptId } } : {}) },
        select: { slug: true },
      })
    ).map((a) => a.slug),
  );
  if ("error" in slug) throw taken("slug", slug.error);
  return {
    name: form.name,
    slug: slug.slug,
    kind: form.kind,
    otherNames: form.otherNames,
    description: form.description,
  };
}

export const createActor = (db: Db, input: ActorForm, editor: Editor) =>
  createLive(db, actorKind, (tx) => actorDataOf(tx, input, null), editor, input.changeNote);

export const updateActor = (db: Db, input: ActorUpdateInput, editor: Editor) =>
  updateLive(
    db,
    actorKind,
    { id: input.id, expectedVersion: input.expectedVersion, note: input.changeNote },
    (tx) => actorDataOf(tx, input, input.id),
    editor,
  );

export const restoreActorData = (
  db: Db,
  input: { id: string; expectedVersion: number; note?: string },
  snapshot: unknown,
  editor: Editor,
) => {
  const data = actorData.parse(snapshot);
  return updateLive(
    db,
    actorKind,
    input,
    (tx) => actorDataOf(tx, data, input.id),
    editor,
    "restoreRevision",
  );
};

export async function listActorsForAdmin(
  db: Db,
  input: ActorAdminListInput,
): Promise<ActorAdminListOutput> {
  const where: Prisma.ActorWhereInput = {
    deletedAt: input.trash ? { not: null } : null,
    ...(input.kind ? { kind: input.kind.toUpperCase() as ActorKind } : {}),
    ...(input.q
      ? {
          OR: [
            { name: { contains: input.q, mode: "insensitive" } },
            { slug: { contains: input.q, mode: "insensitive" } },
            { otherNames: { has: input.q } },
          ],
        }
      : {}),
  };
  const sortColumn = input.sort === "title" ? "name" : "updatedAt";
  const cursorId = input.cursor ? decodeCursor(input.cursor) : undefined;
  const [rows, total] = await Promise.all([
    db.actor.findMany({
      where,
      orderBy: [{ [sortColumn]: input.order }, { id: input.order }],
      take: input.limit + 1,
      ...(cursorId ? { cursor: { id: cursorId }, skip: 1 } : {}),
      include: { _count: { select: { events: true } } },
    }),
    db.actor.count({ where }),
  ]);
  const { page, nextCursor } = pageOf(rows, input.limit);
  return {
    items: page.map((a) => ({
      id: a.id,
      name: a.name,
      slug: a.slug,
      kind: lower(a.kind),
      otherNames: a.otherNames,
      version: a.version,
      eventCount: a._count.events,
      deletedAt: a.deletedAt,
      updatedAt: a.updatedAt,
    })),
    nextCursor,
    total,
  };
}

export async function getActorForEdit(db: Db, input: ByIdInput): Promise<ActorEditOutput> {
  const row = await db.actor.findUnique({
    where: { id: input.id },
    include: { _count: { select: { events: true } } },
  });
  if (!row) throw notFound("Actor");
  return {
    id: row.id,
    version: row.version,
    deletedAt: row.deletedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    form: toActorData(row),
    eventCount: row._count.events,
  };
}
