import PgBoss from "pg-boss";

/** The queue a due-publishing run goes through. */
export const PUBLISH_DUE_QUEUE = "publish-due";
/** The queue a source-health run (every source's address checked) goes through. */
export const SOURCE_CHECK_QUEUE = "source-check";

export interface JobLog {
  info: (message: string) => void;
  error: (message: string, error?: unknown) => void;
}

export interface WorkerTasks {
  /** Publishes every record whose publishAt is at or before `now`. Must be safe to run twice. */
  publishDue: (now: Date) => Promise<unknown>;
  /** Checks every source's address and records the outcome; one run per `sourceCheckIntervalSeconds`. */
  checkSources?: (now: Date) => Promise<unknown>;
}

export interface StartWorkerOptions {
  databaseUrl: string;
  log: JobLog;
  tasks: WorkerTasks;
  /** How often publishDue runs across all workers on this database, in whole seconds (default 15). */
  intervalSeconds?: number;
  /** How often checkSources runs across all workers, in whole seconds (default a day). */
  sourceCheckIntervalSeconds?: number;
  /** How often the worker looks for a queued run, in seconds (default 2, at least 0.5). */
  pollingIntervalSeconds?: number;
  /** The Postgres schema the queue keeps its tables in (default "pgboss"); see prepareJobQueue. */
  schema?: string;
  /** The longest one of the queue's statements may run, in ms (createDb's); default none. */
  statementTimeoutMillis?: number;
}

export interface RunningWorker {
  /** Stops polling, waits for a run in progress, and closes every connection and timer. */
  stop: () => Promise<void>;
}

/** What pg's pool gets besides pg-boss's own options (whose types do not list these). */
const poolTimeouts = (statementTimeoutMillis: number | undefined): object => ({
  connectionTimeoutMillis: 5_000,
  ...(statementTimeoutMillis
    ? { statement_timeout: statementTimeoutMillis, query_timeout: statementTimeoutMillis + 1_000 }
    : {}),
});

const DEFAULT_SCHEMA = "pgboss";

// What every pg-boss instance of ours shares.
const bossOptions = (databaseUrl: string, schema: string | undefined) => ({
  connectionString: databaseUrl,
  schema: schema ?? DEFAULT_SCHEMA,
  application_name: "kz-jobs",
  max: 2,
});

/**
 * Creates (or upgrades) the queue's schema and its queue: tables and partitions, so DDL, which only
 * the database's owner may run (docs/database-roles.md). Run with migrations, before any worker
 * starts; idempotent.
 */
export async function prepareJobQueue(options: {
  databaseUrl: string;
  schema?: string;
}): Promise<void> {
  const boss = new PgBoss({
    ...bossOptions(options.databaseUrl, options.schema),
    max: 1,
    supervise: false,
    schedule: false,
  });
  await boss.start();
  try {
    // The next slot runs each again, so a failed run is recorded, not retried.
    await boss.createQueue(PUBLISH_DUE_QUEUE, {
      name: PUBLISH_DUE_QUEUE,
      retryLimit: 0,
      expireInSeconds: 300,
    });
    // A few hundred addresses, some slow to answer: up to an hour.
    await boss.createQueue(SOURCE_CHECK_QUEUE, {
      name: SOURCE_CHECK_QUEUE,
      retryLimit: 0,
      expireInSeconds: 3_600,
    });
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}

/** A task of WorkerTasks, the queue its runs go through, and how often it runs (seconds). */
interface ScheduledTask {
  queue: string;
  name: keyof WorkerTasks;
  task: (now: Date) => Promise<unknown>;
  seconds: number;
}

/**
 * Takes queued runs one at a time and records each as done or failed. Instead of pg-boss's work(),
 * which records the outcome without waiting for it: when the database goes down just then (a
 * restart), that write's rejection is unhandled and ends the process. Here every write is awaited,
 * and a failure to record is logged; the run is then expired by the queue's own maintenance.
 */
function pollQueue(
  boss: PgBoss,
  { queue, name, task }: ScheduledTask,
  intervalMs: number,
  log: JobLog,
): { stop: () => Promise<void> } {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const runOne = async (id: string) => {
    let failure: unknown = null;
    try {
      await task(new Date());
    } catch (error) {
      failure = error;
      log.error(`${name} failed`, error);
    }
    const recorded =
      failure === null
        ? boss.complete(queue, id)
        : boss.fail(queue, id, {
            message: failure instanceof Error ? failure.message : String(failure),
          });
    await recorded.catch((error: unknown) =>
      log.error("could not record the run in the job queue", error),
    );
  };
  const poll = async () => {
    try {
      for (const job of (await boss.fetch(queue, { batchSize: 1 })) ?? []) {
        await runOne(job.id);
      }
    } catch (error) {
      log.error("job queue error", error);
    }
    if (!stopped) timer = setTimeout(() => (current = poll()), intervalMs);
  };
  current = poll();
  return {
    // Waits for a run in progress, as long as pg-boss's own stop() would (30 s).
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      let waited: NodeJS.Timeout | undefined;
      await Promise.race([
        current,
        new Promise((resolve) => (waited = setTimeout(resolve, 30_000))),
      ]);
      clearTimeout(waited);
    },
  };
}

