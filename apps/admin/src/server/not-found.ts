import "server-only";

import { TRPCError } from "@trpc/server";
import { notFound } from "next/navigation";

/** The record, or the admin's 404 page when the API says there is no such record. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      notFound();
    throw error;
  }
}
