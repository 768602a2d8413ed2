// What waits for review, read from the ReviewRequest rows and each record's own table through the
// collection registry (SERVER_KINDS): no list of kinds here.
import { Prisma, type Db, type ReviewRequest, type Role } from "@kz/db";

import { isCollectionType, SERVER_KINDS } from "../collections/server";
import type { CollectionEntityType } from "../collections";
import type {
  ReviewersOutput,
  ReviewInboxItem,
  ReviewInboxOutput,
  ReviewRequestOutput,
} from "./review.schema";

const REVIEWERS: Role[] = ["EDITOR", "ADMIN"];
/** More than anyone's inbox should hold; the rest shows as the records' lists' "in review". */
const INBOX_LIMIT = 200;

const people = {
  requestedBy: { select: { name: true } },
  requestedFrom: { select: { name: true } },
  reviewedBy: { select: { name: true } },
} as const;
type Row = Prisma.ReviewRequestGetPayload<{ include: typeof people }>;

/** The status a hand-off in this state waits in; anything else means it was settled since. */
const STATUS_OF: Record<ReviewRequest["state"], string> = {
  REQUESTED: "IN_REVIEW",
  CHANGES_REQUESTED: "DRAFT",
};

const outputOf = (r: Row): ReviewRequestOutput => ({
  state: r.state,
  requestedBy: r.requestedBy?.name ?? null,
  requestedFrom: r.requestedFrom?.name ?? null,
  requestedAt: r.requestedAt,
  reviewedBy: r.reviewedBy?.name ?? null,
  reviewedAt: r.reviewedAt,
  note: r.note,
});

/**
 * The records these hand-offs are about, with their titles, keeping only those still waiting: the
 * record exists, is not in the trash, and its status is the one the hand-off waits in.
 */
async function stillWaiting(db: Db, rows: Row[]): Promise<{ row: Row; title: string }[]> {
  const byType = new Map<CollectionEntityType, Row[]>();
  for (const r of rows)
    if (isCollectionType(r.entityType))
      byType.set(r.entityType, [...(byType.get(r.entityType) ?? []), r]);
  const found = new Map<string, string>();
  for (const [entityType, list] of byType) {
    const kind = SERVER_KINDS[entityType];
    const records = await db.$queryRaw<{ id: string; title: string; status: string }[]>`
      SELECT t.id, ${Prisma.raw(kind.sql.title)} AS title, t.${Prisma.raw(`"${kind.sql.status}"`)}::text AS status
      FROM ${Prisma.raw(`"${kind.table}"`)} t
      WHERE t.id = ANY(${list.map((r) => r.entityId)}::text[]) AND t."deletedAt" IS NULL`;
    for (const rec of records) found.set(`${entityType}:${rec.id}:${rec.status}`, rec.title);
  }
  return rows.flatMap((row) => {
    const title = found.get(`${row.entityType}:${row.entityId}:${STATUS_OF[row.state]}`);
    return title === undefined ? [] : [{ row, title }];
  });
}

/** A record's current review hand-off, or null when nothing waits. */
export async function reviewOfRecord(
  db: Db,
  entityType: CollectionEntityType,
  id: string,
): Promise<ReviewRequestOutput | null> {
  const row = await db.reviewRequest.findUnique({
    where: { entityType_entityId: { entityType, entityId: id } },
    include: people,
  });
  const [waiting] = row ? await stillWaiting(db, [row]) : [];
  return waiting ? outputOf(waiting.row) : null;
}

/**
 * My inbox: records in review asked of me (or of any editor, when I am an editor or admin), and my
 * records sent back with changes requested.
 */
export async function reviewInbox(
  db: Db,
  me: { id: string; role: Role },
): Promise<ReviewInboxOutput> {
  const asked: Prisma.ReviewRequestWhereInput[] = [{ requestedFromId: me.id }];
  if (REVIEWERS.includes(me.role)) asked.push({ requestedFromId: null });
  const [waiting, sentBack] = await Promise.all([
    db.reviewRequest.findMany({
      where: { state: "REQUESTED", OR: asked },
      include: people,
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      take: INBOX_LIMIT,
    }),
    db.reviewRequest.findMany({
      where: { state: "CHANGES_REQUESTED", requestedById: me.id },
      include: people,
      orderBy: [{ reviewedAt: "desc" }, { id: "desc" }],
      take: INBOX_LIMIT,
    }),
  ]);
  const items = async (rows: Row[]): Promise<ReviewInboxItem[]> =>
    (await stillWaiting(db, rows)).map(({ row, title }) => ({
      ...outputOf(row),
      entityType: row.entityType as CollectionEntityType,
      id: row.entityId,
      title,
      askedOfMe: row.requestedFromId === me.id,
    }));
  return { waiting: await items(waiting), changesRequested: await items(sentBack) };
}

/** Who can be asked to review: active editors and admins, by name. */
export async function reviewers(db: Db): Promise<ReviewersOutput> {
  return db.user.findMany({
    where: { active: true, role: { in: REVIEWERS } },
    select: { id: true, name: true, email: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
