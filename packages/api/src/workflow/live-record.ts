// Actors and places have no workflow: what is saved is public at once. They still get versions,
// revisions, audit lines, the trash and cache tags, through these functions.
import type { Prisma } from "@kz/db";
import type { Db } from "@kz/db";
import type { z } from "zod";

import type { Mutation } from "../cache/revalidate";
import type { EntityTypeWith } from "../collections";
import { recordChanges } from "../changes/changes.record";
import { AppError, notFound } from "../errors";
import { auditRow, type Editor } from "../shared/editor";
import { checkVersion, inTransaction, lockRows, type LockedTable, type Tx } from "../shared/tx";
import { changedFields } from "./engine";
import type { WorkflowActionInput } from "./workflow.schema";

export interface LiveRow<Data> {
  id: string;
  version: number;
  deletedAt: Date | null;
  data: Data;
}

export interface LiveKind<Data extends object> {
  entityType: EntityTypeWith<"live">;
  noun: string;
  label: string;
  table: LockedTable;
  data: z.ZodType<Data>;
  load(tx: Tx, id: string): Promise<LiveRow<Data> | null>;
  insert(tx: Tx, data: Data): Promise<string>;
  /** Writes content (when given) and the trash flag, and increments the version. */
  write(tx: Tx, id: string, change: { data?: Data; deletedAt?: Date | null }): Promise<void>;
  /** Public cache tags for these versions of the record (with the events that show it). */
  tags(tx: Tx, id: string, versions: Data[]): Promise<string[]>;
  /** How many events link to it: `live` counts those not in the trash. */
  eventCount(tx: Tx, id: string, live: boolean): Promise<number>;
  remove(tx: Tx, id: string): Promise<void>;
}

export interface LiveResult {
  id: string;
  version: number;
  deleted: boolean;
}

const snapshot = (data: object, deleted: boolean) =>
  ({ ...data, inTrash: deleted }) as Prisma.InputJsonValue;

async function revise<Data extends object>(
  tx: Tx,
  kind: LiveKind<Data>,
  entry: { id: string; version: number; action: string; data: Data; deleted: boolean },
  editor: Editor,
  note: string | null,
  details: Record<string, unknown>,
) {
  await tx.revision.create({
    data: {
      entityType: kind.entityType,
      entityId: entry.id,
      version: entry.version,
      action: entry.action,
      snapshot: snapshot(entry.data, entry.deleted),
      authorId: editor.id,
      note,
    },
  });
  await tx.auditLog.create({
    data: auditRow(
      editor,
      `${kind.noun}.${entry.action}`,
      { type: kind.entityType, id: entry.id },
      {
        ...details,
        version: entry.version,
        note,
      },
    ),
  });
}

async function loadLocked<Data extends object>(
  tx: Tx,
  kind: LiveKind<Data>,
  id: string,
  expectedVersion: number | undefined,
) {
  await lockRows(tx, kind.table, [id]);
  const row = await kind.load(tx, id);
  if (!row) throw notFound(kind.label);
  checkVersion(kind.label, row.version, expectedVersion);
  return row;
}

export function createLive<Data extends object>(
  db: Db,
  kind: LiveKind<Data>,
  prepare: (tx: Tx) => Promise<Data>,
  editor: Editor,
  note: string | undefined,
): Promise<Mutation<LiveResult>> {
  return inTransaction(db, async (tx) => {
    const data = await prepare(tx);
    const id = await kind.insert(tx, data);
    await revise(
      tx,
      kind,
      { id, version: 1, action: "create", data, deleted: false },
      editor,
      note || null,
      {},
    );
    await recordChanges(tx, kind.entityType, [id], [id]);
    return { result: { id, version: 1, deleted: false }, tags: await kind.tags(tx, id, [data]) };
  });
}

/** Saves new content (or a revision's): public at once, so the old and new pages are revalidated. */
export function updateLive<Data extends object>(
  db: Db,
  kind: LiveKind<Data>,
  input: { id: string; expectedVersion: number; note?: string },
  prepare: (tx: Tx) => Promise<Data>,
  editor: Editor,
  action: "update" | "restoreRevision" = "update",
): Promise<Mutation<LiveResult>> {
  return inTransaction(db, async (tx) => {
    const row = await loadLocked(tx, kind, input.id, input.expectedVersion);
    if (row.deletedAt)
      throw new AppError(
        "BAD_REQUEST",
        `This ${kind.label.toLowerCase()} is in the trash: restore it first`,
      );
    const data = await prepare(tx);
    await kind.write(tx, row.id, { data });
    const version = row.version + 1;
    await revise(
      tx,
      kind,
      { id: row.id, version, action, data, deleted: false },
      editor,
      input.note || null,
      {
        changed: changedFields(row.data, data),
      },
    );
    await recordChanges(tx, kind.entityType, [row.id], [row.id]);
    return {
      result: { id: row.id, version, deleted: false },
      tags: await kind.tags(tx, row.id, [row.data, data]),
    };
  });
}

