// Helpers for the API's integration tests.
import type { Db } from "@kz/db";
import { TRPCError } from "@trpc/server";
import { expect, it } from "vitest";
import { ZodError } from "zod";

import { createContext } from "../context";
import { AppError } from "../errors";
import { createCaller } from "../root";

export const SITE_URL = "https://example.test";

/** The context of an anonymous request: what readers and programs without a token get. */
export const publicContext = (db: Db) =>
  createContext({ db, user: null, siteUrl: SITE_URL, ip: null });

/** A caller with that context. */
export const publicCaller = (db: Db) => createCaller(publicContext(db));

/** The field names an error reports, as the errorFormatter puts them in `data.fieldErrors`. */
function fieldsOf(error: TRPCError): string[] {
  const cause = error.cause;
  if (cause instanceof ZodError) return cause.issues.map((i) => i.path.join("."));
  if (cause instanceof AppError) return Object.keys(cause.details.fieldErrors ?? {});
  return [];
}

/** Asserts that `call` fails with BAD_REQUEST naming `field`. */
export async function expectBadRequest(call: Promise<unknown>, field: string): Promise<void> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe("BAD_REQUEST");
  expect(fieldsOf(error as TRPCError)).toContain(field);
}

/** Asserts that `call` fails with NOT_FOUND. */
export async function expectNotFound(call: Promise<unknown>): Promise<void> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TRPCError);
  expect((error as TRPCError).code).toBe("NOT_FOUND");
}

/**
 * One test per key of `hidden`: fetching that record by slug answers NOT_FOUND, so the public cannot
 * tell it from one that never existed. `%s` in `name` is the key.
 */
export function itAnswersNotFoundFor(
  hidden: string[],
  bySlug: (key: string) => Promise<unknown>,
  name = "answers NOT_FOUND for %s",
): void {
  it.each(hidden)(name, (key) => expectNotFound(bySlug(key)));
}

interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
  total: number;
}

/** Follows nextCursor from the first page to the last, returning every item seen in order. */
export async function walkPages<Item>(
  fetchPage: (cursor: string | null) => Promise<Page<Item>>,
): Promise<{ items: Item[]; pages: number; totals: number[] }> {
  const items: Item[] = [];
  const totals: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page: Page<Item> = await fetchPage(cursor);
    items.push(...page.items);
    totals.push(page.total);
    cursor = page.nextCursor;
    pages += 1;
    if (pages > 1000) throw new Error("Pagination does not end");
  } while (cursor);
  return { items, pages, totals };
}
