import path from "node:path";
import { createMigration, migrationNameProblem } from "../src/migrate/index";

const usage =
  "Usage: npm run db:migrate:create -- <snake_case_name> [--data]   (e.g. add_event_tags)\n" +
  "  --data  a migration for data corrections, written even when the schema is unchanged";
const data = process.argv.includes("--data");
const args = process.argv.slice(2).filter((a) => a !== "--data");
const name = args[0];
if (args.length !== 1 || name === undefined) {
  console.error(usage);
  process.exit(1);
}
const problem = migrationNameProblem(name);
if (problem) {
  console.error(`Invalid migration name: ${problem}.\n${usage}`);
  process.exit(1);
}

try {
  const file = await createMigration(name, { data });
  // npm runs workspace scripts inside the package; show the path from where the user typed the command.
  const from = process.env.INIT_CWD ?? process.cwd();
  console.log(
    file === null
      ? "No schema changes: prisma/schema.prisma matches the last migration."
      : `Created ${path.relative(from, file)} — ${data ? "write its SQL" : "review it"}, then run \`npm run db:migrate\`.`,
  );
} catch (error) {
  console.error(
    `Could not create the migration: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
}
