/**
 * Starts the embedded Postgres the way `npm start` does, prints its URL, and waits to be killed:
 * the fault tests SIGKILL this process to leave the server behind without its starter.
 * Usage: tsx scripts/faults/hold-postgres.ts <data dir> <port>
 */
import { startEmbeddedPostgres } from "../lib/embedded-postgres";

const [dataDir, port] = process.argv.slice(2);
if (!dataDir || !port)
  throw new Error("Usage: tsx scripts/faults/hold-postgres.ts <data dir> <port>");
const server = await startEmbeddedPostgres({ dataDir, port: Number(port), database: "kz" });
console.log(`ready ${server.url}`);
setInterval(() => undefined, 60_000);
