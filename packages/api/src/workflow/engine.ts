import { Prisma, type Db, type Status } from "@kz/db";
import diff from "microdiff";
import type { z } from "zod";

import type { Mutation } from "../cache/revalidate";
import type { CollectionEntityType } from "../collections";
import { recordChanges } from "../changes/changes.record";
import { AppError, notFound } from "../errors";
import { auditRow, type Editor } from "../shared/editor";
import { checkVersion, inTransaction, lockRows, type LockedTable, type Tx } from "../shared/tx";
import { settleReviews } from "./review-settle";
import { isPublic, planTransition, type Plan, type WorkflowAction } from "./transitions";
import type {
  BulkActionInput,
  BulkResultOutput,
  ScheduleInput,
  WorkflowActionInput,
  WorkflowResultOutput,
} from "./workflow.schema";

const DbNull = Prisma.DbNull;

/** The workflow columns of an editable record. */
export interface KindRow {
  id: string;
  status: Status;
  version: number;
  deletedAt: Date | null;
  publishAt: Date | null;
  publishedAt: Date | null;
  updatedAt: Date;
  pendingChanges: Prisma.JsonValue | null;
}

/** A record with its live (published, or draft) content in the admin form's shape. */
export interface Loaded<Data> {
  row: KindRow;
  live: Data;
}

/** What the engine writes to a record's workflow columns; the version is always incremented. */
export interface KindFields {
  status?: Status;
  publishAt?: Date | null;
  /**
   * The working copy while published, with the editor's note as `changeNote` and the time of the
   * save as `savedAt`; null clears it.
   */
  pendingChanges?: Record<string, unknown> | null;
  deletedAt?: Date | null;
  updatedById: string | null;
  /** Set to the current value to keep it: a change the public does not see leaves it alone. */
  updatedAt?: Date;
  lastUpdateNote?: string | null;
}

/**
 * One kind of record (a collection) as the engine sees it. Every method works
 * on many records at once, so bulk operations cost a fixed number of queries.
 */
export interface WorkflowKind<Data extends object, Form = Data> {
  entityType: CollectionEntityType;
  /** Prefix of audit actions: `event.publish`. */
  noun: string;
  /** For messages: "Event". */
  label: string;
  table: LockedTable;
  /** Parses stored working copies and revision snapshots. */
  data: z.ZodType<Data>;
  /**
   * The content to save from a form (or from a revision being restored): references checked, the
   * slug resolved against the other records (`exceptId` is the record itself, null for a new one).
   */
  prepare(tx: Tx, form: Form | Data, exceptId: string | null): Promise<Data>;
  /** Inserts a new draft with this content and its links, and returns its id. */
  insert(tx: Tx, data: Data, editor: Editor): Promise<string>;
  /** Deletes a record from the trash for good; refuses (AppError) what must not go yet. */
  remove(tx: Tx, id: string): Promise<void>;
  load(tx: Tx, ids: readonly string[]): Promise<Loaded<Data>[]>;
  update(tx: Tx, ids: string[], fields: KindFields): Promise<void>;
  /** Sets publishedAt where it is not set yet. */
  markPublished(tx: Tx, ids: string[], now: Date): Promise<void>;
  /** Writes content to the live columns and joins. */
  writeLive(tx: Tx, id: string, data: Data): Promise<void>;
  /** The public cache tags that show these versions of the records. */
  tags(tx: Tx, versions: Data[]): Promise<string[]>;
  /** Why each record cannot be published as it is (e.g. an event without a citation). */
  publishProblems?(tx: Tx, items: { id: string; data: Data }[]): Promise<Map<string, string>>;
  /**
   * Why each public record cannot leave the public site (unpublish, archive, trash): e.g. a source
   * that is the last published citation of a published event.
   */
  withdrawProblems?(tx: Tx, ids: string[]): Promise<Map<string, string>>;
  /**
   * Checks a save of a stored record against its working copy before it (`before`), as `editor`:
   * refuses with an AppError what this editor may not change (removing a person's protection), and
   * returns further audit lines to write with the save.
   */
  checkSave?(save: {
    id: string;
    before: Data;
    after: Data;
    editor: Editor;
  }): Prisma.AuditLogCreateManyInput[];
  /**
   * The public slugs of its published records, where they are not the slug column (a protected
   * person's is made from their pseudonym): the sitemap lists these instead.
   */
  publicSlugs?(db: Db): Promise<string[]>;
  /** Whether the editor's note on published changes is shown to the public (events). */
  publicNote?: boolean;
  /**
   * SQL over the kind's table as `t`, for lists across collections (the dashboard, titles in the
   * audit log): the record's title, and its workflow status column. Fixed text, never input.
   */
  sql: { title: string; status: "status" | "workflowStatus" };
}

