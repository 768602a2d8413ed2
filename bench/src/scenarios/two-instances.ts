import { randomBytes } from "node:crypto";
import net from "node:net";
import path from "node:path";

import { createClient } from "@kz/client";
import { createDb } from "@kz/db";

import { isPortFree } from "../../../scripts/lib/ports";
import { sleep, spawnApp, waitForHttp } from "../../../scripts/lib/processes";
import { startNginx } from "../lib/nginx";
import type { BenchContext, Figure, Scenario, ScenarioResult } from "../types";

/**
 * Two instances of the public site sharing their data cache through Postgres (SHARED_CACHE),
 * behind nginx with deploy/nginx.two-instances.conf, and an admin whose PUBLIC_SITE_URL is that
 * nginx: the layout of docs/scaling.md. An event's title is edited and published through the
 * admin's API with the write token, as a program or the admin's own form does. The admin's
 * revalidation call reaches one instance through nginx; the shared cache must make the new title
 * show on both, and through nginx's micro-cache.
 */

const WEB_PORTS = [3010, 3011] as const;
const ADMIN_PORT = 3012;
const PUBLISHES = 20;
/** Past this a publish counts as not shown; the figure is then the deadline itself. */
const GIVE_UP_MS = 10_000;
const POLL_EVERY_MS = 50;
const FRONT = "nginx front";

interface StartedApp {
  stop: () => Promise<void>;
  /** How the app ended, with its last output lines; null while it runs. */
  ended: () => string | null;
}

interface Layout {
  frontUrl: string;
  adminUrl: string;
  apps: StartedApp[];
  stops: (() => Promise<void>)[];
}

interface Target {
  name: string;
  pageUrl: (slug: string) => string;
  /** Visibility after each publish was sent, ms. */
  seen: number[];
  /** The same after the publish call answered (commit and revalidation done), ms. */
  afterAnswer: number[];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Math.round(sorted[Math.max(0, index)] ?? Number.NaN);
}

/** Starts `next start` for one app and waits until it answers. */
async function startApp(
  context: BenchContext,
  app: "web" | "admin",
  port: number,
  env: NodeJS.ProcessEnv,
): Promise<StartedApp> {
  const output: string[] = [];
  const started = spawnApp({
    name: `${app}:${port}`,
    command: process.execPath,
    args: [
      path.join(context.repoRoot, "node_modules/next/dist/bin/next"),
      "start",
      "--port",
      String(port),
    ],
    cwd: path.join(context.repoRoot, "apps", app),
    env,
    write: (line) => {
      output.push(line);
      if (output.length > 30) output.shift();
    },
  });
  let how: string | null = null;
  void started.exited.then((ending) => (how = ending));
  const ended = () => (how ? `${started.name} ${how}:\n${output.join("\n")}` : null);
  try {
    await waitForHttp(`http://127.0.0.1:${port}${app === "admin" ? "/login" : "/"}`, {
      timeoutMs: 90_000,
      gaveUp: ended,
    });
  } catch (error) {
    await started.stop();
    throw error;
  }
  return { stop: started.stop, ended };
}

