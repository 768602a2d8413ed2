import { z } from "zod";

import { TOKEN_SCOPES } from "./scopes";

export const tokenScopeInput = z.enum(TOKEN_SCOPES);

export const tokenCreateInput = z.object({
  name: z.string().trim().min(1, "Name the token").max(100),
  scopes: z
    .array(tokenScopeInput)
    .max(10)
    .transform((scopes) => [...new Set(scopes)].sort()),
  /** Optional; the token stops working at this moment. Must be in the future. */
  expiresAt: z.coerce.date().optional(),
});
export type TokenCreateInput = z.infer<typeof tokenCreateInput>;

export const tokenIdInput = z.object({ id: z.string().min(1).max(64) });
export type TokenIdInput = z.infer<typeof tokenIdInput>;

export const tokenOutput = z.object({
  id: z.string(),
  name: z.string(),
  /** Recognises the token: it starts with `kzr_<prefix>_`. */
  prefix: z.string(),
  scopes: z.array(z.string()),
  expiresAt: z.date().nullable(),
  revokedAt: z.date().nullable(),
  lastUsedAt: z.date().nullable(),
  createdAt: z.date(),
});
export type TokenOutput = z.infer<typeof tokenOutput>;

/** The caller's own tokens, newest first. */
export const tokenListOutput = z.array(tokenOutput);
export type TokenListOutput = z.infer<typeof tokenListOutput>;

/** The new token with its secret, which is shown this once and never again. */
export const tokenCreateOutput = tokenOutput.extend({ token: z.string() });
export type TokenCreateOutput = z.infer<typeof tokenCreateOutput>;