const noteOf = (pending: Prisma.JsonValue | null): string | null => {
  if (!pending || typeof pending !== "object" || Array.isArray(pending)) return null;
  const note = (pending as Record<string, unknown>).changeNote;
  return typeof note === "string" && note ? note : null;
};

/** What the editor works on: the live content with the pending changes, if any, applied. */
export function workingCopy<Data extends object>(
  kind: WorkflowKind<Data, unknown>,
  item: Loaded<Data>,
): Data {
  return item.row.pendingChanges === null ? item.live : kind.data.parse(item.row.pendingChanges);
}

/** The top-level fields in which `b` differs from `a`. */
export function changedFields(a: object, b: object): string[] {
  return [
    ...new Set(
      diff(a as Record<string, unknown>, b as Record<string, unknown>).map((d) =>
        String(d.path[0]),
      ),
    ),
  ].sort();
}

/** Where a record stands in the workflow, as every answer about it says: admin lists and actions. */
export function workflowState(row: KindRow) {
  return {
    id: row.id,
    version: row.version,
    status: row.status,
    hasPendingChanges: row.pendingChanges !== null,
    publishAt: row.publishAt,
  };
}

export function resultOf(row: KindRow): WorkflowResultOutput {
  return { ...workflowState(row), deleted: row.deletedAt !== null };
}

function snapshotOf(
  data: object,
  state: { status: Status; publishAt: Date | null; deleted: boolean },
): Prisma.InputJsonValue {
  // `workflowStatus`, not `status`: a rating's content has a `status` of its own.
  return {
    ...data,
    workflowStatus: state.status,
    publishAt: state.publishAt?.toISOString() ?? null,
    inTrash: state.deleted,
  } as Prisma.InputJsonValue;
}

export async function loadOne<Data extends object>(
  tx: Tx,
  kind: WorkflowKind<Data, unknown>,
  id: string,
  expectedVersion: number | undefined,
): Promise<Loaded<Data>> {
  await lockRows(tx, kind.table, [id]);
  const [item] = await kind.load(tx, [id]);
  if (!item) throw notFound(kind.label);
  checkVersion(kind.label, item.row.version, expectedVersion);
  return item;
}

/** After a domain has inserted a new draft: its first revision and its audit line. */
export async function recordCreated<Data extends object>(
  tx: Tx,
  kind: WorkflowKind<Data, unknown>,
  created: { id: string; data: Data },
  editor: Editor,
  note: string | undefined,
): Promise<WorkflowResultOutput> {
  await tx.revision.create({
    data: {
      entityType: kind.entityType,
      entityId: created.id,
      version: 1,
      action: "create",
      snapshot: snapshotOf(created.data, { status: "DRAFT", publishAt: null, deleted: false }),
      authorId: editor.id,
      note: note || null,
    },
  });
  await tx.auditLog.create({
    data: auditRow(
      editor,
      `${kind.noun}.create`,
      { type: kind.entityType, id: created.id },
      {
        note: note || null,
      },
    ),
  });
  return {
    id: created.id,
    version: 1,
    status: "DRAFT",
    hasPendingChanges: false,
    publishAt: null,
    deleted: false,
  };
}

/** A new record, as a draft, from a form: version 1, its first revision and audit line. */
export function createRecord<Data extends object, Form extends { changeNote?: string }>(
  db: Db,
  kind: WorkflowKind<Data, Form>,
  input: Form,
  editor: Editor,
): Promise<Mutation<WorkflowResultOutput>> {
  return inTransaction(db, async (tx) => {
    const data = await kind.prepare(tx, input, null);
    const id = await kind.insert(tx, data, editor);
    return {
      result: await recordCreated(tx, kind, { id, data }, editor, input.changeNote),
      tags: [],
    };
  });
}

