import { checkSourceUrls, publishDue, siteRevalidator } from "@kz/api";
import { createDb } from "@kz/db";
import { DEFAULT_STATEMENT_TIMEOUT_MS } from "@kz/db/config";
import { startWorker, type RunningWorker } from "@kz/jobs";

import { dim, info, yellow } from "./ui";

/**
 * Scheduled publishing: every 15 s the worker publishes what is due, then expires the public
 * site's cached pages for it. Source health: once a day it checks every source's address. The queue lives in Postgres, so schedules survive restarts.
 */
export async function startJobs(
  databaseUrl: string,
  siteUrl: string,
  revalidateSecret: string,
  isStopping: () => boolean,
): Promise<RunningWorker> {
  const db = createDb(databaseUrl, { max: 2 });
  const revalidate = siteRevalidator(siteUrl, revalidateSecret);
  const worker = await startWorker({
    databaseUrl,
    statementTimeoutMillis: DEFAULT_STATEMENT_TIMEOUT_MS,
    log: {
      info: (message) => info(dim(`[jobs] ${message}`)),
      // Ctrl-C reaches the embedded Postgres too, which may drop the queue's connections before the
      // worker is stopped: errors are expected then, and only noise.
      error: (message, error) => {
        if (isStopping()) return;
        info(yellow(`[jobs] ${message}${error instanceof Error ? `: ${error.message}` : ""}`));
      },
    },
    tasks: {
      publishDue: async (now) => {
        const report = await publishDue(db, now, { revalidate });
        if (report.published.length)
          info(`[jobs] published ${report.published.length} scheduled record(s)`);
      },
      // Once a day: each source's address, with no network recorded as unreachable (issue 12).
      checkSources: async () => {
        const { checked, byResult } = await checkSourceUrls(db);
        info(dim(`[jobs] checked ${checked} source address(es): ${JSON.stringify(byResult)}`));
      },
    },
  });
  return {
    stop: async () => {
      await worker.stop();
      await db.$disconnect();
    },
  };
}
