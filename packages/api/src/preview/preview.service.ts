import type { Db } from "@kz/db";

import { notFound } from "../errors";
import { auditRow, type Editor } from "../shared/editor";
import { signPreviewToken } from "./preview.token";
import type { PreviewCreateTokenInput, PreviewTokenOutput } from "./preview.schema";

/** A link that shows a record's working copy as its public page will, for ten minutes. */
export async function createPreviewToken(
  db: Db,
  input: PreviewCreateTokenInput,
  editor: Editor,
  secret: string | undefined,
  now: Date = new Date(),
): Promise<PreviewTokenOutput> {
  const exists = await db.event.findFirst({
    where: { id: input.id, deletedAt: null },
    select: { id: true },
  });
  if (!exists) throw notFound("Event");
  const signed = signPreviewToken(secret, { entityType: input.entityType, id: input.id }, now);
  await db.auditLog.create({
    data: auditRow(
      editor,
      "event.previewLink",
      { type: "EVENT", id: input.id },
      {
        expiresAt: signed.expiresAt.toISOString(),
      },
    ),
  });
  return signed;
}
