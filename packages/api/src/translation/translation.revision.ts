// A translation's history: each save, publish and restore of a record's translation into one
// language is a Revision like a record's own (revision/), told apart by its `locale` and numbered
// on its own; its snapshot is the working translation then, field → text.
import type { Prisma } from "@kz/db";

import type { Editor } from "../shared/editor";
import { checkVersion, type Tx } from "../shared/tx";
import type { Translatable } from "./translatable";
import type { TranslationRecordInput } from "./translation.schema";

export type TranslationKey = {
  entityType: Translatable["entityType"];
  recordId: string;
  locale: TranslationRecordInput["locale"];
};

/** What produced a translation's revision, in the record history's words. */
export type TranslationRevisionAction = "update" | "publish" | "restoreRevision";

const revisionKey = (key: TranslationKey) => ({
  entityType: key.entityType,
  entityId: key.recordId,
  locale: key.locale,
});

/**
 * Serialises the writes of one record's translation into one language until the transaction ends
 * (two translators saving different fields would otherwise number the same revision), and returns
 * the translation's version: its latest revision's (0 before the first).
 */
export async function lockTranslation(tx: Tx, key: TranslationKey): Promise<number> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`kz.Translation.${key.entityType}.${key.recordId}.${key.locale}`}))`;
  const latest = await tx.revision.findFirst({
    where: revisionKey(key),
    orderBy: { version: "desc" },
    select: { version: true },
  });
  return latest?.version ?? 0;
}

/** A stale whole-translation version is the records' CONFLICT, with the current version. */
export const checkTranslationVersion = (current: number, expected: number) =>
  checkVersion("translation", current, expected);

/** Records the working translation as it now stands as the next revision (after lockTranslation). */
export async function recordTranslationRevision(
  tx: Tx,
  key: TranslationKey,
  version: number,
  action: TranslationRevisionAction,
  editor: Editor,
  note?: string | null,
): Promise<number> {
  const rows = await tx.translation.findMany({
    where: key,
    orderBy: { field: "asc" },
    select: { field: true, text: true },
  });
  await tx.revision.create({
    data: {
      ...revisionKey(key),
      version: version + 1,
      action,
      snapshot: Object.fromEntries(rows.map((r) => [r.field, r.text])) as Prisma.InputJsonValue,
      authorId: editor.id,
      note: note ?? null,
    },
  });
  return version + 1;
}
