import type { Db, Prisma } from "@kz/db";

import { placeTags } from "../cache/tags";
import { notFound } from "../errors";
import { textOrNull } from "../shared/admin.schema";
import type { Editor } from "../shared/editor";
import { decodeCursor, pageOf } from "../shared/pagination";
import { taken } from "../shared/references";
import { resolveSlug } from "../shared/slug";
import type { Tx } from "../shared/tx";
import { publishedEvent } from "../shared/visibility";
import type { ByIdInput } from "../workflow/workflow.schema";
import { createLive, updateLive, type LiveKind } from "../workflow/live-record";
import {
  placeData,
  type PlaceAdminListInput,
  type PlaceAdminListOutput,
  type PlaceData,
  type PlaceEditOutput,
  type PlaceForm,
  type PlaceUpdateInput,
} from "./place.admin.schema";
import { places } from "../collections";

const toPlaceData = (p: Prisma.PlaceGetPayload<object>): PlaceData => ({
  name: p.name,
  slug: p.slug,
  otherNames: p.otherNames,
  region: p.region,
  latitude: p.latitude,
  longitude: p.longitude,
});

export const placeKind: LiveKind<PlaceData> = {
  ...places,
  data: placeData,
  async load(tx, id) {
    const row = await tx.place.findUnique({ where: { id } });
    return (
      row && { id: row.id, version: row.version, deletedAt: row.deletedAt, data: toPlaceData(row) }
    );
  },
  async insert(tx, data) {
    const { id } = await tx.place.create({ data, select: { id: true } });
    return id;
  },
  async write(tx, id, change) {
    await tx.place.update({
      where: { id },
      data: {
        ...(change.data ?? {}),
        ...(change.deletedAt !== undefined ? { deletedAt: change.deletedAt } : {}),
        version: { increment: 1 },
      },
    });
  },
  async tags(tx, id, versions) {
    const events = await tx.event.findMany({
      where: { ...publishedEvent, places: { some: { placeId: id } } },
      select: { slug: true },
    });
    return placeTags({ slugs: versions.map((v) => v.slug), eventSlugs: events.map((e) => e.slug) });
  },
  eventCount(tx, id, live) {
    return tx.event.count({
      where: { places: { some: { placeId: id } }, ...(live ? { deletedAt: null } : {}) },
    });
  },
  async remove(tx, id) {
    await tx.place.delete({ where: { id } });
  },
};

async function placeDataOf(
  tx: Tx,
  form: Omit<PlaceForm, "changeNote">,
  exceptId: string | null,
): Promise<PlaceData> {
  const slug = await resolveSlug(form.slug, form.name, "place", async (prefix) =>
    (
      await tx.place.findMany({
        where: { slug: { startsWith: prefix }, ...(exceptId ? { id: { not: exceptId } } : {}) },
        select: { slug: true },
      })
    ).map((p) => p.slug),
  );
  if ("error" in slug) throw taken("slug", slug.error);
  return {
    name: form.name,
    slug: slug.slug,
    otherNames: form.otherNames,
    region: textOrNull(form.region),
    latitude: form.latitude ?? null,
    longitude: form.longitude ?? null,
  };
}

export const createPlace = (db: Db, input: PlaceForm, editor: Editor) =>
  createLive(db, placeKind, (tx) => placeDataOf(tx, input, null), editor, input.changeNote);

export const updatePlace = (db: Db, input: PlaceUpdateInput, editor: Editor) =>
  updateLive(
    db,
    placeKind,
    { id: input.id, expectedVersion: input.expectedVersion, note: input.changeNote },
    (tx) => placeDataOf(tx, input, input.id),
    editor,
  );

export const restorePlaceData = (
  db: Db,
  input: { id: string; expectedVersion: number; note?: string },
  snapshot: unknown,
  editor: Editor,
) => {
  const data = placeData.parse(snapshot);
  return updateLive(
    db,
    placeKind,
    input,
    (tx) => placeDataOf(tx, data, input.id),
    editor,
    "restoreRevision",
  );
};

export async function listPlacesForAdmin(
  db: Db,
  input: PlaceAdminListInput,
): Promise<PlaceAdminListOutput> {
  const where: Prisma.PlaceWhereInput = {
    deletedAt: input.trash ? { not: null } : null,
    ...(input.q
      ? {
          OR: [
            { name: { contains: input.q, mode: "insensitive" } },
            { slug: { contains: input.q, mode: "insensitive" } },
            { region: { contains: input.q, mode: "insensitive" } },
            { otherNames: { has: input.q } },
          ],
        }
      : {}),
  };
  const sortColumn = input.sort === "title" ? "name" : "updatedAt";
  const cursorId = input.cursor ? decodeCursor(input.cursor) : undefined;
  const [rows, total] = await Promise.all([
    db.place.findMany({
      where,
      orderBy: [{ [sortColumn]: input.order }, { id: input.order }],
      take: input.limit + 1,
      ...(cursorId ? { cursor: { id: cursorId }, skip: 1 } : {}),
      include: { _count: { select: { events: true } } },
    }),
    db.place.count({ where }),
  ]);
  const { page, nextCursor } = pageOf(rows, input.limit);
  return {
    items: page.map((p) => ({
      id: p.id,
      ...toPlaceData(p),
      version: p.version,
      eventCount: p._count.events,
      deletedAt: p.deletedAt,
      updatedAt: p.updatedAt,
    })),
    nextCursor,
    total,
  };
}

export async function getPlaceForEdit(db: Db, input: ByIdInput): Promise<PlaceEditOutput> {
  const row = await db.place.findUnique({
    where: { id: input.id },
    include: { _count: { select: { events: true } } },
  });
  if (!row) throw notFound("Place");
  return {
    id: row.id,
    version: row.version,
    deletedAt: row.deletedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    form: toPlaceData(row),
    eventCount: row._count.events,
  };
}