/** Saves a form over a record, from the version the editor started with (see saveRecord). */
export function updateRecord<Data extends object, Form extends { changeNote?: string }>(
  db: Db,
  kind: WorkflowKind<Data, Form>,
  input: Form & { id: string; expectedVersion: number; autosave?: boolean },
  editor: Editor,
): Promise<Mutation<WorkflowResultOutput>> {
  return saveRecord(
    db,
    kind,
    {
      id: input.id,
      expectedVersion: input.expectedVersion,
      note: input.changeNote,
      autosave: input.autosave,
    },
    editor,
    (tx) => kind.prepare(tx, input, input.id),
  );
}

/** Saves a revision's content back as the record's content (a draft, or pending changes). */
export function restoreRecordData<Data extends object, Form>(
  db: Db,
  kind: WorkflowKind<Data, Form>,
  target: { id: string; expectedVersion: number; note?: string; revision: number },
  snapshot: unknown,
  editor: Editor,
): Promise<Mutation<WorkflowResultOutput>> {
  const data = kind.data.parse(snapshot);
  return saveRecord(
    db,
    kind,
    target,
    editor,
    (tx) => kind.prepare(tx, data, target.id),
    "restoreRevision",
    { fromVersion: target.revision },
  );
}

/**
 * Saves new content for a record. A draft (or record in review, or archived) is written in place. A
 * published record keeps its live columns, so the public page does not change: the content goes to
 * pendingChanges until it is published (or discarded). Either way the version goes up by one and a
 * revision is written; a stale expectedVersion changes nothing.
 */
export async function saveRecord<Data extends object>(
  db: Db,
  kind: WorkflowKind<Data, unknown>,
  input: { id: string; expectedVersion: number; note?: string; autosave?: boolean },
  editor: Editor,
  prepare: (tx: Tx, current: Loaded<Data>) => Promise<Data>,
  action: "update" | "restoreRevision" = "update",
  extraDetails: Record<string, unknown> = {},
): Promise<Mutation<WorkflowResultOutput>> {
  return inTransaction(db, async (tx) => {
    const item = await loadOne(tx, kind, input.id, input.expectedVersion);
    const { row } = item;
    if (row.deletedAt)
      throw new AppError(
        "BAD_REQUEST",
        `This ${kind.label.toLowerCase()} is in the trash: restore it first`,
      );
    const data = await prepare(tx, item);
    const before = workingCopy(kind, item);
    const checked = kind.checkSave?.({ id: row.id, before, after: data, editor }) ?? [];
    const note = input.note || null;
    // Scheduling is an editor's approval of the content as it was: an edit by someone who may not
    // publish withdraws it, or the worker would publish unreviewed text.
    const withdrawSchedule =
      row.publishAt !== null && (editor.role === "CONTRIBUTOR" || editor.role === "VIEWER");
    const schedule = withdrawSchedule ? { publishAt: null } : {};
    let pending: Record<string, unknown> | null = null;
    if (row.status === "PUBLISHED") {
      // When it was saved, which the record's updatedAt (the public's "last updated") does not say.
      pending = changedFields(item.live, data).length
        ? { ...data, changeNote: note, savedAt: new Date().toISOString() }
        : null;
      await kind.update(tx, [row.id], {
        pendingChanges: pending,
        updatedById: editor.id,
        updatedAt: row.updatedAt,
        ...schedule,
      });
    } else {
      await kind.writeLive(tx, row.id, data);
      await kind.update(tx, [row.id], {
        pendingChanges: null,
        updatedById: editor.id,
        ...schedule,
      });
    }
    const version = row.version + 1;
    await tx.revision.create({
      data: {
        entityType: kind.entityType,
        entityId: row.id,
        version,
        action,
        snapshot: snapshotOf(data, {
          status: row.status,
          publishAt: row.publishAt,
          deleted: false,
        }),
        authorId: editor.id,
        note,
        autosave: input.autosave === true,
      },
    });
    await tx.auditLog.create({
      data: auditRow(
        editor,
        `${kind.noun}.${action}`,
        { type: kind.entityType, id: row.id },
        {
          changed: changedFields(before, data),
          pending: pending !== null,
          version,
          note,
          ...(input.autosave ? { autosave: true } : {}),
          ...extraDetails,
        },
      ),
    });
    if (checked.length) await tx.auditLog.createMany({ data: checked });
    return {
      result: {
        ...resultOf(row),
        version,
        hasPendingChanges: row.status === "PUBLISHED" ? pending !== null : false,
      },
      tags: [],
    };
  });
}

