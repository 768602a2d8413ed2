// `npm start`: one command from a fresh clone to both apps running on a migrated, seeded database.
import path from "node:path";
import { fileURLToPath } from "node:url";

import { APPS, buildReason, runBuild, type AppName } from "./lib/build";
import { APP_ROLE, isOverPowered, roleOf, rolePowers } from "@kz/db/roles";

import { ensureDatabase, redactUrl } from "./lib/database";
import { startEmbeddedPostgres } from "./lib/embedded-postgres";
import { parseEnv, type StartEnv } from "./lib/env";
import { forgetApps, recordApps, stopLeftoverApps } from "./lib/leftovers";
import { Lifecycle } from "./lib/lifecycle";
import { isPortFree, portInUseMessage } from "./lib/ports";
import { startJobs } from "./lib/jobs";
import { prepareDatabase, type AdminLogin } from "./lib/prepare-database";
import { startNextApp, waitForHttp, type AppProcess } from "./lib/processes";
import { loadOrCreateSecrets } from "./lib/secrets";
import {
  bold,
  cyan,
  dim,
  formatBox,
  formatDuration,
  green,
  info,
  magenta,
  step,
  UserError,
  yellow,
} from "./lib/ui";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = path.join(root, ".data");
const lifecycle = new Lifecycle();

const PORT_VARS: Record<AppName, "WEB_PORT" | "ADMIN_PORT"> = {
  web: "WEB_PORT",
  admin: "ADMIN_PORT",
};
const LABELS: Record<AppName, string> = { web: cyan("[web]  "), admin: magenta("[admin]") };

async function checkPorts(env: StartEnv): Promise<void> {
  for (const app of APPS) {
    const port = env[PORT_VARS[app]];
    if (!(await isPortFree(port))) throw new UserError(portInUseMessage(port, PORT_VARS[app]));
  }
}

interface Database {
  /** The owner's: migrations, the job queue's schema, seeding. */
  ownerUrl: string;
  /** The apps' and the worker's. */
  appUrl: string;
  /** The apps' own role, to be given its share; null when they use the owner's. */
  appRole: string | null;
  description: string;
}

async function givenDatabase(env: StartEnv & { DATABASE_URL: string }): Promise<Database> {
  const ownerUrl = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
  await step(
    `connecting to ${redactUrl(ownerUrl)}`,
    () => ensureDatabase(ownerUrl),
    ({ created }) => (created ? "database created" : "database reachable"),
  );
  const appRole = roleOf(env.DATABASE_URL);
  return {
    ownerUrl,
    appUrl: env.DATABASE_URL,
    appRole: appRole === roleOf(ownerUrl) ? null : appRole,
    description: `${redactUrl(env.DATABASE_URL)}`,
  };
}

async function embeddedDatabase(env: StartEnv): Promise<Database> {
  const pg = await step(
    `starting embedded Postgres on port ${env.EMBEDDED_PG_PORT}`,
    () =>
      startEmbeddedPostgres({
        dataDir: path.join(dataDir, "postgres"),
        port: env.EMBEDDED_PG_PORT,
        database: "kz",
        log: (message) => info(dim(`    ${message}`)),
      }),
    (started) => (started.started ? "embedded Postgres started" : "embedded Postgres reused"),
  );
  lifecycle.onStop("embedded Postgres", pg.stop);
  // A Ctrl-C in the terminal reaches Postgres too, a moment before our own handler starts; the
  // delay keeps that from being reported as a crash.
  pg.onExit((how) =>
    setTimeout(() => {
      if (!lifecycle.isStopping)
        void lifecycle.exit(1, `Embedded Postgres ${how} — stopping everything.`);
    }, 500),
  );
  return {
    ownerUrl: pg.url,
    appUrl: pg.appUrl,
    appRole: APP_ROLE,
    description: `embedded Postgres, port ${new URL(pg.url).port}, data in .data/postgres; the apps sign in as ${APP_ROLE}`,
  };
}

/** Warns when the apps would connect with more power than their share (docs/database-roles.md). */
async function warnIfOverPowered(appUrl: string): Promise<void> {
  const powers = await rolePowers(appUrl);
  if (!isOverPowered(powers)) return;
  const what = powers.superuser
    ? "a superuser"
    : powers.ownsAuditLog
      ? "the owner of the tables (or a member of the owner's role)"
      : powers.createsRoles
        ? "a role that may create roles (and so join the owner's)"
        : powers.reachesServer
          ? "a role that may run programs or write files on the server"
          : "a role that bypasses row security";
  info(
    yellow(
      [
        `⚠ The apps connect as ${powers.role}, ${what}: they could change the schema and rewrite or erase the audit log.`,
        "  Give them a role of their own: MIGRATION_DATABASE_URL for the owner, DATABASE_URL for the apps (docs/database-roles.md).",
      ].join("\n"),
    ),
  );
}

async function build(env: NodeJS.ProcessEnv): Promise<void> {
  const reason = await buildReason(root);
  if (!reason) {
    info(dim("✓ apps already built and up to date"));
    return;
  }
  await step(
    `building the apps (${reason}); usually under a minute`,
    async () => {
      const { child, done } = runBuild(root, env);
      const forget = lifecycle.onStop("the build", async () => {
        if (child.exitCode === null) child.kill("SIGTERM");
        await done;
      });
      const code = await done;
      forget();
      await lifecycle.proceed();
      if (code !== 0) {
        throw new UserError(
          `The build failed (exit code ${code}); see the output above.`,
          "Fix the error, or run `npx turbo run build --filter=@kz/web --filter=@kz/admin` to retry the build on its own.",
        );
      }
    },
    "apps built",
  );
}

