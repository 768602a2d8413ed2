// Publishing a record, and — when the editor confirmed it — the records it must not be public
// without (an event's people, places and sources, `mustBePublished` in its collection's
// relations), in one transaction. Refused, the error lists those records, so the admin can offer
// to publish them together.
import type { Db } from "@kz/db";

import type { Mutation } from "../cache/revalidate";
import { COLLECTIONS, type CollectionEntityType } from "../collections";
import { linkedRecords } from "../collections/linked";
import { SERVER_KINDS } from "../collections/server";
import { titleKey, titlesOf } from "../collections/titles";
import { AppError } from "../errors";
import type { Editor } from "../shared/editor";
import { inTransaction, lockRows, type Tx } from "../shared/tx";
import {
  applyAction,
  firstFailure,
  loadOne,
  resultOf,
  workingCopy,
  type Loaded,
  type WorkflowKind,
} from "./engine";
import type { PublishInput, WorkflowResultOutput } from "./workflow.schema";

type AnyKind = WorkflowKind<object, unknown>;

/**
 * The records `data` must not be public without that are not published (nor in the trash); locked
 * when they are about to be published with it, read only to name them otherwise.
 */
async function unpublishedLinks(
  tx: Tx,
  entityType: CollectionEntityType,
  data: object,
  lock: boolean,
) {
  const collection = COLLECTIONS.find((c) => c.entityType === entityType)!;
  const required = Object.fromEntries(
    Object.entries(collection.relations).filter(
      ([, r]) => "mustBePublished" in r && r.mustBePublished,
    ),
  );
  const ids = new Map<CollectionEntityType, Set<string>>();
  for (const { entityType: type, id } of linkedRecords(required, [data]))
    ids.set(
      type as CollectionEntityType,
      (ids.get(type as CollectionEntityType) ?? new Set()).add(id),
    );
  const found: { kind: AnyKind; items: Loaded<object>[] }[] = [];
  for (const [type, wanted] of ids) {
    const kind = SERVER_KINDS[type];
    if (lock) await lockRows(tx, kind.table, [...wanted]);
    const items = (await kind.load(tx, [...wanted])).filter(
      (i) => i.row.deletedAt === null && i.row.status !== "PUBLISHED",
    );
    if (items.length) found.push({ kind, items });
  }
  return found;
}

/** Publishes one record from the version the editor saw, with its unpublished links if asked. */
export async function publishRecord<Data extends object>(
  db: Db,
  kind: WorkflowKind<Data, unknown>,
  input: PublishInput,
  editor: Editor,
  now: Date = new Date(),
): Promise<Mutation<WorkflowResultOutput>> {
  return inTransaction(db, async (tx) => {
    const item = await loadOne(tx, kind, input.id, input.expectedVersion);
    const data = workingCopy(kind, item);
    const tags: string[] = [];
    const options = { now, note: input.note };
    // Linked rows are locked only when they are published too: an ordinary publish takes no
    // locks beyond the record's own, and reads its links only to name them in a refusal.
    if (input.withLinkedRecords)
      for (const { kind: linked, items } of await unpublishedLinks(
        tx,
        kind.entityType,
        data,
        true,
      )) {
        const done = await applyAction(tx, linked, items, "publish", editor, options);
        firstFailure(done.outcomes);
        tags.push(...done.tags);
      }
    const { outcomes, tags: own } = await applyAction(tx, kind, [item], "publish", editor, options);
    const failed = outcomes.find((o) => !o.ok);
    if (failed) {
      const waiting = input.withLinkedRecords
        ? []
        : (await unpublishedLinks(tx, kind.entityType, data, false)).flatMap(({ kind: k, items }) =>
            items.map((i) => ({ entityType: k.entityType, id: i.row.id })),
          );
      const titles = await titlesOf(tx, waiting);
      throw new AppError(
        "BAD_REQUEST",
        failed.error ?? "Refused",
        waiting.length
          ? {
              unpublishedLinks: waiting.map((w) => ({
                ...w,
                title: titles.get(titleKey(w.entityType, w.id)) ?? w.id,
              })),
            }
          : {},
      );
    }
    return { result: resultOf(outcomes[0]!.row!), tags: [...tags, ...own] };
  });
}
