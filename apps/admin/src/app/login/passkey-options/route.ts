import { apiLimitsOf, beginPasskeyAuthentication, spendSignInAttempt } from "@kz/api";
import { refuseCrossSite } from "@kz/api/security";

import { env } from "../../../env";
import { relyingParty } from "../../../server/auth";
import { clientIp } from "../../../server/client-ip";
import { db } from "../../../server/db";

/**
 * WebAuthn options for "Sign in with a passkey" and for a passkey as the second step: a challenge
 * kept on the server for five minutes, for any passkey of this site (the page names no account).
 * Each counts as a sign-in attempt from the address, so no one can fill the table with challenges.
 */
async function passkeyOptions(request: Request): Promise<Response> {
  const ip = clientIp(request.headers.get("x-forwarded-for"));
  const attempt = await spendSignInAttempt(db, "(passkey)", ip, apiLimitsOf(env));
  if (!attempt.allowed) {
    return Response.json(
      { error: "rate_limited" },
      { status: 429, headers: { "Retry-After": String(attempt.retryAfterSeconds) } },
    );
  }
  const options = await beginPasskeyAuthentication(db, relyingParty(), null);
  return Response.json(options, { headers: { "Cache-Control": "no-store" } });
}

export const POST = refuseCrossSite(passkeyOptions, [env.ADMIN_URL]);
