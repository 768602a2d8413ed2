// Helpers for the admin's integration tests: signed-in callers per role, and valid forms.
import type { Db, Role, User } from "@kz/db";
import { makeUser } from "@kz/db/testing";
import { TRPCError } from "@trpc/server";

import type { CurrentUser } from "../current-user";
import { createContext, type Context } from "../context";
import type { EventFormInput } from "../event/event.admin.schema";
import { createCaller } from "../root";
import { SITE_URL } from "./public-caller";

export const PREVIEW_SECRET = "test-preview-secret-that-is-long-enough";

export const ROLES = ["VIEWER", "CONTRIBUTOR", "EDITOR", "ADMIN"] as const;

/** A user as the session knows them. */
export const currentUserOf = (user: User): CurrentUser => ({
  id: user.id,
  email: user.email,
  name: user.name,
  role: user.role,
});

/** One user per role. */
export async function makeUsers(db: Db): Promise<Record<Role, CurrentUser>> {
  const entries = await Promise.all(
    ROLES.map(async (role) => {
      const { user } = await makeUser(db, { role });
      return [role, currentUserOf(user)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<Role, CurrentUser>;
}

export type Caller = ReturnType<typeof createCaller>;

/** What a test may set in a caller's context besides its database and user. */
export type CallerOptions = Partial<
  Pick<
    Context,
    | "revalidate"
    | "previewSecret"
    | "tokenName"
    | "scopes"
    | "ip"
    | "signInLimits"
    | "twoFactorPolicy"
    | "relyingParty"
    | "reauthMaxAgeSeconds"
  >
>;

/** A caller as `actor` (null: anonymous), with a preview secret and optional revalidate spy. */
export function callerFor(db: Db, actor: CurrentUser | null, extra: CallerOptions = {}): Caller {
  return createCaller(
    createContext({
      db,
      user: actor,
      siteUrl: SITE_URL,
      ip: "203.0.113.7",
      previewSecret: PREVIEW_SECRET,
      ...extra,
    }),
  );
}

/** "ok", or the tRPC code the call failed with. */
export async function outcome(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return "ok";
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

/** The TRPCError a call failed with. */
export async function failure(call: Promise<unknown>): Promise<TRPCError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCError) return error;
    throw error;
  }
  throw new Error("Expected the call to fail");
}

let counter = 0;

/** A valid event form; unique title unless given. */
export function eventFormInput(overrides: Partial<EventFormInput> = {}): EventFormInput {
  counter += 1;
  return {
    title: `Test event ${counter} ${Math.random().toString(36).slice(2, 8)}`,
    slug: "",
    summary: "What happened.",
    body: "The **body**.",
    startDate: "2020-05-17",
    endDate: null,
    datePrecision: "day",
    topicIds: [],
    placeIds: [],
    actors: [],
    citations: [],
    ...overrides,
  };
}

/**
 * An edit of an event as the admin makes it: its working copy opened by `caller`, `changes` made,
 * and saved from `expectedVersion`.
 */
export async function editEvent(
  caller: Caller,
  id: string,
  expectedVersion: number,
  changes: Partial<EventFormInput> & { changeNote?: string },
) {
  const { form } = await caller.event.admin.getForEdit({ id });
  return caller.event.admin.update({ ...form, id, expectedVersion, ...changes });
}

/** The admin's form for a person known only by name. */
export const personForm = (name: string) => ({
  name,
  kind: "person" as const,
  otherNames: [],
  description: "",
});

/** The admin form for a report, with only what a source needs. */
export const reportForm = (title = "A report") => ({
  title,
  slug: "",
  publisher: "HRW",
  kind: "report" as const,
  notes: "",
});

/** A spy for ctx.revalidate that records each call's tags. */
export function revalidateSpy() {
  const calls: string[][] = [];
  const revalidate = async (tags: string[]) => {
    calls.push(tags);
  };
  return { calls, revalidate };
}
