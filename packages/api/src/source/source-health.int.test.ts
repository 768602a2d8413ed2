// The source-health run against a local HTTP server: an address that answers, one that redirects,
// one that is gone, one that never answers, and one with nothing listening (no network).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { makeSource } from "@kz/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { useTestDatabase } from "../testing/database";
import { checkSourceUrls } from "./source-health.service";

const db = useTestDatabase("source_health");
let server: Server;
let base = "";
// A port nothing listens on: what a machine with no network gets for every address.
let closedPort = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === "/ok") return res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    if (req.url === "/moved") return res.writeHead(301, { location: "/new-home" }).end();
    if (req.url === "/new-home") return res.writeHead(200).end("moved here");
    if (req.url === "/slow") return; // never answers
    res.writeHead(404).end("gone");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("checkSourceUrls", () => {
  it("records each address's status, final address and time", async () => {
    const sources = {
      ok: await makeSource(db(), { url: `${base}/ok` }),
      moved: await makeSource(db(), { url: `${base}/moved` }),
      gone: await makeSource(db(), { url: `${base}/missing` }),
      slow: await makeSource(db(), { url: `${base}/slow` }),
    };
    await makeSource(db());
    await makeSource(db(), { url: `${base}/ok?trashed`, deleted: true });
    const now = new Date("2026-12-07T03:00:00Z");

    // Long enough for a busy test machine; the slow address waits it out.
    const report = await checkSourceUrls(db(), { timeoutMs: 3_000, now: () => now });

    expect(report).toEqual({
      checked: 4,
      byResult: { OK: 1, REDIRECTED: 1, BROKEN: 1, UNREACHABLE: 1 },
    });
    const check = (id: string) => db().sourceCheck.findFirstOrThrow({ where: { sourceId: id } });
    expect(await check(sources.ok.id)).toMatchObject({
      url: `${base}/ok`,
      result: "OK",
      httpStatus: 200,
      finalUrl: `${base}/ok`,
      error: null,
      checkedAt: now,
    });
    expect(await check(sources.moved.id)).toMatchObject({
      result: "REDIRECTED",
      httpStatus: 200,
      finalUrl: `${base}/new-home`,
    });
    expect(await check(sources.gone.id)).toMatchObject({ result: "BROKEN", httpStatus: 404 });
    expect(await check(sources.slow.id)).toMatchObject({
      result: "UNREACHABLE",
      httpStatus: null,
      finalUrl: null,
      error: "no answer within 3 s",
    });
  });

  it("with no network records each address unreachable once per run, and does not throw", async () => {
    await db().sourceCheck.deleteMany();
    await db().source.deleteMany();
    const source = await makeSource(db(), { url: `http://127.0.0.1:${closedPort}/report` });

    for (let run = 0; run < 2; run++) await checkSourceUrls(db(), { timeoutMs: 3_000 });

    const checks = await db().sourceCheck.findMany({ where: { sourceId: source.id } });
    expect(checks).toHaveLength(2);
    for (const c of checks)
      expect(c).toMatchObject({ result: "UNREACHABLE", error: "the connection was refused" });
  });
});
