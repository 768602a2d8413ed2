import { z } from "zod";

export const limitSchema = z.number().int().min(1).max(100).default(20);
export const cursorSchema = z.string().min(1).max(200).nullish();

/** Opaque cursors: the id of the last item seen, base64url-encoded so clients don't build them. */
export function encodeCursor(id: string): string {
  return Buffer.from(id, "utf8").toString("base64url");
}

export function decodeCursor(cursor: string): string {
  return Buffer.from(cursor, "base64url").toString("utf8");
}
