import { createDb } from "../src/client";
import { describeDatabase, UNREACHABLE_CODES } from "../src/migrate/errors";
import {
  AdminUserError,
  ensureAdminUser,
  seedDocument,
  type UpsertCounts,
} from "../src/seed/index";
import { seedDatabaseUrl } from "./seed-database-url";

const databaseUrl = seedDatabaseUrl("migrated", "npm run db:seed");

/** A message for the failures people run into; null for anything unexpected. */
function explain(error: unknown, url: string): string | null {
  const { server, database } = describeDatabase(url);
  const code = String((error as { code?: unknown }).code ?? "");
  const cause = (error as { cause?: { code?: unknown; originalCode?: unknown } }).cause;
  const causeCode = String(cause?.originalCode ?? cause?.code ?? "");
  const message = error instanceof Error ? error.message : String(error);
  if (
    [...UNREACHABLE_CODES].some((c) => c === code || c === causeCode || message.includes(c)) ||
    code === "P1001"
  ) {
    return `Cannot reach Postgres at ${server} — is it running?`;
  }
  if (causeCode === "3D000" || /database .* does not exist/i.test(message)) {
    return `Database "${database}" does not exist on ${server} — create it, then run npm run db:migrate.`;
  }
  if (causeCode === "28P01" || causeCode === "28000" || /authentication failed/i.test(message)) {
    return `Postgres at ${server} refused the login: ${message}`;
  }
  // P2021: a table is missing; P2022: a column is (migrations partly applied).
  if (code === "P2021" || code === "P2022") {
    return `Database "${database}" on ${server} is not migrated: run npm run db:migrate, then seed again.`;
  }
  if (error instanceof AdminUserError) return message;
  return null;
}

const db = createDb(databaseUrl, { max: 2, statementTimeoutMillis: 0 });
const { server, database } = describeDatabase(databaseUrl);
try {
  console.log(`Seeding database "${database}" on ${server} from the document…`);
  const started = Date.now();
  const summary = await seedDocument(db, { log: (m) => console.log(`  ${m}`) });
  const records = [
    summary.sources,
    summary.topics,
    summary.actors,
    summary.places,
    summary.ratingSeries,
    summary.ratings,
    summary.events,
  ];
  const total = (key: keyof UpsertCounts) => records.reduce((n, c) => n + c[key], 0);
  console.log(
    `Seeded in ${Date.now() - started} ms: ${total("created")} records created, ${total("updated")} updated; ` +
      `${summary.citations} citations and ${summary.eventLinks} event links written.`,
  );

  const admin = await ensureAdminUser(db, {
    email: process.env.ADMIN_EMAIL || undefined,
    password: process.env.ADMIN_PASSWORD || undefined,
  });
  if (!admin.created) {
    console.log(`An admin user already exists (${admin.email}); no user created.`);
  } else if (admin.password) {
    console.log(
      [
        "",
        "Created the admin user. Its password is shown only this once — store it now:",
        "",
        `  email:    ${admin.email}`,
        `  password: ${admin.password}`,
        "",
      ].join("\n"),
    );
  } else {
    console.log(`Created the admin user ${admin.email} with the password from ADMIN_PASSWORD.`);
  }
} catch (error) {
  const explained = explain(error, databaseUrl);
  if (explained === null) {
    console.error("Seeding failed:", error);
  } else {
    console.error(`Seeding failed: ${explained}`);
  }
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
