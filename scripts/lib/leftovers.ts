import { execFile } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { groupAlive, isAlive, processInfo, stopGroup } from "./processes";

// The app servers run detached, so they outlive a start script that is killed with SIGKILL.
// Their process groups are recorded here so that the next start can stop them.
interface Recorded {
  owner: number;
  groups: number[];
}

function groupCommands(pgid: number): Promise<string[]> {
  return new Promise((resolve) =>
    execFile("ps", ["-eo", "pgid=,args="], (error, stdout) => {
      if (error) return resolve([]);
      resolve(
        stdout
          .split("\n")
          .map((line) => /^\s*(\d+)\s+(.*)$/.exec(line))
          .filter((m): m is RegExpExecArray => m !== null && Number(m[1]) === pgid)
          .map((m) => m[2] ?? ""),
      );
    }),
  );
}

export async function recordApps(file: string, groups: number[]): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const recorded: Recorded = { owner: process.pid, groups };
  await writeFile(file, JSON.stringify(recorded));
}

export const forgetApps = (file: string) => rm(file, { force: true });

/** Stops app servers left by a start script that died; returns how many groups it stopped. */
export async function stopLeftoverApps(
  file: string,
  log: (message: string) => void,
): Promise<number> {
  let recorded: Recorded;
  try {
    recorded = JSON.parse(await readFile(file, "utf8")) as Recorded;
  } catch {
    return 0;
  }
  const owner = isAlive(recorded.owner) ? await processInfo(recorded.owner) : null;
  // Still owned by a running start script: not ours to stop (the port check reports it).
  if (owner && /node/i.test(owner.comm)) return 0;
  let stopped = 0;
  for (const pgid of recorded.groups ?? []) {
    if (!Number.isInteger(pgid) || pgid <= 1 || !groupAlive(pgid)) continue;
    // The pid may have been reused since: only stop a group that runs Next.js.
    if (!(await groupCommands(pgid)).some((args) => /next/.test(args))) continue;
    log(`stopping app servers left running by an earlier start (process group ${pgid})`);
    await stopGroup(pgid);
    stopped++;
  }
  await forgetApps(file);
  return stopped;
}
