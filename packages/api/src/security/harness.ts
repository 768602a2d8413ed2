// The API as a client reaches it, for the security tests: the production route handler
// (createApiHandler, tRPC's fetch adapter, superjson, the rate limiter), fed plain `Request`s, with
// every kind of caller — nobody, a session of each role, and API tokens of each scope.
import type { Db, Role } from "@kz/db";

import type { CurrentUser } from "../current-user";
import { identifyCaller } from "../auth/identify-caller";
import { userForSession } from "../auth/login.service";
import { startSession } from "../auth/sessions";
import { createContext, type Context } from "../context";
import { defaultApiLimits } from "../ratelimit/config";
import { createApiHandler, TRPC_ENDPOINT } from "../ratelimit/handler";
import { makeUsers, PREVIEW_SECRET } from "../testing/admin-caller";
import type { TokenScope } from "../token/scopes";
import { createToken, revokeToken } from "../token/token.service";

const SITE = "http://localhost";

/**
 * Stands in for the admin's next-auth session cookie, which needs Next to read: the route handler
 * below treats these headers as the session (a row made by makeIdentities, as a sign-in makes one)
 * of the user with this id, signed in now, and checks it as the admin does (userForSession).
 * Everything else is production code.
 */
const SESSION_HEADER = "x-test-session-user";
/** The session row a sign-in of that user made (makeIdentities). */
const SESSION_ID_HEADER = "x-test-session-id";

/** API tokens the tests mint: whose they are and which scopes they carry. */
const TOKENS = {
  /** An admin's token with no scope: reads what any viewer may, no drafts. */
  bareToken: { owner: "ADMIN", scopes: [] },
  /** The read-only token: an admin's, allowed to read drafts, never to write. */
  readToken: { owner: "ADMIN", scopes: ["read:drafts"] },
  /** The write token: an admin's, writing with its owner's role, without reading drafts. */
  writeToken: { owner: "ADMIN", scopes: ["write"] },
  /** An admin's token with every scope. */
  fullToken: { owner: "ADMIN", scopes: ["write", "read:drafts"] },
  /** A contributor's token with every scope: never more than its owner may. */
  contributorToken: { owner: "CONTRIBUTOR", scopes: ["write", "read:drafts"] },
  /** An admin's token with every scope, revoked: as good as no token, and refused. */
  revokedToken: { owner: "ADMIN", scopes: ["write", "read:drafts"] },
} as const satisfies Record<string, { owner: Role; scopes: TokenScope[] }>;

type TokenIdentity = keyof typeof TOKENS;
type TokenTemplate = (typeof TOKENS)[TokenIdentity];

export const IDENTITIES = [
  "anonymous",
  "VIEWER",
  "CONTRIBUTOR",
  "EDITOR",
  "ADMIN",
  ...(Object.keys(TOKENS) as TokenIdentity[]),
] as const;
export type Identity = (typeof IDENTITIES)[number];

/** The request headers that make a request come from each identity. */
export type IdentityHeaders = Record<Identity, Record<string, string>>;

/** A user per role, and the tokens above (minted and revoked through the token service). */
export async function makeIdentities(db: Db): Promise<IdentityHeaders> {
  const users = await makeUsers(db);
  const headers: Partial<IdentityHeaders> = { anonymous: {} };
  for (const role of ["VIEWER", "CONTRIBUTOR", "EDITOR", "ADMIN"] as const) {
    const sessionId = await startSession(db, { userId: users[role].id, ip: null, now: new Date() });
    headers[role] = { [SESSION_HEADER]: users[role].id, [SESSION_ID_HEADER]: sessionId };
  }
  for (const [name, spec] of Object.entries(TOKENS) as [TokenIdentity, TokenTemplate][]) {
    const owner = users[spec.owner];
    const origin = { ip: null };
    const created = await createToken(db, { name, scopes: [...spec.scopes] }, owner, origin);
    if (name === "revokedToken") await revokeToken(db, { id: created.id }, owner, origin);
    headers[name] = { authorization: `Bearer ${created.token}` };
  }
  return headers as IdentityHeaders;
}

/** No test identity runs into a rate limit; the batch-size cap stays at its production value. */
const NO_RATE_LIMITS = {
  ...defaultApiLimits(),
  public: { points: 1_000_000, windowSeconds: 60 },
  publicGlobal: { points: 1_000_000, windowSeconds: 60 },
  token: { points: 1_000_000, windowSeconds: 60 },
};