function serve(app: AppName, port: number, env: NodeJS.ProcessEnv): AppProcess {
  return startNextApp(root, app, port, env, (line) =>
    process.stdout.write(`${LABELS[app]} ${line}\n`),
  );
}

/** Starts both apps and resolves once both answer HTTP. */
async function serveApps(env: StartEnv, appEnv: NodeJS.ProcessEnv): Promise<AppProcess[]> {
  const appsFile = path.join(dataDir, "apps.json");
  const servers = APPS.map((app) => serve(app, env[PORT_VARS[app]], appEnv));
  lifecycle.onStop("the apps", async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await forgetApps(appsFile);
  });
  await recordApps(
    appsFile,
    servers.flatMap((s) => (s.child.pid ? [s.child.pid] : [])),
  );
  const ended = new Map<string, string>();
  for (const s of servers) void s.exited.then((how) => ended.set(s.name, how));
  await Promise.all(
    APPS.map((app) =>
      waitForHttp(`http://127.0.0.1:${env[PORT_VARS[app]]}/`, {
        timeoutMs: 90_000,
        gaveUp: () => {
          const how = ended.get(app);
          return how ? `${app} ${how} while starting; see the [${app}] lines above` : null;
        },
      }),
    ),
  );
  return servers;
}

function loginLines(admin: AdminLogin): string[] {
  if (admin.created && admin.password) {
    return [
      `Admin login:  ${bold(admin.email)}`,
      `Password:     ${bold(admin.password)}`,
      yellow("The password is shown only this once: save it now."),
      `Forgot it? ${bold("npm run admin:password")} sets a new one.`,
    ];
  }
  if (admin.created) {
    return [`Admin login:  ${bold(admin.email)} with the password from ADMIN_PASSWORD`];
  }
  return [
    `Admin login:  ${bold(admin.email)}`,
    `Forgot the password? ${bold("npm run admin:password")} sets a new one.`,
  ];
}

async function main(): Promise<void> {
  const started = Date.now();
  lifecycle.handleSignals();
  const env = parseEnv();
  info(bold("Starting Kazakhstan human rights monitor…"));

  await stopLeftoverApps(path.join(dataDir, "apps.json"), (message) => info(dim(`    ${message}`)));
  await checkPorts(env);
  await lifecycle.proceed();
  const secrets = await loadOrCreateSecrets(path.join(dataDir, "secrets.json"), env);

  const { DATABASE_URL } = env;
  const db = DATABASE_URL
    ? await givenDatabase({ ...env, DATABASE_URL })
    : await embeddedDatabase(env);
  await lifecycle.proceed();
  const admin = await prepareDatabase(db.ownerUrl, db.appRole, {
    email: env.ADMIN_EMAIL,
    password: env.ADMIN_PASSWORD,
  });
  if (DATABASE_URL) await warnIfOverPowered(db.appUrl);
  // Printed now as well as at the end, so a one-time password survives a failing build.
  if (admin.created && admin.password) info(formatBox(loginLines(admin)));

  const webUrl = `http://localhost:${env.WEB_PORT}`;
  const adminUrl = `http://localhost:${env.ADMIN_PORT}`;
  const appEnv: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: db.appUrl,
    AUTH_SECRET: secrets.AUTH_SECRET,
    REVALIDATE_SECRET: secrets.REVALIDATE_SECRET,
    PREVIEW_SECRET: secrets.PREVIEW_SECRET,
    PUBLIC_SITE_URL: env.PUBLIC_SITE_URL ?? webUrl,
    ADMIN_URL: env.ADMIN_URL ?? adminUrl,
    NEXTAUTH_URL: env.ADMIN_URL ?? adminUrl,
    NODE_ENV: "production",
  };
  // The apps never need these, and they should not sit in their environment.
  delete appEnv.ADMIN_PASSWORD;
  delete appEnv.MIGRATION_DATABASE_URL;

  await lifecycle.proceed();
  await build(appEnv);
  await lifecycle.proceed();

  const servers = await step(
    "starting the apps",
    () => serveApps(env, appEnv),
    "both apps answer HTTP",
  );
  const jobs = await step(
    "starting the job worker",
    () =>
      startJobs(
        db.appUrl,
        appEnv.PUBLIC_SITE_URL ?? webUrl,
        secrets.REVALIDATE_SECRET,
        () => lifecycle.isStopping,
      ),
    "scheduled publishing checked every 15 s",
  );
  lifecycle.onStop("the job worker", jobs.stop);
  for (const s of servers) {
    void s.exited.then((how) => {
      if (!lifecycle.isStopping)
        void lifecycle.exit(
          1,
          `${s.name} ${how} unexpectedly — stopping everything. See the [${s.name}] lines above.`,
        );
    });
  }

  info(
    formatBox([
      green(bold(`Ready in ${formatDuration(Date.now() - started)}`)),
      "",
      `Public site:  ${bold(webUrl)}`,
      `Admin:        ${bold(adminUrl)}`,
      ...loginLines(admin),
      "",
      dim(`Database:     ${db.description}`),
      dim("Press Ctrl-C to stop everything."),
    ]),
  );
}

main().catch((error: unknown) => lifecycle.fatal(error));
