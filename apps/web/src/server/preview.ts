import "server-only";

import { createCaller, createContext } from "@kz/api";
import { TRPCError } from "@trpc/server";
import { draftMode } from "next/headers";
import { cache } from "react";

import { env } from "../env";
import { db } from "./db";
import { rethrowReadError } from "./unavailable";

type EventDetail = Awaited<ReturnType<ReturnType<typeof createCaller>["event"]["preview"]>>;

/**
 * An event's working copy for the holder of a preview link the admin signed (with the shared
 * PREVIEW_SECRET), read fresh — never kept across requests, read once per render (the page and
 * its metadata share it); null when the link is invalid or has expired.
 */
export const previewEvent = cache(async function previewEvent(
  token: string | undefined,
): Promise<EventDetail | null> {
  if (!token || !env.PREVIEW_SECRET) return null;
  const caller = createCaller(
    createContext({
      db,
      user: null,
      siteUrl: env.PUBLIC_SITE_URL,
      ip: null,
      previewSecret: env.PREVIEW_SECRET,
    }),
  );
  try {
    return await caller.event.preview({ token });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST"))
      return null;
    return rethrowReadError(error);
  }
});

/**
 * On an event page: the preview to show instead of the published event, when this browser has
 * entered draft mode through /api/preview and the page's `?preview=` link is valid for this slug.
 * Anyone else (no draft-mode cookie) gets the public page, or its 404.
 */
export async function eventPreviewFor(
  slug: string,
  searchParams: Promise<Record<string, string | string[] | undefined>>,
): Promise<EventDetail | null> {
  if (!(await draftMode()).isEnabled) return null;
  const raw = (await searchParams).preview;
  const token = Array.isArray(raw) ? raw[0] : raw;
  const event = await previewEvent(token);
  return event && event.slug === slug ? event : null;
}
