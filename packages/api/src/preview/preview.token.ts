import { createHmac, timingSafeEqual } from "node:crypto";

import { AppError } from "../errors";

export const PREVIEW_TTL_MS = 10 * 60 * 1000;

export interface PreviewClaims {
  entityType: "EVENT";
  id: string;
  /** Expiry, in milliseconds since the epoch. */
  exp: number;
}

function requireSecret(secret: string | undefined): string {
  if (!secret)
    throw new AppError(
      "SERVICE_UNAVAILABLE",
      "Preview is not configured on this server (no preview secret)",
    );
  return secret;
}

const mac = (secret: string, payload: string) =>
  createHmac("sha256", secret).update(payload, "utf8").digest();

/** `<payload>.<signature>`, both base64url: the payload says what may be previewed until when. */
export function signPreviewToken(
  secret: string | undefined,
  claims: Omit<PreviewClaims, "exp">,
  now: Date = new Date(),
): { token: string; expiresAt: Date } {
  const key = requireSecret(secret);
  const exp = now.getTime() + PREVIEW_TTL_MS;
  const payload = Buffer.from(JSON.stringify({ ...claims, exp }), "utf8").toString("base64url");
  return {
    token: `${payload}.${mac(key, payload).toString("base64url")}`,
    expiresAt: new Date(exp),
  };
}

/**
 * The claims of a token this server signed that has not expired, else null. The signature is
 * checked in constant time before the payload is read.
 */
export function verifyPreviewToken(
  secret: string | undefined,
  token: string,
  now: Date = new Date(),
): PreviewClaims | null {
  const key = requireSecret(secret);
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = mac(key, payload);
  const given = Buffer.from(signature, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as PreviewClaims;
    if (claims.entityType !== "EVENT" || typeof claims.id !== "string") return null;
    if (typeof claims.exp !== "number" || claims.exp <= now.getTime()) return null;
    return claims;
  } catch {
    return null;
  }
}