/**
 * To the trash. Refused while events that are not in the trash link to it: the public event pages
 * would silently lose it. Unlink it from those events first.
 */
export function trashLive<Data extends object>(
  db: Db,
  kind: LiveKind<Data>,
  input: WorkflowActionInput,
  editor: Editor,
  now: Date = new Date(),
): Promise<Mutation<LiveResult>> {
  return inTransaction(db, async (tx) => {
    const row = await loadLocked(tx, kind, input.id, input.expectedVersion);
    if (row.deletedAt)
      throw new AppError("BAD_REQUEST", `This ${kind.label.toLowerCase()} is already in the trash`);
    const linked = await kind.eventCount(tx, row.id, true);
    if (linked)
      throw new AppError(
        "CONFLICT",
        `${linked} event${linked === 1 ? " links" : "s link"} to this ${kind.label.toLowerCase()}: remove it from ${linked === 1 ? "that event" : "those events"} first`,
      );
    await kind.write(tx, row.id, { deletedAt: now });
    const version = row.version + 1;
    await revise(
      tx,
      kind,
      { id: row.id, version, action: "trash", data: row.data, deleted: true },
      editor,
      input.note || null,
      {},
    );
    await recordChanges(tx, kind.entityType, [row.id]);
    return {
      result: { id: row.id, version, deleted: true },
      tags: await kind.tags(tx, row.id, [row.data]),
    };
  });
}

export function restoreLive<Data extends object>(
  db: Db,
  kind: LiveKind<Data>,
  input: WorkflowActionInput,
  editor: Editor,
): Promise<Mutation<LiveResult>> {
  return inTransaction(db, async (tx) => {
    const row = await loadLocked(tx, kind, input.id, input.expectedVersion);
    if (!row.deletedAt)
      throw new AppError("BAD_REQUEST", `This ${kind.label.toLowerCase()} is not in the trash`);
    await kind.write(tx, row.id, { deletedAt: null });
    const version = row.version + 1;
    await revise(
      tx,
      kind,
      { id: row.id, version, action: "restore", data: row.data, deleted: false },
      editor,
      input.note || null,
      {},
    );
    await recordChanges(tx, kind.entityType, [row.id]);
    return {
      result: { id: row.id, version, deleted: false },
      tags: await kind.tags(tx, row.id, [row.data]),
    };
  });
}

/** Hard delete from the trash; refused while any event, even one in the trash, links to it. */
export function purgeLive<Data extends object>(
  db: Db,
  kind: LiveKind<Data>,
  input: WorkflowActionInput,
  editor: Editor,
): Promise<Mutation<{ id: string; purged: true }>> {
  return inTransaction(db, async (tx) => {
    const row = await loadLocked(tx, kind, input.id, input.expectedVersion);
    if (!row.deletedAt)
      throw new AppError(
        "BAD_REQUEST",
        `Only what is in the trash can be purged: move this ${kind.label.toLowerCase()} to the trash first`,
      );
    const linked = await kind.eventCount(tx, row.id, false);
    if (linked)
      throw new AppError(
        "CONFLICT",
        `${linked} event${linked === 1 ? " (in the trash or not) links" : "s (in the trash or not) link"} to this ${kind.label.toLowerCase()}: purge or edit ${linked === 1 ? "it" : "them"} first`,
      );
    await kind.remove(tx, row.id);
    await recordChanges(tx, kind.entityType, [row.id]);
    await tx.revision.deleteMany({ where: { entityType: kind.entityType, entityId: row.id } });
    await tx.auditLog.create({
      data: auditRow(
        editor,
        `${kind.noun}.purge`,
        { type: kind.entityType, id: row.id },
        {
          snapshot: row.data,
          note: input.note || null,
        },
      ),
    });
    return { result: { id: row.id, purged: true as const }, tags: [] };
  });
}
