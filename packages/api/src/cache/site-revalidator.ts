// The public site accepts at most this many tags per call (apps/web POST /api/revalidate).
const TAGS_PER_CALL = 100;

/**
 * A `revalidate` function for the tRPC context and the job worker: asks the public site to expire
 * these cache tags at once, authenticated with the shared secret.
 */
export function siteRevalidator(siteUrl: string, secret: string) {
  return async (tags: string[]): Promise<void> => {
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
}
