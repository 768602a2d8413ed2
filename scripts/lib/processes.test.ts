import { spawn } from "node:child_process";
import net from "node:net";

import { describe, expect, it } from "vitest";

import { embeddedUrl, parsePostmasterPid } from "./embedded-postgres";
import { isPortFree, portInUseMessage } from "./ports";
import { groupAlive, parsePsLine, stopGroup } from "./processes";

describe("parsePsLine", () => {
  it("reads pid, parent pid and command", () => {
    expect(parsePsLine("  13629     1 postgres")).toEqual({
      pid: 13629,
      ppid: 1,
      comm: "postgres",
    });
  });

  it("returns null for an empty line", () => {
    expect(parsePsLine("")).toBeNull();
  });
});

describe("parsePostmasterPid", () => {
  it("reads the pid and the port", () => {
    const text =
      "13629\n/work/main/.data/postgres\n1795889599\n54329\n/tmp\n127.0.0.1\n  5358860  21\nready\n";
    expect(parsePostmasterPid(text)).toEqual({ pid: 13629, port: 54329 });
  });

  it("returns null when the file is garbage", () => {
    expect(parsePostmasterPid("")).toBeNull();
    expect(parsePostmasterPid("abc\n")).toBeNull();
  });
});

describe("messages", () => {
  it("builds the embedded URL on 127.0.0.1, its role and password escaped", () => {
    expect(embeddedUrl(54329, { role: "kz_app", password: "a/b:c@d" }, "kz")).toBe(
      "postgresql://kz_app:a%2Fb%3Ac%40d@127.0.0.1:54329/kz",
    );
  });

  it("tells how to free a port", () => {
    expect(portInUseMessage(3000, "WEB_PORT")).toBe(
      "Port 3000 is in use — stop the other process (lsof -i :3000) or set WEB_PORT",
    );
  });
});

describe("stopGroup", () => {
  it("stops every process of the group, not only its leader", async () => {
    // The leader starts a child that outlives a signal to the leader alone, like next-server.
    const leader = spawn("sh", ["-c", "sleep 30 & sleep 30"], { detached: true, stdio: "ignore" });
    const pgid = leader.pid ?? 0;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(groupAlive(pgid)).toBe(true);
    await stopGroup(pgid, 2_000);
    expect(groupAlive(pgid)).toBe(false);
  });
});

describe("isPortFree", () => {
  it("sees a listening server, and the port free once it closes", async () => {
    const server = net.createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as net.AddressInfo;
    expect(await isPortFree(port)).toBe(false);
    await new Promise((resolve) => server.close(resolve));
    expect(await isPortFree(port)).toBe(true);
  });
});
