// What every collection's admin list does alike: the trash or not, a status, a text search, a
// sort column and cursor paging. Each list adds its own filters and picks its columns.
import type { Status } from "@kz/db";

import { parseIsoDate } from "../shared/dates";
import { decodeCursor } from "../shared/pagination";

interface ListInput {
  q?: string;
  status?: Status;
  trash: boolean;
  order: "asc" | "desc";
  limit: number;
  cursor?: string | null;
}

/**
 * The conditions of every admin list, for a Prisma `AND`: in the trash or out of it, the status
 * (in `statusColumn`), and the search text contained in any of `search` (case-insensitive) or
 * equal to an item of one of `searchLists` (other names).
 */
export function listConditions<Where>(
  input: ListInput,
  options: { search: string[]; searchLists?: string[]; statusColumn?: string },
): Where[] {
  const { q, status, trash } = input;
  const conditions: object[] = [{ deletedAt: trash ? { not: null } : null }];
  if (status) conditions.push({ [options.statusColumn ?? "status"]: status });
  if (q)
    conditions.push({
      OR: [
        ...options.search.map((c) => ({ [c]: { contains: q, mode: "insensitive" } })),
        ...(options.searchLists ?? []).map((c) => ({ [c]: { has: q } })),
      ],
    });
  return conditions as Where[];
}

/** A date column within a calendar year. */
export const inYear = <Where>(column: string, year: number) =>
  ({
    [column]: { gte: parseIsoDate(`${year}-01-01`), lte: parseIsoDate(`${year}-12-31`) },
  }) as Where;

/** findMany's order and cursor paging: by `column` then id, one row past the page (pageOf). */
export function listPaging<OrderBy>(input: ListInput, column: string) {
  const cursorId = input.cursor ? decodeCursor(input.cursor) : undefined;
  return {
    orderBy: [{ [column]: input.order }, { id: input.order }] as OrderBy[],
    take: input.limit + 1,
    ...(cursorId ? { cursor: { id: cursorId }, skip: 1 } : {}),
  };
}
