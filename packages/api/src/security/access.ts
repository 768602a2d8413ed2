// Who may call a procedure: declared once per procedure, by the base procedure it is built on
// (trpc.ts, `.meta({ access })`), and read from there by the docs, the authorisation matrix
// (security/access-table.ts) and the docs' sections. Client-safe: a type only.

/**
 * Who may call a procedure.
 * - public: anyone, on either app's `/api/trpc`; published records only.
 * - drafts: a signed-in session, or a token with `read:drafts` (admin URL).
 * - viewer: a signed-in session or any token (admin URL).
 * - contributor / editor / admin: that role or higher; a token needs `write`, and acts with its
 *   owner's role.
 * - contributorDrafts: contributor, for an action whose result reveals a draft; a token also needs
 *   `read:drafts`.
 * - session / sessionAdmin: the admin's own pages only; tokens are refused (FORBIDDEN).
 */
export type ProcedureAccess =
  | "public"
  | "drafts"
  | "viewer"
  | "contributor"
  | "contributorDrafts"
  | "editor"
  | "admin"
  | "session"
  | "sessionAdmin";
