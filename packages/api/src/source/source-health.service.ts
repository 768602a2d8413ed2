import type { Db, Prisma, SourceCheckResult } from "@kz/db";

export interface SourceCheckOptions {
  /** How long one address may take to answer, in ms (default 15 s). */
  timeoutMs?: number;
  /** How many addresses are checked at once (default 4). */
  concurrency?: number;
  now?: () => Date;
}

export interface SourceCheckReport {
  checked: number;
  byResult: Record<SourceCheckResult, number>;
}

type Check = Omit<Prisma.SourceCheckCreateManyInput, "sourceId" | "url" | "checkedAt">;

/** Why nothing answered, in words an editor can act on. */
function reasonOf(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError"))
    return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  const cause = error instanceof Error ? (error.cause as { code?: string } | undefined) : undefined;
  if (cause?.code === "ENOTFOUND" || cause?.code === "EAI_AGAIN") return "the host name is unknown";
  if (cause?.code === "ECONNREFUSED") return "the connection was refused";
  return cause?.code ?? (error instanceof Error ? error.message : String(error));
}

/**
 * One address, asked once: redirects followed, the body not read. No retry: the next run is the
 * retry, so a machine with no network records each address as unreachable once per run.
 */
async function checkUrl(url: string, timeoutMs: number): Promise<Check> {
  try {
    const response = await fetch(url, {
      redirect: "follow",
      signal: AbortSignal.timeout(timeoutMs),
      headers: { "user-agent": "kz-rights-monitor source check" },
    });
    await response.body?.cancel().catch(() => undefined);
    const result: SourceCheckResult = !response.ok
      ? "BROKEN"
      : response.redirected
        ? "REDIRECTED"
        : "OK";
    return { result, httpStatus: response.status, finalUrl: response.url || url, error: null };
  } catch (error) {
    return {
      result: "UNREACHABLE",
      httpStatus: null,
      finalUrl: null,
      error: reasonOf(error, timeoutMs),
    };
  }
}

/**
 * The scheduled source-health run: checks the address of every source not in the trash and
 * records, for each, what answered, where the redirects ended and when (SourceCheck). Never
 * throws for an address that fails; only the database can fail a run.
 */
export async function checkSourceUrls(
  db: Db,
  options: SourceCheckOptions = {},
): Promise<SourceCheckReport> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const now = options.now ?? (() => new Date());
  const sources = await db.source.findMany({
    where: { url: { not: null }, deletedAt: null },
    orderBy: { id: "asc" },
    select: { id: true, url: true },
  });
  const checks: Prisma.SourceCheckCreateManyInput[] = [];
  let next = 0;
  const worker = async () => {
    while (next < sources.length) {
      const { id, url } = sources[next++]!;
      const check = await checkUrl(url!, timeoutMs);
      checks.push({ sourceId: id, url: url!, checkedAt: now(), ...check });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));
  await db.sourceCheck.createMany({ data: checks });
  const byResult = { OK: 0, REDIRECTED: 0, BROKEN: 0, UNREACHABLE: 0 };
  for (const c of checks) byResult[c.result]++;
  return { checked: checks.length, byResult };
}
