// The English of records, read generically from their tables by the translatable kinds' fields.
import { Prisma, type Db } from "@kz/db";

import { notFound } from "../errors";
import type { Translatable } from "./translatable";

export interface EnglishRecord {
  id: string;
  slug: string;
  title: string;
  /** Each translated field's English ("" where the record leaves it empty). */
  fields: Record<string, string>;
}

const column = (name: string) => Prisma.raw(`r."${name}"`);

/** The English of these records of a kind (all of them when `ids` is undefined), in title order. */
export async function englishOf(
  db: Pick<Db, "$queryRaw">,
  kind: Translatable,
  ids?: readonly string[],
): Promise<EnglishRecord[]> {
  const fields = Object.keys(kind.localized);
  const rows = await db.$queryRaw<Record<string, string | null>[]>`
    SELECT r.id, r.slug, ${column(kind.titleField)} AS "__title",
           ${Prisma.join(fields.map((f) => Prisma.sql`${column(f)} AS ${Prisma.raw(`"${f}"`)}`))}
    FROM ${Prisma.raw(`"${kind.table}"`)} r
    WHERE ${ids ? Prisma.sql`r.id = ANY(${[...ids]}::text[])` : Prisma.sql`TRUE`}
      ${kind.workflow ? Prisma.sql`AND r."deletedAt" IS NULL` : Prisma.empty}
    ORDER BY 3, r.id`;
  return rows.map((r) => ({
    id: r.id!,
    slug: r.slug!,
    title: r.__title ?? "",
    fields: Object.fromEntries(fields.map((f) => [f, r[f] ?? ""])),
  }));
}

/** One record's English; NOT_FOUND when it does not exist (or is in the trash). */
export async function oneEnglish(
  db: Pick<Db, "$queryRaw">,
  kind: Translatable,
  id: string,
): Promise<EnglishRecord> {
  const [record] = await englishOf(db, kind, [id]);
  if (!record) throw notFound("Record");
  return record;
}
