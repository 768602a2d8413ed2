import type { ActorKind, Db, Prisma } from "@kz/db";

import { actorTags } from "../cache/tags";
import { AppError } from "../errors";
import { roleAtLeast } from "../security/roles";
import { auditRow, type Editor } from "../shared/editor";
import { lower } from "../shared/enums";
import { refuseWhileLinked, taken } from "../shared/references";
import { slugify } from "../shared/slug";
import { slugToSave } from "../shared/slugs-in-use";
import { type Tx } from "../shared/tx";
import { publishedActor, publishedEvent } from "../shared/visibility";
import { listConditions, listPaging } from "../workflow/admin-list";
import { adminListPage, eventCount, type EventCount } from "../workflow/admin-output";
import { tableKind } from "../workflow/table-kind";
import { adminApi } from "../workflow/workflow.router";
import type { ByIdInput } from "../workflow/workflow.schema";
import {
  actorAdminListInput,
  type ActorAdminListInput,
  type ActorAdminListOutput,
  actorAdminListOutput,
  actorData,
  type ActorData,
  type ActorEditOutput,
  actorEditOutput,
  type ActorForm,
  actorForm,
  UNPROTECT_REFUSED,
} from "./actor.admin.schema";
import { publicActor, publicActorSelect, WITHHELD_SLUG_PREFIX, withheldSlug } from "./public-actor";
import { actors } from "../collections";

const toActorData = (a: Prisma.ActorGetPayload<object>): ActorData => ({
  name: a.name,
  slug: a.slug,
  kind: lower(a.kind),
  otherNames: a.otherNames,
  description: a.description,
  isProtected: a.isProtected,
  pseudonym: a.pseudonym,
});

const columnsOf = (d: ActorData) => ({
  name: d.name,
  slug: d.slug,
  kind: d.kind.toUpperCase() as ActorKind,
  otherNames: d.otherNames,
  description: d.description,
  isProtected: d.isProtected,
  pseudonym: d.pseudonym,
});

export const actorKind = tableKind<ActorData, ActorForm, Prisma.ActorGetPayload<object>>({
  sql: { title: `t.name`, status: "status" },
  ...actors,
  data: actorData,
  toData: toActorData,
  columns: columnsOf,
  prepare: actorDataOf,
  remove: removeActor,
  checkSave: checkProtection,
  async tags(tx, versions) {
    const slugs = [...new Set(versions.map((v) => v.slug))];
    const events = await tx.event.findMany({
      where: { ...publishedEvent, actors: { some: { actor: { slug: { in: slugs } } } } },
      select: { slug: true },
    });
    // A protected person's page is cached under their withheld address.
    const withheld = versions.flatMap((v) =>
      v.isProtected && v.pseudonym ? [withheldSlug(v)] : [],
    );
    return actorTags({
      slugs: [...new Set([...slugs, ...withheld])],
      eventSlugs: events.map((e) => e.slug),
    });
  },
  // A protected person's page is at their withheld address, never at the slug made from the name.
  async publicSlugs(db) {
    const rows = await db.actor.findMany({ where: publishedActor, select: publicActorSelect });
    return rows.map((r) => publicActor(r).slug).sort();
  },
});

/**
 * Removing a person's protection (from their working copy: the published version, or the pending
 * changes of one) makes their name public once published: an editor's decision, audited.
 */
function checkProtection(save: {
  id: string;
  before: ActorData;
  after: ActorData;
  editor: Editor;
}): Prisma.AuditLogCreateManyInput[] {
  const { id, before, after, editor } = save;
  if (!before.isProtected || after.isProtected) return [];
  if (!roleAtLeast(editor.role, "EDITOR"))
    throw new AppError("FORBIDDEN", UNPROTECT_REFUSED, {
      fieldErrors: { isProtected: [UNPROTECT_REFUSED] },
    });
  return [
    auditRow(editor, "actor.unprotect", { type: "ACTOR", id }, { pseudonym: before.pseudonym }),
  ];
}

/** "A" … "Z", "AA", "AB" …: the letters of the `n`th pseudonym (from 0). */
function letters(n: number): string {
  let out = "";
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26))
    out = String.fromCharCode(65 + ((i - 1) % 26)) + out;
  return out;
}

