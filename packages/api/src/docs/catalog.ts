// What the API's documentation says about each procedure — what it does, a call that works — and
// who may call it, read from the router (each procedure declares it once), shared by docs/api.md
// (scripts/generate-api-docs.ts) and the public site's /api page, both on the server. A unit test
// checks that every procedure of the router has exactly one entry, and that the schemas named here
// are the ones the router validates with.
import type { z } from "zod";

import { changesSinceInput, changesSinceOutput } from "../changes/changes.schema";
import { searchQueryInput, searchQueryOutput } from "../search/search.schema";
import { COLLECTIONS, exampleId, type Collection } from "../collections";
import type { ProcedureAccess } from "../security/access";
import { appRouter } from "../root";
import type { ProcedureMeta } from "../trpc";
import { accessOf } from "./access-of";

export interface ProcedureDoc {
  path: string;
  type: "query" | "mutation";
  /** From the router (accessOf): each procedure declares it once, where it is built. */
  access: ProcedureAccess;
  /** One sentence. */
  summary: string;
  /** More detail, in markdown, when one sentence is not enough. */
  details?: string;
  /** The input of a call that works (public procedures: against the seeded record). */
  example?: unknown;
  /** The router's own schemas; required for the public procedures, which the /api page renders. */
  input?: z.ZodType;
  output?: z.ZodType;
}

/** What the catalog says of a procedure; who may call it comes from the router. */
type DocText = Omit<ProcedureDoc, "access">;

export const ACCESS_LABELS: Record<ProcedureAccess, string> = {
  public: "public",
  drafts: "session, or token with read:drafts",
  viewer: "session or any token",
  contributor: "contributor: session, or token with write",
  contributorDrafts: "contributor: session, or token with write and read:drafts",
  editor: "editor: session, or token with write",
  admin: "admin: session, or token with write",
  session: "signed-in session only (no tokens)",
  sessionAdmin: "admin session only (no tokens)",
};

/** Example ids: real calls take the ids that lists and creates return. */
const ID = {
  ...(Object.fromEntries(COLLECTIONS.map((c) => [c.noun, exampleId(c.noun)])) as Record<
    Collection["noun"],
    string
  >),
  series: exampleId("series"),
  user: exampleId("user"),
  token: exampleId("token"),
  revision: exampleId("revision"),
};

type Domain = Collection["noun"];

/** "a source", "an event". */
const a = (noun: string) => `${/^[aeiou]/.test(noun) ? "an" : "a"} ${noun}`;

const action = (domain: Domain) => ({
  id: ID[domain],
  expectedVersion: 3,
});