interface ItemOutcome {
  id: string;
  ok: boolean;
  error: string | null;
  row: KindRow | null;
}

/**
 * Applies one workflow action to locked, loaded records: plans each (refusals are reported per item),
 * then writes with one update per distinct change, one revision and one audit line per record, and
 * returns the public cache tags the change touched.
 */
export async function applyAction<Data extends object>(
  tx: Tx,
  kind: WorkflowKind<Data, unknown>,
  items: Loaded<Data>[],
  action: WorkflowAction,
  editor: Editor,
  options: {
    now: Date;
    note?: string | null;
    publishAt?: Date | null;
    bulk?: boolean;
    /** More to say in each audit line (the reviewer a submit asks). */
    details?: Record<string, unknown>;
  },
): Promise<{ outcomes: ItemOutcome[]; tags: string[] }> {
  const outcomes: ItemOutcome[] = [];
  const planned: { item: Loaded<Data>; plan: Plan; working: Data }[] = [];
  for (const item of items) {
    try {
      const plan = planTransition(
        {
          status: item.row.status,
          deleted: item.row.deletedAt !== null,
          hasPending: item.row.pendingChanges !== null,
          publishAt: item.row.publishAt,
        },
        action,
        kind.label,
        options,
      );
      planned.push({ item, plan, working: workingCopy(kind, item) });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcomes.push({ id: item.row.id, ok: false, error: error.message, row: item.row });
    }
  }

  // Publishing (now or later), or restoring a published record from the trash, needs publishable
  // content.
  let ready = planned;
  const goesPublic = (p: (typeof planned)[number]) =>
    action === "publish" ||
    (action === "schedule" && !!options.publishAt) ||
    (action === "restore" && p.item.row.status === "PUBLISHED");
  const checked = planned.filter(goesPublic);
  if (checked.length && kind.publishProblems) {
    const problems = await kind.publishProblems(
      tx,
      checked.map((p) => ({ id: p.item.row.id, data: p.working })),
    );
    ready = planned.filter((p) => {
      const problem = problems.get(p.item.row.id);
      if (problem) outcomes.push({ id: p.item.row.id, ok: false, error: problem, row: p.item.row });
      return !problem;
    });
  }

  // Taking a record off the public site must not leave what cites it unsupported.
  if (
    (action === "unpublish" || action === "archive" || action === "trash") &&
    kind.withdrawProblems
  ) {
    const leaving = ready
      .filter((p) => p.item.row.status === "PUBLISHED" && p.item.row.deletedAt === null)
      .map((p) => p.item.row.id);
    const problems = leaving.length ? await kind.withdrawProblems(tx, leaving) : new Map();
    ready = ready.filter((p) => {
      const problem = problems.get(p.item.row.id);
      if (problem) outcomes.push({ id: p.item.row.id, ok: false, error: problem, row: p.item.row });
      return !problem;
    });
  }

  const groups = new Map<string, { fields: KindFields; ids: string[] }>();
  const toPublish: string[] = [];
  const revisions: Prisma.RevisionCreateManyInput[] = [];
  const audits: Prisma.AuditLogCreateManyInput[] = [];
  const before: Data[] = [];
  const after: Data[] = [];
  const note = options.note || null;

  for (const { item, plan, working } of ready) {
    const { row } = item;
    const liveAfter = plan.applyPending ? working : item.live;
    const wasPublic = isPublic({ status: row.status, deleted: row.deletedAt !== null });
    const nowPublic = isPublic(plan);
    // A published record whose public version does not change keeps its "updated" time (the
    // public page shows it); anything else is an ordinary update.
    const publicUnchanged = wasPublic && nowPublic && !plan.applyPending;
    const fields: KindFields = {
      status: plan.status,
      publishAt: plan.publishAt,
      deletedAt: plan.deleted ? (row.deletedAt ?? options.now) : null,
      updatedById: editor.id,
      ...(plan.applyPending || plan.discardPending ? { pendingChanges: null } : {}),
      ...(publicUnchanged ? { updatedAt: row.updatedAt } : {}),
      ...(kind.publicNote && action === "publish"
        ? { lastUpdateNote: note ?? noteOf(row.pendingChanges) }
        : {}),
    };
    const key = JSON.stringify(fields);
    const group = groups.get(key) ?? { fields, ids: [] };
    group.ids.push(row.id);
    groups.set(key, group);
    if (plan.applyPending) await kind.writeLive(tx, row.id, working);
    if (plan.markPublished) toPublish.push(row.id);
    if (wasPublic) before.push(item.live);
    if (nowPublic) after.push(liveAfter);

    const hasPending =
      plan.applyPending || plan.discardPending ? false : row.pendingChanges !== null;
    const workingAfter = plan.discardPending ? item.live : working;
    const version = row.version + 1;
    revisions.push({
      entityType: kind.entityType,
      entityId: row.id,
      version,
      action,
      snapshot: snapshotOf(workingAfter, plan),
      authorId: editor.id,
      note,
    });
    audits.push(
      auditRow(
        editor,
        `${kind.noun}.${action}`,
        { type: kind.entityType, id: row.id },
        {
          from: row.status,
          to: plan.status,
          ...(action === "schedule" ? { publishAt: plan.publishAt?.toISOString() ?? null } : {}),
          ...(plan.applyPending ? { publishedChanges: changedFields(item.live, working) } : {}),
          ...(action === "trash" || action === "restore" ? { inTrash: plan.deleted } : {}),
          ...(options.bulk ? { bulk: true } : {}),
          ...options.details,
          version,
          note,
        },
      ),
    );
    outcomes.push({
      id: row.id,
      ok: true,
      error: null,
      row: {
        ...row,
        status: plan.status,
        version,
        publishAt: plan.publishAt,
        deletedAt: plan.deleted ? (row.deletedAt ?? options.now) : null,
        pendingChanges: hasPending ? row.pendingChanges : null,
      },
    });
  }

  for (const { fields, ids } of groups.values()) await kind.update(tx, ids, fields);
  if (toPublish.length) await kind.markPublished(tx, toPublish, options.now);
  if (revisions.length) await tx.revision.createMany({ data: revisions });
  if (audits.length) await tx.auditLog.createMany({ data: audits });
  await settleReviews(
    tx,
    kind.entityType,
    ready.map((p) => p.item.row.id),
    action,
  );
  await recordChanges(
    tx,
    kind.entityType,
    ready.map((p) => p.item.row.id),
    ready.filter((p) => p.plan.applyPending).map((p) => p.item.row.id),
  );
  const tags = before.length || after.length ? await kind.tags(tx, [...before, ...after]) : [];
  return { outcomes, tags };
}

