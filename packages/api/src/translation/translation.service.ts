// Translating a record: its English beside the working translation, saving drafts (contributors)
// and publishing them (editors), each audited and each a revision in the translation's history
// (translation.revision.ts). Outdated needs no write: a translation keeps the hash of the English
// it was made from, and the English changing makes the two differ.
import { translationSourceHash, type Db } from "@kz/db";

import type { Mutation } from "../cache/revalidate";
import { listTags, uniqueTags } from "../cache/tags";
import { AppError } from "../errors";
import { wordDiff } from "../revision/word-diff";
import { auditRow, type Editor } from "../shared/editor";
import { checkVersion, inTransaction, type Tx } from "../shared/tx";
import { translatableOf, type Translatable } from "./translatable";
import type {
  TranslationEditorOutput,
  TranslationListInput,
  TranslationListOutput,
  TranslationPublishInput,
  TranslationRecordInput,
  TranslationSaveInput,
} from "./translation.schema";
import { englishOf, oneEnglish } from "./translation.english";
import {
  checkTranslationVersion,
  lockTranslation,
  recordTranslationRevision,
  type TranslationKey,
} from "./translation.revision";

type FieldState = TranslationEditorOutput["fields"][number]["state"];

interface Row {
  field: string;
  text: string;
  publishedText: string | null;
  sourceHash: string;
  sourceText: string;
  status: "DRAFT" | "PUBLISHED";
  reviewed: boolean;
  version: number;
  updatedAt: Date;
}

function kindOf(entityType: string): Translatable {
  const kind = translatableOf(entityType);
  if (!kind) throw new AppError("BAD_REQUEST", "This kind of record has no translated fields");
  return kind;
}

/** Where one field's translation stands against the English now. */
function stateOf(row: Row | undefined, english: string): FieldState {
  if (!row) return "missing";
  if (row.sourceHash !== translationSourceHash(english)) return "outdated";
  return row.status === "PUBLISHED" ? "published" : "draft";
}

const recordKey = (input: TranslationRecordInput): TranslationKey => ({
  entityType: input.entityType as Translatable["entityType"],
  recordId: input.recordId,
  locale: input.locale,
});

/** The side-by-side editor's data: each translated field's English, then and now, and its translation. */
export async function translationEditor(
  db: Db,
  input: TranslationRecordInput,
): Promise<TranslationEditorOutput> {
  const kind = kindOf(input.entityType);
  const english = await oneEnglish(db, kind, input.recordId);
  const rows: Row[] = await db.translation.findMany({ where: recordKey(input) });
  const byField = new Map(rows.map((r) => [r.field, r]));
  return {
    ...input,
    title: english.title,
    fields: Object.entries(kind.localized).map(([field, fieldKind]) => {
      const row = byField.get(field);
      const now = english.fields[field] ?? "";
      const state = stateOf(row, now);
      return {
        field,
        label: kind.labels[field] ?? field,
        kind: fieldKind,
        english: now,
        englishThen: state === "outdated" ? row!.sourceText : null,
        englishChanges: state === "outdated" ? wordDiff(row!.sourceText, now) : null,
        text: row?.text ?? "",
        state,
        reviewed: row?.reviewed ?? false,
        published: row?.publishedText != null,
        version: row?.version ?? null,
        updatedAt: row?.updatedAt.toISOString() ?? null,
      };
    }),
  };
}

/**
 * Saves translated fields as a draft, each made from the English it has now (saving a field
 * unchanged confirms it still fits a changed English), as the translation's next revision. A
 * stale version is a CONFLICT; nothing is written then, nor for an unknown field or an empty text.
 */
