import type { ActorKind, Db, Prisma } from "@kz/db";

import { actorTags } from "../cache/tags";
import { notFound } from "../errors";
import { lower } from "../shared/enums";
import { pageOf } from "../shared/pagination";
import { refuseWhileLinked, taken } from "../shared/references";
import { resolveSlug } from "../shared/slug";
import { slugsStartingWith } from "../shared/slugs-in-use";
import { type Tx } from "../shared/tx";
import { publishedEvent } from "../shared/visibility";
import { listConditions, listPaging } from "../workflow/admin-list";
import { editMeta, editorsInclude, listItemMeta } from "../workflow/admin-output";
import { tableKind } from "../workflow/table-kind";
import type { ByIdInput } from "../workflow/workflow.schema";
import {
  actorData,
  type ActorAdminListInput,
  type ActorAdminListOutput,
  type ActorData,
  type ActorEditOutput,
  type ActorForm,
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

export const actorKind = tableKind<ActorData, ActorForm, Prisma.ActorGetPayload<object>>({
  sql: { title: `t.name`, status: "status" },
  ...actors,
  data: actorData,
  toData: toActorData,
  columns: columnsOf,
  prepare: actorDataOf,
  remove: removeActor,
  async tags(tx, versions) {
    const slugs = [...new Set(versions.map((v) => v.slug))];
    const events = await tx.event.findMany({
      where: { ...publishedEvent, actors: { some: { actor: { slug: { in: slugs } } } } },
      select: { slug: true },
    });
    return actorTags({ slugs, eventSlugs: events.map((e) => e.slug) });
  },
});

async function actorDataOf(
  tx: Tx,
  form: Omit<ActorForm, "changeNote">,
  exceptId: string | null,
): Promise<ActorData> {
  const slug = await resolveSlug(form.slug, form.name, "actor", (prefix) =>
    slugsStartingWith(tx, "Actor", prefix, exceptId),
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

/**
 * Purging deletes the actor for good. Refused while any event, even one in the trash, names them:
 * the event's content and history would silently lose them.
 */
async function removeActor(tx: Tx, id: string): Promise<void> {
  refuseWhileLinked("actor", await tx.eventActor.count({ where: { actorId: id } }));
  await tx.actor.delete({ where: { id } });
}

export async function listActorsForAdmin(
  db: Db,
  input: ActorAdminListInput,
): Promise<ActorAdminListOutput> {
  const and = listConditions<Prisma.ActorWhereInput>(input, {
    search: ["name", "slug"],
    searchLists: ["otherNames"],
  });
  if (input.kind) and.push({ kind: input.kind.toUpperCase() as ActorKind });
  const where: Prisma.ActorWhereInput = { AND: and };
  const [rows, total] = await Promise.all([
    db.actor.findMany({
      where,
      ...listPaging<Prisma.ActorOrderByWithRelationInput>(
        input,
        input.sort === "title" ? "name" : "updatedAt",
      ),
      include: { updatedBy: { select: { name: true } }, _count: { select: { events: true } } },
    }),
    db.actor.count({ where }),
  ]);
  const { page, nextCursor } = pageOf(rows, input.limit);
  return {
    items: page.map((a) => ({
      ...listItemMeta(a),
      name: a.name,
      slug: a.slug,
      kind: lower(a.kind),
      otherNames: a.otherNames,
      eventCount: a._count.events,
    })),
    nextCursor,
    total,
  };
}

export async function getActorForEdit(db: Db, input: ByIdInput): Promise<ActorEditOutput> {
  const row = await db.actor.findUnique({
    where: { id: input.id },
    include: { ...editorsInclude, _count: { select: { events: true } } },
  });
  if (!row) throw notFound("Actor");
  return { ...editMeta(actorKind, row, toActorData(row)), eventCount: row._count.events };
}
