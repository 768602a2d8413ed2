import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/**
 * A list read whose URL the API refuses (a cursor it never issued, say) is a page that does not
 * exist: a 404, not a 500. The filters are checked before they reach the API; this covers the rest.
 */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof TRPCError && error.code === "BAD_REQUEST") notFound();
    throw error;
  }
}
