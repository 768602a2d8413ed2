import { describe, expect, it } from "vitest";

import { parsePsLine } from "./processes";
import { parsePostmasterPid, embeddedUrl } from "./embedded-postgres";
import { portInUseMessage } from "./ports";

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
  it("builds the embedded URL on 127.0.0.1", () => {
    expect(embeddedUrl(54329, "kz")).toBe("postgresql://postgres:password@127.0.0.1:54329/kz");
  });

  it("tells how to free a port", () => {
    expect(portInUseMessage(3000, "WEB_PORT")).toBe(
      "Port 3000 is in use — stop the other process (lsof -i :3000) or set WEB_PORT",
    );
  });
});