/**
 * The admin's `/api/trpc` handler (apps/admin/src/server/context.ts), identifying callers with the
 * same `identifyCaller`; only the session comes from the test header instead of the cookie.
 */
export function adminApiHandler(db: Db): (req: Request) => Promise<Response> {
  const contextFor = (user: CurrentUser | null, ip: string | null): Context =>
    createContext({ db, user, ip, siteUrl: SITE, previewSecret: PREVIEW_SECRET });
  const resignedIn = new Map<string, string>();
  return createApiHandler({
    db,
    limits: NO_RATE_LIMITS,
    identify: (req, ip) =>
      identifyCaller(req, ip, {
        db,
        contextFor,
        sessionUser: async () => {
          const userId = req.headers.get(SESSION_HEADER);
          const sessionId = req.headers.get(SESSION_ID_HEADER);
          if (!userId || !sessionId) return null;
          // Signed in now, as far as a password change is concerned; the row must still live. Once
          // a call has ended it (me.endAllSessions), the user signs in again: a new row.
          const claims = { userId, sessionId: resignedIn.get(sessionId) ?? sessionId };
          const user = await userForSession(db, { ...claims, authenticatedAt: Date.now() });
          if (user) return user;
          const again = await startSession(db, { userId, ip: null, now: new Date() });
          resignedIn.set(sessionId, again);
          return userForSession(db, { userId, sessionId: again, authenticatedAt: Date.now() });
        },
      }),
  });
}

/** One HTTP request to `/api/trpc/<path>`: the query string and body exactly as given. */
export interface RawCall {
  /** GET for queries, POST for mutations; anything else is refused. */
  method: string;
  /** Procedure path(s) after the endpoint, e.g. `event.list` or `event.list,topic.list`. */
  path: string;
  /** Query parameters, e.g. `{ input: '{"json":…}' }` or `{ batch: "1", input: … }`. */
  query?: Record<string, string>;
  /** The query string as sent, percent-escapes and all (instead of `query`). */
  rawQuery?: string;
  /** Sent byte for byte: a string is UTF-8, bytes go as they are (invalid UTF-8 included). */
  body?: string | Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
}

export interface RawResponse {
  status: number;
  /** The tRPC error code of a single call's error (or the first of a batch), when there is one. */
  code: string | undefined;
  text: string;
}

/** Sends a raw call through the handler; a status of 0 means the handler itself threw. */
export async function sendRaw(
  handler: (req: Request) => Promise<Response>,
  call: RawCall,
  identity: Record<string, string> = {},
): Promise<RawResponse> {
  const url = new URL(`${SITE}${TRPC_ENDPOINT}/${call.path}`);
  for (const [key, value] of Object.entries(call.query ?? {})) url.searchParams.set(key, value);
  if (call.rawQuery !== undefined) url.search = call.rawQuery;
  const request = new Request(url, {
    method: call.method,
    headers: { "content-type": "application/json", ...identity, ...call.headers },
    ...(call.body !== undefined ? { body: call.body } : {}),
  });
  let response: Response;
  try {
    response = await handler(request);
  } catch (error) {
    return { status: 0, code: undefined, text: String(error) };
  }
  const text = await response.text();
  return { status: response.status, code: errorCodeOf(text), text };
}

function errorCodeOf(text: string): string | undefined {
  try {
    const json = JSON.parse(text) as ErrorBody | ErrorBody[];
    const first = Array.isArray(json) ? json[0] : json;
    return first?.error?.json?.data?.code;
  } catch {
    return undefined;
  }
}

interface ErrorBody {
  error?: { json?: { data?: { code?: string } } };
}

/** A procedure call with a plain-JSON input in superjson's envelope, as @kz/client sends it. */
export function callOf(path: string, type: string, input: unknown): RawCall {
  const envelope = input === undefined ? undefined : JSON.stringify({ json: input });
  if (type === "mutation") return { method: "POST", path, body: envelope ?? "" };
  return { method: "GET", path, query: envelope === undefined ? {} : { input: envelope } };
}

/** The router's procedures, by path, as tRPC keeps them. */
export interface RouterProcedure {
  _def: { type: "query" | "mutation" | "subscription"; inputs: unknown[] };
}