export async function saveTranslation(
  db: Db,
  input: TranslationSaveInput,
  editor: Editor,
): Promise<Mutation<{ saved: number }>> {
  const kind = kindOf(input.entityType);
  const fieldErrors: Record<string, string[]> = {};
  for (const f of input.fields) {
    if (!(f.field in kind.localized)) fieldErrors[f.field] = ["This field is not translated"];
    else if (!f.text.trim()) fieldErrors[f.field] = ["Write the translation, or leave it out"];
  }
  if (Object.keys(fieldErrors).length)
    throw new AppError("BAD_REQUEST", "Some fields cannot be saved", { fieldErrors });
  return inTransaction(db, async (tx) => {
    const version = await lockTranslation(tx, recordKey(input));
    await writeDrafts(tx, kind, input, editor);
    await recordTranslationRevision(tx, recordKey(input), version, "update", editor);
    await tx.auditLog.create({
      data: auditRow(
        editor,
        "translation.save",
        { type: input.entityType as Translatable["entityType"], id: input.recordId },
        { locale: input.locale, fields: input.fields.map((f) => f.field) },
      ),
    });
    // Drafts are not public: the site's pages need no refreshing.
    return { result: { saved: input.fields.length }, tags: [] };
  });
}

/** Writes fields as drafts made from the English now, each checked against its expected version. */
async function writeDrafts(
  tx: Tx,
  kind: Translatable,
  input: Pick<TranslationSaveInput, "entityType" | "recordId" | "locale" | "fields">,
  editor: Editor,
): Promise<void> {
  const english = await oneEnglish(tx, kind, input.recordId);
  for (const f of input.fields) {
    const key = { ...recordKey(input), field: f.field };
    const sourceText = english.fields[f.field] ?? "";
    const data = {
      text: f.text,
      sourceText,
      sourceHash: translationSourceHash(sourceText),
      status: "DRAFT" as const,
      reviewed: false,
      updatedById: editor.id,
    };
    const current = await tx.translation.findUnique({
      where: { entityType_recordId_locale_field: key },
      select: { version: true },
    });
    if (!current) {
      if (f.expectedVersion !== null) checkVersion("translation", 0, f.expectedVersion);
      await tx.translation.create({ data: { ...key, ...data } });
      continue;
    }
    // Someone translated it since the translator opened it (expectedVersion null or older).
    checkVersion("translation", current.version, f.expectedVersion ?? 0);
    const { count } = await tx.translation.updateMany({
      where: { ...key, version: current.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (!count)
      throw new AppError("CONFLICT", "This translation was changed by someone else: reload it");
  }
}

/**
 * Writes an earlier revision's texts back as drafts and as the next revision, from the version
 * the editor saw (stale: CONFLICT). Fields it did not have are kept: the history loses nothing,
 * and what is published stays until the restored drafts are published.
 */
export async function restoreTranslation(
  db: Db,
  revision: {
    entityType: string;
    entityId: string;
    locale: string;
    version: number;
    snapshot: unknown;
  },
  input: { expectedVersion: number; note?: string | undefined },
  editor: Editor,
): Promise<Mutation<{ id: string; version: number; hasPendingChanges: boolean }>> {
  const kind = kindOf(revision.entityType);
  const key = recordKey({
    entityType: revision.entityType,
    recordId: revision.entityId,
    locale: revision.locale as TranslationKey["locale"],
  });
  const texts = Object.entries((revision.snapshot ?? {}) as Record<string, unknown>).filter(
    (e): e is [string, string] =>
      e[0] in kind.localized && typeof e[1] === "string" && !!e[1].trim(),
  );
  if (!texts.length) throw new AppError("BAD_REQUEST", "This version has no translated text");
  return inTransaction(db, async (tx) => {
    const version = await lockTranslation(tx, key);
    checkTranslationVersion(version, input.expectedVersion);
    const current = new Map(
      (await tx.translation.findMany({ where: key })).map((r) => [r.field, r.version]),
    );
    const fields = texts.map(([field, text]) => ({
      field,
      text,
      expectedVersion: current.get(field) ?? null,
    }));
    await writeDrafts(tx, kind, { ...key, fields }, editor);
    const note = input.note || `Restored version ${revision.version}`;
    const restored = await recordTranslationRevision(
      tx,
      key,
      version,
      "restoreRevision",
      editor,
      note,
    );
    await tx.auditLog.create({
      data: auditRow(
        editor,
        "translation.restoreRevision",
        { type: key.entityType, id: key.recordId },
        { locale: key.locale, fields: fields.map((f) => f.field), revision: revision.version },
      ),
    });
    const published = await tx.translation.count({
      where: { ...key, publishedText: { not: null } },
    });
    return {
      result: { id: key.recordId, version: restored, hasPendingChanges: published > 0 },
      tags: [],
    };
  });
}

/**
 * Publishes a record's working translations in a language, reviewed or not. Refused, with
 * nothing written, while there is none or one was made from an older English (the translator
 * updates it, or saves it unchanged to confirm it still fits).
 */
export async function publishTranslation(
  db: Db,
  input: TranslationPublishInput,
  editor: Editor,
): Promise<Mutation<{ saved: number }>> {
  const kind = kindOf(input.entityType);
  return inTransaction(db, async (tx) => {
    const version = await lockTranslation(tx, recordKey(input));
    const english = await oneEnglish(tx, kind, input.recordId);
    const rows: Row[] = await tx.translation.findMany({ where: recordKey(input) });
    if (!rows.length)
      throw new AppError("BAD_REQUEST", "Nothing to publish: save a translation first");
    const outdated = rows.filter((r) => stateOf(r, english.fields[r.field] ?? "") === "outdated");
    if (outdated.length)
      throw new AppError(
        "BAD_REQUEST",
        "The English changed since these fields were translated: update them, or save them unchanged to confirm they still fit, then publish",
        {
          fieldErrors: Object.fromEntries(
            outdated.map((r) => [r.field, ["The English changed since this was translated"]]),
          ),
        },
      );
    const now = new Date();
    for (const r of rows)
      await tx.translation.update({
        where: { entityType_recordId_locale_field: { ...recordKey(input), field: r.field } },
        data: {
          status: "PUBLISHED",
          reviewed: input.reviewed,
          publishedText: r.text,
          publishedSourceHash: r.sourceHash,
          publishedAt: now,
          version: { increment: 1 },
          updatedById: editor.id,
        },
      });
    await recordTranslationRevision(tx, recordKey(input), version, "publish", editor);
    await tx.auditLog.create({
      data: auditRow(
        editor,
        "translation.publish",
        { type: input.entityType as Translatable["entityType"], id: input.recordId },
        { locale: input.locale, fields: rows.map((r) => r.field), reviewed: input.reviewed },
      ),
    });
    // Translated names show on other kinds' pages too (a place on an event's): every list tag.
    return {
      result: { saved: rows.length },
      tags: uniqueTags(listTags, [`${kind.recordTag}:${english.slug}`]),
    };
  });
}

/** Records of a kind with where their translation into a language stands, worst state first. */
export async function listTranslations(
  db: Db,
  input: TranslationListInput,
): Promise<TranslationListOutput> {
  const kind = kindOf(input.entityType);
  const records = await englishOf(db, kind);
  const rows = await db.translation.findMany({
    where: { entityType: input.entityType as Translatable["entityType"], locale: input.locale },
  });
  const byRecord = new Map<string, Row[]>();
  for (const r of rows) byRecord.set(r.recordId, [...(byRecord.get(r.recordId) ?? []), r]);
  const ORDER: FieldState[] = ["outdated", "missing", "draft", "published"];
  const items = records.map((record) => {
    const mine = new Map((byRecord.get(record.id) ?? []).map((r) => [r.field, r]));
    const states = Object.entries(record.fields)
      .filter(([, english]) => english !== "")
      .map(([field, english]) => stateOf(mine.get(field), english));
    const state = ORDER.find((s) => states.includes(s)) ?? "published";
    return { recordId: record.id, title: record.title, state };
  });
  return items
    .filter((i) => input.show === "all" || i.state !== "published")
    .sort((a, b) => ORDER.indexOf(a.state) - ORDER.indexOf(b.state));
}