/** The worker found no queue to work on: its database was never prepared. */
export class JobQueueNotPreparedError extends Error {
  constructor(schema: string) {
    super(
      `The job queue is not set up in this database (schema "${schema}"): run \`npm run db:migrate\` (or \`npm start\`) as the database's owner first.`,
    );
    this.name = "JobQueueNotPreparedError";
  }
}

/**
 * Runs `publishDue` about every `intervalSeconds` (and `checkSources`, if given, about every
 * `sourceCheckIntervalSeconds`), each through a pg-boss queue in Postgres that
 * prepareJobQueue set up: the worker itself changes no schema, so it runs as the apps' role.
 *
 * Each running worker offers a run three times per interval; pg-boss throttles them to one job per
 * interval slot for the whole database, so several app processes still publish once per slot, a
 * failed run is recorded in the queue, and a restarted worker simply offers the next one. Due items
 * are found from `publishAt` itself, so nothing is lost while no worker runs: the first run after a
 * start publishes everything that fell due meanwhile.
 */
export async function startWorker(options: StartWorkerOptions): Promise<RunningWorker> {
  const { databaseUrl, log, tasks } = options;
  const intervalSeconds = Math.max(1, Math.round(options.intervalSeconds ?? 15));
  const schema = options.schema ?? DEFAULT_SCHEMA;
  const boss = new PgBoss({
    ...bossOptions(databaseUrl, schema),
    // Checks the schema's version instead of creating or upgrading it.
    migrate: false,
    // As createDb's: a hung database fails the job queue's queries instead of stalling it.
    ...poolTimeouts(options.statementTimeoutMillis),
    // No cron: the throttled runs below replace it, and this saves pg-boss's own timers.
    schedule: false,
    // About 6,000 runs a day: keep finished ones an hour, archived ones a day.
    archiveCompletedAfterSeconds: 3_600,
    deleteAfterDays: 1,
  });
  boss.on("error", (error) => log.error("job queue error", error));

  try {
    await boss.start();
  } catch (error) {
    // stop() does nothing for an instance that never started, so close its pool here.
    const pool = boss.getDb() as { opened?: boolean; close?: () => Promise<void> };
    if (pool.opened) await pool.close?.().catch(() => undefined);
    // pg-boss's own words when its schema is missing or older than this version of it.
    const message = error instanceof Error ? error.message : "";
    throw /is not installed|requires migrations/.test(message)
      ? new JobQueueNotPreparedError(schema)
      : error;
  }
  const queues: ScheduledTask[] = [
    {
      queue: PUBLISH_DUE_QUEUE,
      name: "publishDue",
      task: tasks.publishDue,
      seconds: intervalSeconds,
    },
    ...(tasks.checkSources
      ? [
          {
            queue: SOURCE_CHECK_QUEUE,
            name: "checkSources" as const,
            task: tasks.checkSources,
            seconds: Math.max(1, Math.round(options.sourceCheckIntervalSeconds ?? 86_400)),
          },
        ]
      : []),
  ];
  try {
    for (const { queue } of queues)
      if (!(await boss.getQueue(queue))) throw new JobQueueNotPreparedError(schema);
  } catch (error) {
    await boss.stop({ graceful: false, wait: true });
    throw error;
  }
  const pollingMs = Math.max(0.5, options.pollingIntervalSeconds ?? 2) * 1000;
  const running = queues.map((scheduled) => {
    const { queue, name, seconds } = scheduled;
    const polling = pollQueue(boss, scheduled, pollingMs, log);
    let offering: Promise<unknown> = Promise.resolve();
    const offerRun = () => {
      offering = boss
        .sendThrottled(queue, {}, {}, seconds)
        .catch((error: unknown) => log.error(`could not queue ${name}`, error));
    };
    offerRun();
    const timer = setInterval(offerRun, (seconds * 1000) / 3);
    return {
      stop: async () => {
        clearInterval(timer);
        await offering;
        await polling.stop();
      },
    };
  });
  log.info(`job worker started: ${queues.map((q) => `${q.name} every ${q.seconds}s`).join(", ")}`);

  let stopping: Promise<void> | undefined;
  return {
    stop: () =>
      (stopping ??= (async () => {
        await Promise.all(running.map((r) => r.stop()));
        await boss.stop({ graceful: true, wait: true, timeout: 30_000 });
        log.info("job worker stopped");
      })()),
  };
}
