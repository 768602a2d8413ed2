import type { Db, Prisma } from "@kz/db";

import { placeTags } from "../cache/tags";
import { textOrNull } from "../shared/admin.schema";
import { refuseWhileLinked } from "../shared/references";
import { slugToSave } from "../shared/slugs-in-use";
import { type Tx } from "../shared/tx";
import { publishedEvent } from "../shared/visibility";
import { listConditions, listPaging } from "../workflow/admin-list";
import { adminListPage, eventCount, type EventCount } from "../workflow/admin-output";
import { tableKind } from "../workflow/table-kind";
import { adminApi } from "../workflow/workflow.router";
import type { ByIdInput } from "../workflow/workflow.schema";
import {
  placeAdminListInput,
  type PlaceAdminListInput,
  type PlaceAdminListOutput,
  placeAdminListOutput,
  type PlaceData,
  placeData,
  type PlaceEditOutput,
  placeEditOutput,
  placeForm,
  type PlaceForm,
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

export const placeKind = tableKind<PlaceData, PlaceForm, Prisma.PlaceGetPayload<object>>({
  sql: { title: `t.name`, status: "status" },
  ...places,
  data: placeData,
  toData: toPlaceData,
  columns: (data) => data,
  prepare: placeDataOf,
  remove: removePlace,
  async tags(tx, versions) {
    const slugs = [...new Set(versions.map((v) => v.slug))];
    const events = await tx.event.findMany({
      where: { ...publishedEvent, places: { some: { place: { slug: { in: slugs } } } } },
      select: { slug: true },
    });
    return placeTags({ slugs, eventSlugs: events.map((e) => e.slug) });
  },
});

async function placeDataOf(
  tx: Tx,
  form: Omit<PlaceForm, "changeNote">,
  exceptId: string | null,
): Promise<PlaceData> {
  const slug = await slugToSave(tx, "Place", form.slug, form.name, exceptId);
  return {
    name: form.name,
    slug,
    otherNames: form.otherNames,
    region: textOrNull(form.region),
    latitude: form.latitude ?? null,
    longitude: form.longitude ?? null,
  };
}

/** Purging deletes the place for good: refused while any event, even one in the trash, is there. */
async function removePlace(tx: Tx, id: string): Promise<void> {
  refuseWhileLinked("place", await tx.eventPlace.count({ where: { placeId: id } }));
  await tx.place.delete({ where: { id } });
}

export async function listPlacesForAdmin(
  db: Db,
  input: PlaceAdminListInput,
): Promise<PlaceAdminListOutput> {
  const where: Prisma.PlaceWhereInput = {
    AND: listConditions<Prisma.PlaceWhereInput>(input, {
      search: ["name", "slug", "region"],
      searchLists: ["otherNames"],
    }),
  };
  return adminListPage(
    [
      db.place.findMany({
        where,
        ...listPaging<Prisma.PlaceOrderByWithRelationInput>(
          input,
          input.sort === "title" ? "name" : "updatedAt",
        ),
        include: { updatedBy: { select: { name: true } }, ...eventCount },
      }),
      db.place.count({ where }),
    ],
    input.limit,
    (p) => ({
      ...toPlaceData(p),
      eventCount: p._count.events,
    }),
  );
}

export async function getPlaceForEdit(db: Db, input: ByIdInput): Promise<PlaceEditOutput> {
  const { row, record } = await placeKind.openForEdit<EventCount>(db, input.id, eventCount);
  return { ...record, eventCount: row._count.events };
}

/** The admin API of places (collectionAdmin): their form, list and a record opened for editing. */
export const placeAdmin = adminApi(placeKind, placeForm, {
  list: { input: placeAdminListInput, output: placeAdminListOutput, read: listPlacesForAdmin },
  getForEdit: { output: placeEditOutput, read: getPlaceForEdit },
});
