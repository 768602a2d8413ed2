// Who gets past authorisation, declared once. Each procedure's access class is the one the API
// catalog documents (docs/catalog.ts: one entry per procedure, checked against the router); this
// table says what that class means for every kind of caller. The authorisation matrix test holds
// the router to the product of the two.
import type { ProcedureAccess } from "./access";
import { IDENTITIES, type Identity } from "./harness";

/** ok: the call got past authorisation (it may still fail on its input); 401/403: refused. */
export type Outcome = "ok" | "UNAUTHORIZED" | "FORBIDDEN";

const o = "ok";
const U = "UNAUTHORIZED";
const F = "FORBIDDEN";

/** One outcome per identity, in the order of IDENTITIES. */
type RowOf<T extends readonly unknown[]> = { -readonly [K in keyof T]: Outcome };
type Row = RowOf<typeof IDENTITIES>;

// Columns: the identities of harness.ts. Tokens are an ADMIN's unless named otherwise; a token
// without `write` acts as a VIEWER, with it as its owner; drafts need a session or `read:drafts`;
// a revoked token is refused whatever it once allowed.
// prettier-ignore
const TABLE: Record<ProcedureAccess, Row> = {
  //                  anon VIEWER CONTRIB EDITOR ADMIN bare read write full contribToken revoked
  public:             [o,  o,     o,      o,     o,    o,   o,   o,    o,   o,           U],
  drafts:             [U,  o,     o,      o,     o,    F,   o,   F,    o,   o,           U],
  viewer:             [U,  o,     o,      o,     o,    o,   o,   o,    o,   o,           U],
  contributor:        [U,  F,     o,      o,     o,    F,   F,   o,    o,   o,           U],
  contributorDrafts:  [U,  F,     o,      o,     o,    F,   F,   F,    o,   o,           U],
  editor:             [U,  F,     F,      o,     o,    F,   F,   o,    o,   F,           U],
  admin:              [U,  F,     F,      F,     o,    F,   F,   o,    o,   F,           U],
  session:            [U,  o,     o,      o,     o,    F,   F,   F,    F,   F,           U],
  sessionAdmin:       [U,  F,     F,      F,     o,    F,   F,   F,    F,   F,           U],
};

/** What `identity` gets from a procedure of this access class. */
export function expectedOutcome(access: ProcedureAccess, identity: Identity): Outcome {
  return TABLE[access][IDENTITIES.indexOf(identity)] as Outcome;
}