/** Both web instances with the shared cache, the admin, and nginx in front of the instances. */
async function startLayout(context: BenchContext, layout: Layout): Promise<void> {
  for (const port of [...WEB_PORTS, ADMIN_PORT])
    if (!(await isPortFree(port)))
      throw new Error(`Port ${port} is in use: the two-instance scenario needs 3010–3012.`);
  const frontPort = await freePort();
  layout.frontUrl = `http://127.0.0.1:${frontPort}`;
  layout.adminUrl = `http://127.0.0.1:${ADMIN_PORT}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: context.databaseUrl,
    AUTH_SECRET: randomBytes(24).toString("hex"),
    REVALIDATE_SECRET: randomBytes(24).toString("hex"),
    PREVIEW_SECRET: randomBytes(24).toString("hex"),
    PUBLIC_SITE_URL: layout.frontUrl,
    ADMIN_URL: layout.adminUrl,
    NEXTAUTH_URL: layout.adminUrl,
    TRUST_PROXY: "1",
    NODE_ENV: "production",
  };

  context.log(`starting web instances on :${WEB_PORTS.join(", :")} and an admin on :${ADMIN_PORT}`);
  const started = await Promise.allSettled([
    ...WEB_PORTS.map((port) =>
      startApp(context, "web", port, { ...env, SHARED_CACHE: "postgres" }),
    ),
    startApp(context, "admin", ADMIN_PORT, env),
  ]);
  for (const result of started) {
    if (result.status === "rejected") continue;
    layout.apps.push(result.value);
    layout.stops.push(result.value.stop);
  }
  const failed = started.find((result) => result.status === "rejected");
  if (failed) throw failed.reason;

  const nginx = await startNginx({
    confPath: path.join(context.repoRoot, "deploy/nginx.two-instances.conf"),
    port: frontPort,
    upstreamPorts: [...WEB_PORTS],
    log: context.log,
  });
  layout.stops.push(nginx.stop);
}

/** Polls a page until it contains the text: the time since `since`, or GIVE_UP_MS. */
async function timeUntilShown(url: string, text: string, since: number, statuses: string[]) {
  for (;;) {
    const response = await fetch(url, { signal: AbortSignal.timeout(GIVE_UP_MS) });
    const html = await response.text();
    statuses.push(response.headers.get("x-cache-status") ?? "none");
    const elapsed = performance.now() - since;
    if (html.includes(text)) return elapsed;
    if (elapsed > GIVE_UP_MS) return GIVE_UP_MS;
    await sleep(POLL_EVERY_MS);
  }
}

function countOf(values: string[]): string {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => `${value} ${count}`).join(", ");
}

async function measure(context: BenchContext, layout: Layout): Promise<ScenarioResult> {
  const admin = createClient({ url: layout.adminUrl, token: context.apiToken });
  const [event] = (await admin.event.admin.list.query({ status: "PUBLISHED", limit: 1 })).items;
  if (!event) throw new Error("The bench database has no published event to edit.");

  const targets: Target[] = [
    ...WEB_PORTS.map((port) => ({
      name: `instance :${port}`,
      pageUrl: (slug: string) => `http://127.0.0.1:${port}/events/${slug}`,
      seen: [],
      afterAnswer: [],
    })),
    {
      name: FRONT,
      pageUrl: (slug) => `${layout.frontUrl}/events/${slug}`,
      seen: [],
      afterAnswer: [],
    },
  ];
  // The first read on each instance fills the shared cache.
  for (const target of targets) await (await fetch(target.pageUrl(event.slug))).text();

  const saveTitle = async (title: string) => {
    const edit = await admin.event.admin.getForEdit.query({ id: event.id });
    const saved = await admin.event.admin.update.mutate({
      ...edit.form,
      id: event.id,
      expectedVersion: edit.version,
      title,
      changeNote: "Two-instance benchmark",
    });
    return saved.version;
  };

  context.log(`publishing ${PUBLISHES} title changes of /events/${event.slug}`);
  const frontStatuses: string[] = [];
  const publishMs: number[] = [];
  for (let i = 0; i < PUBLISHES; i++) {
    const marker = `bench-${i + 1}-${randomBytes(4).toString("hex")}`;
    const version = await saveTitle(`${event.title} [${marker}]`);
    const since = performance.now();
    const publishing = admin.event.admin.publish
      .mutate({ id: event.id, expectedVersion: version })
      .then(() => performance.now() - since);
    const shown = await Promise.all(
      targets.map((target) =>
        timeUntilShown(
          target.pageUrl(event.slug),
          marker,
          since,
          target.name === FRONT ? frontStatuses : [],
        ),
      ),
    );
    const answeredAfter = await publishing;
    publishMs.push(answeredAfter);
    shown.forEach((ms, t) => {
      targets[t]?.seen.push(ms);
      targets[t]?.afterAnswer.push(Math.max(0, ms - answeredAfter));
    });
  }
  // Leave the record as it was.
  await admin.event.admin.publish.mutate({
    id: event.id,
    expectedVersion: await saveTitle(event.title),
  });

  const db = createDb(context.databaseUrl, { max: 1 });
  const [entries, tags] = await Promise.all([db.nextCacheEntry.count(), db.nextCacheTag.count()]);
  await db.$disconnect();

  const figures: Figure[] = targets.flatMap((target): Figure[] => [
    {
      name: `${target.name}: visible after publish, p50`,
      value: percentile(target.seen, 50),
      unit: "ms",
    },
    {
      name: `${target.name}: visible after publish, p95`,
      value: percentile(target.seen, 95),
      unit: "ms",
      target: { op: "<", value: target.name === FRONT ? 1500 : 1000 },
    },
    {
      name: `${target.name}: visible after the publish call answered, p95`,
      value: percentile(target.afterAnswer, 95),
      unit: "ms",
    },
  ]);
  figures.push({
    name: "publish call (commit, then the revalidation call), p50",
    value: percentile(publishMs, 50),
    unit: "ms",
  });
  const missed = targets.flatMap((t) => t.seen.filter((ms) => ms >= GIVE_UP_MS).map(() => t.name));

  return {
    id: twoInstances.id,
    title: twoInstances.title,
    method:
      `Two \`next start\` of apps/web (:${WEB_PORTS.join(", :")}, SHARED_CACHE=postgres) behind ` +
      `nginx (deploy/nginx.two-instances.conf), and an admin (:${ADMIN_PORT}) whose ` +
      `PUBLIC_SITE_URL is that nginx. ${PUBLISHES} times: an event's title is saved and published ` +
      `through the admin's API with the write token; from the moment the publish is sent, the ` +
      `event's page is polled every ${POLL_EVERY_MS} ms on each instance and through nginx until ` +
      `the new title shows. Times count from the sending of the publish and, separately, from ` +
      `its answer (commit and revalidation call done).`,
    figures,
    notes: [
      `Shared cache after the run: ${entries} entries, ${tags} revalidated tags.`,
      `nginx X-Cache-Status while polling: ${countOf(frontStatuses)}.`,
      "Through nginx add up to 1 s: pages are micro-cached until the end of the second they were " +
        "rendered in (X-Accel-Expires, deploy/nginx/site.conf).",
      ...(missed.length
        ? [`Not shown within ${GIVE_UP_MS / 1000} s (counted as such): ${missed.join(", ")}.`]
        : []),
    ],
  };
}

async function run(context: BenchContext): Promise<ScenarioResult> {
  const layout: Layout = { frontUrl: "", adminUrl: "", apps: [], stops: [] };
  try {
    await startLayout(context, layout);
    return await measure(context, layout);
  } catch (error) {
    // A server that died mid-run shows up as a refused connection: say which, and why.
    const crashes = layout.apps.map((app) => app.ended()).filter((ended) => ended !== null);
    if (crashes.length === 0) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\n${crashes.join("\n")}`, { cause: error });
  } finally {
    await Promise.all(layout.stops.map((stop) => stop().catch(() => {})));
  }
}

export const twoInstances: Scenario = {
  id: "two-instances",
  title: "Publish propagation across two instances with a shared cache",
  phase: "standalone",
  run,
};
