// Run in a child process by worker.int.test.ts: start the worker, wait for one run, stop, and then
// do nothing. If stop() left a timer or a connection behind, this process would not exit.
import { startWorker } from "../worker";

const databaseUrl = process.env.JOBS_TEST_DATABASE_URL;
if (!databaseUrl) throw new Error("JOBS_TEST_DATABASE_URL is not set");

let ran!: () => void;
const firstRun = new Promise<void>((resolve) => (ran = resolve));
const worker = await startWorker({
  databaseUrl,
  log: { info: () => {}, error: (message) => console.error(message) },
  tasks: {
    publishDue: async () => {
      ran();
    },
  },
  intervalSeconds: 1,
  pollingIntervalSeconds: 0.5,
});
await firstRun;
console.log("ran");
await worker.stop();
console.log("stopped");
