// The public site accepts at most this many tags per call (apps/web POST /api/revalidate).
const TAGS_PER_CALL = 100;

/** How long after a change its tags are expired a second time (see siteRevalidator). */
export const SETTLE_MS = 1_000;

/**
 * A `revalidate` function for the tRPC context and the job worker: asks the public site to expire
 * these cache tags at once, authenticated with the shared secret; then once more a moment later.
 * A page that read the database just before the change was committed can finish, and store what
 * it read, after the first expiry: the site's in-memory cache cannot tell that result is older
 * (the shared cache can: packages/next-cache). The second expiry drops it.
 */
export function siteRevalidator(siteUrl: string, secret: string) {
  const send = async (tags: string[]): Promise<void> => {
    for (let i = 0; i < tags.length; i += TAGS_PER_CALL) {
      const response = await fetch(new URL("/api/revalidate", siteUrl), {
        method: "POST",
        headers: { "Content-Type": "application/json", Authorization: `Bearer ${secret}` },
        body: JSON.stringify({ tags: tags.slice(i, i + TAGS_PER_CALL) }),
        signal: AbortSignal.timeout(5_000),
      });
      if (!response.ok) throw new Error(`the public site answered ${response.status}`);
    }
  };
  return async (tags: string[]): Promise<void> => {
    await send(tags);
    // A failure here changes nothing the first expiry did not already do: nothing to report.
    setTimeout(() => send(tags).catch(() => undefined), SETTLE_MS).unref();
  };
}