/**
 * The pseudonym to keep: the one asked for, unique among actors (as an address: "Person A" and
 * "person a" are one) and none of the person's names; for a protected person with none, the next
 * free "Person A", "Person B" … Saves that set one queue on a lock, so two never take the same.
 */
async function pseudonymOf(
  tx: Tx,
  form: { name: string; otherNames: string[]; isProtected?: boolean; pseudonym?: string | null },
  exceptId: string | null,
): Promise<string | null> {
  const requested = form.pseudonym?.trim() || null;
  if (!requested && !form.isProtected) return null;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('kz.Actor.pseudonym'))`;
  const rows = await tx.$queryRaw<{ pseudonym: string }[]>`
    SELECT pseudonym FROM "Actor"
    WHERE pseudonym IS NOT NULL AND (${exceptId}::text IS NULL OR id <> ${exceptId}::text)
    UNION
    SELECT "pendingChanges"->>'pseudonym' FROM "Actor"
    WHERE "pendingChanges"->>'pseudonym' IS NOT NULL
      AND (${exceptId}::text IS NULL OR id <> ${exceptId}::text)`;
  const key = (text: string) => slugify(text, "person");
  const used = new Set(rows.map((r) => key(r.pseudonym)));
  if (!requested) {
    for (let n = 0; ; n += 1) {
      const candidate = `Person ${letters(n)}`;
      if (!used.has(key(candidate))) return candidate;
    }
  }
  if (used.has(key(requested)))
    throw taken("pseudonym", `Another person already has the pseudonym "${requested}"`);
  if ([form.name, ...form.otherNames].some((name) => key(name) === key(requested)))
    throw taken("pseudonym", "A pseudonym must not be one of the person's names");
  return requested;
}

async function actorDataOf(
  tx: Tx,
  form: Omit<ActorForm, "changeNote">,
  exceptId: string | null,
): Promise<ActorData> {
  const slug = await slugToSave(tx, "Actor", form.slug, form.name, exceptId);
  if (slug.startsWith(WITHHELD_SLUG_PREFIX))
    throw taken(
      "slug",
      `Addresses starting with "${WITHHELD_SLUG_PREFIX}" are kept for protected people: choose another slug`,
    );
  const isProtected = form.isProtected ?? false;
  return {
    name: form.name,
    slug,
    kind: form.kind,
    otherNames: form.otherNames,
    description: form.description,
    isProtected,
    pseudonym: await pseudonymOf(tx, { ...form, isProtected }, exceptId),
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
    search: ["name", "slug", "pseudonym"],
    searchLists: ["otherNames"],
  });
  if (input.kind) and.push({ kind: input.kind.toUpperCase() as ActorKind });
  const where: Prisma.ActorWhereInput = { AND: and };
  return adminListPage(
    [
      db.actor.findMany({
        where,
        ...listPaging<Prisma.ActorOrderByWithRelationInput>(
          input,
          input.sort === "title" ? "name" : "updatedAt",
        ),
        include: { updatedBy: { select: { name: true } }, ...eventCount },
      }),
      db.actor.count({ where }),
    ],
    input.limit,
    (a) => ({
      name: a.name,
      slug: a.slug,
      kind: lower(a.kind),
      otherNames: a.otherNames,
      isProtected: a.isProtected,
      pseudonym: a.pseudonym,
      eventCount: a._count.events,
    }),
  );
}

/**
 * An actor opened for editing. Opening a protected person (protected now, or in the pending
 * changes) is written to the audit log: who looked at whose real name, and when.
 */
export async function getActorForEdit(
  db: Db,
  input: ByIdInput,
  editor: Editor,
): Promise<ActorEditOutput> {
  const { row, record } = await actorKind.openForEdit<EventCount>(db, input.id, eventCount);
  const output = { ...record, eventCount: row._count.events };
  if (row.isProtected || output.form.isProtected)
    await db.auditLog.create({
      data: auditRow(editor, "actor.view-protected", { type: "ACTOR", id: row.id }),
    });
  return output;
}

/** The admin API of actors (collectionAdmin): their form, list and a record opened for editing. */
export const actorAdmin = adminApi(actorKind, actorForm, {
  list: { input: actorAdminListInput, output: actorAdminListOutput, read: listActorsForAdmin },
  getForEdit: { output: actorEditOutput, read: getActorForEdit },
});