export function firstFailure(outcomes: ItemOutcome[]): never | void {
  const failed = outcomes.find((o) => !o.ok);
  if (failed) throw new AppError("BAD_REQUEST", failed.error ?? "Refused");
}

/** One workflow action on one record, from the version the editor saw. */
export async function transition<Data extends object>(
  db: Db,
  kind: WorkflowKind<Data, unknown>,
  input: WorkflowActionInput | ScheduleInput,
  editor: Editor,
  action: WorkflowAction,
  now: Date = new Date(),
): Promise<Mutation<WorkflowResultOutput>> {
  return inTransaction(db, async (tx) => {
    const item = await loadOne(tx, kind, input.id, input.expectedVersion);
    const { outcomes, tags } = await applyAction(tx, kind, [item], action, editor, {
      now,
      note: input.note,
      publishAt: "publishAt" in input ? input.publishAt : undefined,
    });
    firstFailure(outcomes);
    return { result: resultOf(outcomes[0]!.row!), tags };
  });
}

/**
 * Publish, unpublish or archive many records at once, each from the version the editor saw: each is
 * checked, and reported, on its own.
 */
export async function bulkTransition<Data extends object>(
  db: Db,
  kind: WorkflowKind<Data, unknown>,
  input: BulkActionInput,
  editor: Editor,
  now: Date = new Date(),
): Promise<Mutation<BulkResultOutput>> {
  return inTransaction(db, async (tx) => {
    const expected = new Map(input.items.map((i) => [i.id, i.expectedVersion]));
    const ids = [...expected.keys()];
    await lockRows(tx, kind.table, ids);
    const loaded = await kind.load(tx, ids);
    const current = loaded.filter((item) => item.row.version === expected.get(item.row.id));
    const stale: ItemOutcome[] = loaded
      .filter((item) => item.row.version !== expected.get(item.row.id))
      .map((item) => ({
        id: item.row.id,
        ok: false,
        error: `Changed since you loaded the list (version ${item.row.version}, you saw ${expected.get(item.row.id)}): reload and check it first`,
        row: item.row,
      }));
    const { outcomes, tags } = await applyAction(tx, kind, current, input.action, editor, {
      now,
      note: input.note,
      bulk: true,
    });
    const byId = new Map([...outcomes, ...stale].map((o) => [o.id, o]));
    const results = ids.map((id) => {
      const o = byId.get(id);
      if (!o)
        return { id, ok: false, error: `${kind.label} not found`, version: null, status: null };
      return {
        id,
        ok: o.ok,
        error: o.error,
        version: o.row?.version ?? null,
        status: o.row?.status ?? null,
      };
    });
    const succeeded = results.filter((r) => r.ok).length;
    return {
      result: { items: results, succeeded, failed: results.length - succeeded },
      tags,
    };
  });
}

