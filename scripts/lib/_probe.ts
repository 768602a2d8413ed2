import { startEmbeddedPostgres } from "./embedded-postgres";
import pg from "pg";
async function main() {
  const t = Date.now();
  const db = await startEmbeddedPostgres({
    dataDir: "/work/main/.data/postgres",
    port: 54329,
    database: "kz",
    log: console.log,
  });
  console.log("up", db.url, db.started, Date.now() - t, "ms");
  const c = new pg.Client(db.url);
  await c.connect();
  console.log((await c.query("select version()")).rows[0]);
  await c.end();
  if (process.argv[2] === "hang") {
    console.log("hanging pid", process.pid);
    await new Promise(() => {});
  }
  await db.stop();
  console.log("stopped", Date.now() - t);
}
main().catch((e) => {
  console.error("ERR", e);
  process.exit(1);
});