/** create, update, lists and the workflow of a collection. */
function adminEntries(domain: Domain): DocText[] {
  const noun = domain;
  const p = (name: string) => `${domain}.admin.${name}`;
  return [
    {
      path: p("list"),
      type: "query",
      summary: `Every ${noun} in any workflow state, with filters; the trash with \`trash: true\`.`,
      example: domain === "rating" ? { seriesId: ID.series } : { status: "DRAFT", limit: 20 },
    },
    {
      path: p("getForEdit"),
      type: "query",
      summary: `One ${noun} as the admin form edits it: the working copy, the published version and the \`version\` to send back with a save.`,
      example: { id: ID[domain] },
    },
    {
      path: p("create"),
      type: "mutation",
      summary: `Creates a draft ${noun} (version 1). Nothing is public until an editor publishes it.`,
      example: COLLECTIONS.find((c) => c.noun === domain)!.example,
    },
    {
      path: p("update"),
      type: "mutation",
      summary: `Saves the whole form from \`expectedVersion\`. A published ${noun} keeps its public version until the changes are published; a stale version answers CONFLICT with \`currentVersion\`.`,
      example: { ...COLLECTIONS.find((c) => c.noun === domain)!.example, ...action(domain) },
    },
    {
      path: p("submit"),
      type: "mutation",
      summary: `Sends a draft ${noun} for review, to the editor \`reviewerId\` (one of \`review.reviewers\`) or, without one, to any editor.`,
      example: { ...action(domain), reviewerId: ID.user },
    },
    {
      path: p("discardChanges"),
      type: "mutation",
      summary: `Drops the unpublished changes of a published ${noun}.`,
      example: action(domain),
    },
    {
      path: p("requestChanges"),
      type: "mutation",
      summary: `Sends ${a(noun)} in review back to draft, with a note.`,
      example: { ...action(domain), note: "Add a second source" },
    },
    {
      path: p("publish"),
      type: "mutation",
      summary: `Publishes the ${noun}, or its pending changes. Appears in \`changes.since\`.`,
      example: action(domain),
    },
    {
      path: p("unpublish"),
      type: "mutation",
      summary: `Withdraws a published ${noun} to draft.`,
      example: action(domain),
    },
    {
      path: p("archive"),
      type: "mutation",
      summary: `Archives the ${noun}: kept, not public.`,
      example: action(domain),
    },
    {
      path: p("trash"),
      type: "mutation",
      summary: `Moves the ${noun} to the trash (not public; restorable).`,
      example: action(domain),
    },
    {
      path: p("restore"),
      type: "mutation",
      summary: `Takes the ${noun} out of the trash, in the state it was in.`,
      example: action(domain),
    },
    {
      path: p("schedule"),
      type: "mutation",
      summary: `Publishes the ${noun} at \`publishAt\` (a Date), or cancels the schedule with null.`,
      example: { ...action(domain), publishAt: "2030-01-01T09:00:00.000Z" },
    },
    {
      path: p("bulk"),
      type: "mutation",
      summary: `Publishes, unpublishes or archives up to 100 ${noun}s; each is checked and reported on its own.`,
      example: { action: "publish", items: [{ id: ID[domain], expectedVersion: 3 }] },
    },
    {
      path: p("purge"),
      type: "mutation",
      summary: `Deletes ${a(noun)} in the trash for good, with its revisions (the audit log keeps a copy).`,
      example: action(domain),
    },
  ];
}

interface DeclaredProcedure {
  _def: {
    type: "query" | "mutation";
    meta?: ProcedureMeta;
    inputs: z.ZodType[];
    output?: z.ZodType;
  };
}

/**
 * The procedures that declare their docs where they are built (`.meta({ docs })`: each
 * collection's public reads), in the router's order, with the schemas they validate with.
 */
function declaredEntries(): DocText[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, DeclaredProcedure>;
  return Object.entries(procedures).flatMap(([path, { _def }]) =>
    _def.meta?.docs
      ? [{ path, type: _def.type, ..._def.meta.docs, input: _def.inputs[0], output: _def.output }]
      : [],
  );
}

