import { parseArgs } from "node:util";

import { createDb } from "../src/client";
import { describeDatabase } from "../src/migrate/errors";
import { seedSynthetic, SyntheticSeedError } from "../src/synthetic/index";
import { seedDatabaseUrl } from "./seed-database-url";

const usage =
  "Usage: npm run db:seed:synthetic -- [--events N]   (default 100000; into a database already seeded with npm run db:seed)";

const databaseUrl = seedDatabaseUrl(
  "migrated, seeded",
  "npm run db:seed:synthetic -- --events 100000",
);

let events: number;
try {
  const { values } = parseArgs({ options: { events: { type: "string", default: "100000" } } });
  events = Number(values.events);
  if (!Number.isInteger(events) || events < 1) {
    throw new Error(`--events must be a positive whole number, not "${values.events}".`);
  }
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  process.exit(1);
}

const db = createDb(databaseUrl, { max: 2, statementTimeoutMillis: 0 });
const { server, database } = describeDatabase(databaseUrl);
try {
  console.log(`Adding ${events} synthetic events to database "${database}" on ${server}…`);
  const summary = await seedSynthetic(db, { events, log: (m) => console.log(`  ${m}`) });
  console.log(
    `Done in ${(summary.ms / 1000).toFixed(1)} s: ${summary.events} events, ${summary.sources} sources, ` +
      `${summary.citations} citations, ${summary.eventLinks} event links, all marked synthetic ` +
      `(slugs start with "synthetic-").`,
  );
} catch (error) {
  if (error instanceof SyntheticSeedError) console.error(`Nothing added: ${error.message}`);
  else console.error("Adding synthetic events failed:", error);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
