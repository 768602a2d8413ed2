import { mkdir, mkdtemp, readFile, stat, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { buildReason } from "./build";
import { loadOrCreateSecrets } from "./secrets";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), "kz-start-"));
});
afterEach(async () => {
  const { rm } = await import("node:fs/promises");
  await rm(dir, { recursive: true, force: true });
});

async function touch(file: string, secondsAgo: number) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, "x");
  const when = new Date(Date.now() - secondsAgo * 1000);
  await utimes(file, when, when);
}

describe("buildReason", () => {
  it("asks for a build when an app was never built", async () => {
    await touch(path.join(dir, "apps/web/.next/BUILD_ID"), 10);
    expect(await buildReason(dir)).toBe("apps/admin has not been built yet");
  });

  it("is satisfied when both builds are newer than every source", async () => {
    await touch(path.join(dir, "apps/web/src/page.tsx"), 100);
    await touch(path.join(dir, "packages/db/src/index.ts"), 100);
    await touch(path.join(dir, "apps/web/.next/BUILD_ID"), 10);
    await touch(path.join(dir, "apps/admin/.next/BUILD_ID"), 10);
    expect(await buildReason(dir)).toBeNull();
  });

  it("names a source changed since the older build", async () => {
    await touch(path.join(dir, "apps/web/.next/BUILD_ID"), 10);
    await touch(path.join(dir, "apps/admin/.next/BUILD_ID"), 100);
    await touch(path.join(dir, "packages/ui/src/deep/button.tsx"), 50);
    expect(await buildReason(dir)).toBe(
      "packages/ui/src/deep/button.tsx changed since the last build",
    );
  });

  it("counts next.config but not node_modules or tests", async () => {
    await touch(path.join(dir, "apps/web/.next/BUILD_ID"), 100);
    await touch(path.join(dir, "apps/admin/.next/BUILD_ID"), 100);
    await touch(path.join(dir, "packages/db/src/node_modules/x.js"), 1);
    await touch(path.join(dir, "packages/api/src/slug.test.ts"), 1);
    await touch(path.join(dir, "packages/api/src/db.int.test.ts"), 1);
    expect(await buildReason(dir)).toBeNull();
    await touch(path.join(dir, "apps/admin/next.config.ts"), 1);
    expect(await buildReason(dir)).toBe("apps/admin/next.config.ts changed since the last build");
  });
});

describe("loadOrCreateSecrets", () => {
  it("creates secrets once, private, and keeps them", async () => {
    const file = path.join(dir, ".data/secrets.json");
    const first = await loadOrCreateSecrets(file);
    expect(first.AUTH_SECRET).toHaveLength(43);
    expect(new Set(Object.values(first)).size).toBe(3);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await loadOrCreateSecrets(file)).toEqual(first);
  });

  it("prefers secrets from the environment without saving them", async () => {
    const file = path.join(dir, "secrets.json");
    const fromEnv = "e".repeat(40);
    const secrets = await loadOrCreateSecrets(file, { AUTH_SECRET: fromEnv });
    expect(secrets.AUTH_SECRET).toBe(fromEnv);
    expect(await readFile(file, "utf8")).not.toContain(fromEnv);
  });
});

describe("loadOrCreateSecrets after an upgrade", () => {
  it("keeps an older install's secrets and adds the preview secret it lacked", async () => {
    const file = path.join(dir, "old-secrets.json");
    const old = { AUTH_SECRET: "a".repeat(43), REVALIDATE_SECRET: "r".repeat(43) };
    await writeFile(file, JSON.stringify(old));
    const secrets = await loadOrCreateSecrets(file);
    expect(secrets).toMatchObject(old);
    expect(secrets.PREVIEW_SECRET).toHaveLength(43);
    expect(JSON.parse(await readFile(file, "utf8"))).toEqual(secrets);
  });
});