const ENTRIES: readonly DocText[] = [
  ...declaredEntries(),
  {
    path: "search.query",
    type: "query",
    summary: "Full-text search over published events, sources, topics and actors, with snippets.",
    example: { q: "Zhanaozen", limit: 5 },
    input: searchQueryInput,
    output: searchQueryOutput,
  },
  {
    path: "changes.since",
    type: "query",
    summary:
      "What was published, updated, unpublished or deleted after a cursor, oldest first: for mirrors.",
    details:
      "Start without a cursor (the feed holds every change since the start, the seeded record included), apply the items, keep `nextCursor`, and ask again with it; repeat while `hasMore`. `published`/`updated`: fetch the record by its slug (ratings: `rating.list` of the series, the slug being `<series>-<year>`); `unpublished`/`deleted`: drop it by id. A change to a source, topic, place or actor also marks the public records that show it (events; for sources also topics and ratings) as `updated`. Lists embedded in detail pages (a topic's events, an event's related events) are not propagated: rebuild them from the events you mirror.",
    example: { cursor: "0", limit: 100 },
    input: changesSinceInput,
    output: changesSinceOutput,
  },

  // ── Editing (admin URL, session or token) ──
  ...COLLECTIONS.flatMap((c) => adminEntries(c.noun)),
  {
    path: "rating.admin.seriesList",
    type: "query",
    summary: "The rating series with their ids (which `rating.admin.list` and the import take).",
  },
  {
    path: "rating.importPreview",
    type: "mutation",
    summary:
      "Checks CSV rows for a series and says what an import would create, update or leave unchanged; writes nothing.",
    example: {
      seriesId: ID.series,
      csv: "year,politicalRights,civilLiberties,status\n2024,7,5,Not Free",
    },
  },
  {
    path: "rating.importCommit",
    type: "mutation",
    summary:
      "Imports CSV rows as drafts (new years) or pending changes (published years), each citing `sourceId`.",
    example: {
      seriesId: ID.series,
      sourceId: ID.source,
      csv: "year,politicalRights,civilLiberties,status\n2024,7,5,Not Free",
    },
  },
  {
    path: "revision.list",
    type: "query",
    summary: "A record's saved versions, newest first.",
    example: { entityType: "EVENT", entityId: ID.event },
  },
  {
    path: "revision.get",
    type: "query",
    summary: "One revision with the whole record as it was saved.",
    example: { id: ID.revision },
  },
  {
    path: "revision.diff",
    type: "query",
    summary: "What changed between two revisions of a record, field by field.",
    example: { a: ID.revision, b: "cm3k2x0a10000rev00000002" },
  },
  {
    path: "revision.restore",
    type: "mutation",
    summary:
      "Saves an old revision's content as the record's next version (published records: as pending changes).",
    example: { revisionId: ID.revision, expectedVersion: 7 },
  },
  {
    path: "preview.createToken",
    type: "mutation",
    summary: "A signed, short-lived link token to preview an unpublished event (`event.preview`).",
    example: { entityType: "EVENT", id: ID.event },
  },
  {
    path: "translation.progress",
    type: "query",
    summary:
      "Per language (ru, kk) and translatable kind: published records, how many are translated, how many outdated.",
  },
  {
    path: "translation.list",
    type: "query",
    summary:
      "A kind's records with where their translation into a language stands (missing, draft, outdated, published); by default those that need work.",
    example: { entityType: "EVENT", locale: "ru", show: "needs" },
  },
  {
    path: "translation.get",
    type: "query",
    summary:
      "One record's translated fields in a language: the English now, the English the translation was made from when it changed since, and the translation.",
    example: { entityType: "EVENT", recordId: ID.event, locale: "ru" },
  },
  {
    path: "translation.save",
    type: "mutation",
    summary:
      "Saves translated fields as a draft, each made from the English it has now (saving one unchanged confirms it still fits); a stale `expectedVersion` is CONFLICT.",
    example: {
      entityType: "EVENT",
      recordId: ID.event,
      locale: "ru",
      fields: [{ field: "title", text: "Забастовки нефтяников в Жанаозене", expectedVersion: 1 }],
    },
  },
  {
    path: "translation.publish",
    type: "mutation",
    summary:
      "Publishes a record's translation into a language, marked reviewed or not; refused while a field was translated from an older English.",
    example: { entityType: "EVENT", recordId: ID.event, locale: "ru", reviewed: true },
  },
  {
    path: "dashboard.summary",
    type: "query",
    summary: "Counts by workflow state, what waits for review, and recent activity.",
  },
  {
    path: "review.inbox",
    type: "query",
    summary:
      "The caller's inbox: records in review asked of them (or of any editor, for editors), and their own records sent back with changes requested and the reviewer's note.",
  },
  {
    path: "review.ofRecord",
    type: "query",
    summary:
      "A record's review hand-off while it waits: whom it asks, or the changes requested with the note; null otherwise.",
    example: { entityType: "EVENT", id: ID.event },
  },
  {
    path: "review.reviewers",
    type: "query",
    summary: "The active editors and admins a submit can ask to review.",
  },
  {
    path: "source.admin.needingWork",
    type: "query",
    summary:
      "Sources needing work: no web address, an address whose latest check failed, or no archived copy.",
    example: { limit: 20 },
  },
  {
    path: "me.get",
    type: "query",
    summary:
      "Who the caller acts as: for a token, its owner with the role the token's scopes allow.",
  },
  {
    path: "audit.list",
    type: "query",
    summary: "The audit log, newest first, filtered by actor, action, record or time.",
    example: { action: "login.", limit: 50 },
  },
  {
    path: "audit.export",
    type: "query",
    summary:
      "Every audit entry the same filters match, newest first, up to 10 000 (`truncated` says there were more): the admin's CSV download.",
    example: { action: "event.", from: "2026-01-01T00:00:00Z" },
  },

  // ── Accounts: the admin's own pages only ──
  {
    path: "me.changePassword",
    type: "mutation",
    summary:
      "Changes the signed-in user's password, ends their sessions and revokes their API tokens.",
    example: { currentPassword: "…", newPassword: "a long new passphrase" },
  },
  {
    path: "me.dismissSignInNotice",
    type: "mutation",
    summary:
      "Says the signed-in user has read the notice of failed sign-in attempts and lockouts on their account since their last sign-in (the count they read: a notice that has grown since stays).",
    example: { failedAttempts: 3 },
  },
  {
    path: "token.list",
    type: "query",
    summary: "The signed-in user's API tokens, with scopes, expiry and last use.",
  },
  {
    path: "token.create",
    type: "mutation",
    summary:
      "Creates an API token; the secret (`kzr_…`) is in the answer once and is stored only as a hash. It expires in 90 days unless `expiresAt` says otherwise (at most a year).",
    example: { name: "Nightly import", scopes: ["write"], expiresAt: "2026-12-31T00:00:00.000Z" },
  },
  {
    path: "token.revoke",
    type: "mutation",
    summary: "Revokes one of the signed-in user's tokens, at once.",
    example: { id: ID.token },
  },
  {
    path: "token.dismissNotices",
    type: "mutation",
    summary:
      "Says the signed-in user knows of these new tokens of theirs, shown to them after sign-in since another session made them.",
    example: { ids: [ID.token] },
  },
  {
    path: "token.admin.list",
    type: "query",
    summary: "Every user's API tokens, newest first: by owner, working ones only unless asked.",
    example: { state: "active", limit: 50 },
  },
  {
    path: "token.admin.revoke",
    type: "mutation",
    summary: "Revokes any user's token, at once.",
    example: { id: ID.token },
  },
  {
    path: "user.list",
    type: "query",
    summary: "Users, filtered by name, role or whether active.",
    example: { role: "EDITOR" },
  },
  {
    path: "user.create",
    type: "mutation",
    summary: "Creates a user with a random password, shown once.",
    example: { email: "editor@example.org", name: "An Editor", role: "EDITOR" },
  },
  {
    path: "user.update",
    type: "mutation",
    summary: "Changes a user's name or role.",
    example: { id: ID.user, role: "CONTRIBUTOR" },
  },
  {
    path: "user.deactivate",
    type: "mutation",
    summary:
      "Deactivates a user: their sessions end and their tokens are revoked (activating again restores neither).",
    example: { id: ID.user },
  },
  {
    path: "user.activate",
    type: "mutation",
    summary: "Reactivates a user.",
    example: { id: ID.user },
  },
  {
    path: "user.resetPassword",
    type: "mutation",
    summary:
      "Sets a new random password for a user, shown once; their sessions end and their tokens are revoked.",
    example: { id: ID.user },
  },
];

/** Every procedure, in the order the docs list them, with who may call it. */
export const API_CATALOG: readonly ProcedureDoc[] = ENTRIES.map((entry) => ({
  ...entry,
  access: accessOf(entry.path),
}));

/** The public (reader) procedures, in the order the docs list them. */
export const PUBLIC_API_CATALOG = API_CATALOG.filter((p) => p.access === "public");

/** The sections of the reference, by path prefix, in order. */
export const API_SECTIONS: readonly { title: string; match: (p: ProcedureDoc) => boolean }[] = [
  { title: "Reading the public record", match: (p) => p.access === "public" },
  {
    title: "Editing (admin URL)",
    match: (p) => p.access !== "public" && p.access !== "session" && p.access !== "sessionAdmin",
  },
  {
    title: "Accounts (the admin's own pages; not with tokens)",
    match: (p) => p.access === "session" || p.access === "sessionAdmin",
  },
];