/**
 * Hard delete, for records already in the trash. Their revisions go too; the audit log keeps the
 * record of who purged what.
 */
export async function purgeRecord<Data extends object>(
  db: Db,
  kind: WorkflowKind<Data, unknown>,
  input: WorkflowActionInput,
  editor: Editor,
): Promise<Mutation<{ id: string; purged: true }>> {
  return inTransaction(db, async (tx) => {
    const item = await loadOne(tx, kind, input.id, input.expectedVersion);
    if (!item.row.deletedAt)
      throw new AppError(
        "BAD_REQUEST",
        `Only what is in the trash can be purged: move this ${kind.label.toLowerCase()} to the trash first`,
      );
    await kind.remove(tx, item.row.id);
    await recordChanges(tx, kind.entityType, [item.row.id]);
    await settleReviews(tx, kind.entityType, [item.row.id], "purge");
    await tx.revision.deleteMany({ where: { entityType: kind.entityType, entityId: item.row.id } });
    await tx.auditLog.create({
      data: auditRow(editor, `${kind.noun}.purge`, { type: kind.entityType, id: item.row.id }, {
        snapshot: item.live as unknown as Prisma.InputJsonValue,
        note: input.note || null,
      } as Record<string, unknown>),
    });
    return { result: { id: item.row.id, purged: true as const }, tags: [] };
  });
}

/** Who made a new record: its creator, and so far its last editor. */
export const madeBy = (editor: Editor) => ({ createdById: editor.id, updatedById: editor.id });

/** KindFields as the data of a Prisma updateMany; ratings call their status column workflowStatus. */
export function workflowColumns(
  fields: KindFields,
  statusColumn: "status" | "workflowStatus" = "status",
) {
  return {
    ...(fields.status !== undefined ? { [statusColumn]: fields.status } : {}),
    ...(fields.publishAt !== undefined ? { publishAt: fields.publishAt } : {}),
    ...(fields.pendingChanges !== undefined
      ? {
          pendingChanges:
            fields.pendingChanges === null
              ? DbNull
              : (fields.pendingChanges as Prisma.InputJsonValue),
        }
      : {}),
    ...(fields.deletedAt !== undefined ? { deletedAt: fields.deletedAt } : {}),
    ...(fields.updatedAt !== undefined ? { updatedAt: fields.updatedAt } : {}),
    updatedById: fields.updatedById,
    version: { increment: 1 },
  };
}
