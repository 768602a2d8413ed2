// The published client, proven outside the monorepo: built to JavaScript and bundled declarations
// (scripts/build.ts), packed, installed offline in an empty folder, run with plain node and
// type-checked with `tsc --module nodenext` (scripts/check-package.ts). No database needed; an
// integration test for its time (about a minute and a half on two cores).
import { describe, expect, it } from "vitest";

import { buildPackage } from "../scripts/build";
import { checkPackage } from "../scripts/check-package";

describe("the @kz/client tarball", () => {
  it("installs in an empty folder and works with node and tsc --module nodenext", async () => {
    await buildPackage();
    const log: string[] = [];
    await checkPackage((line) => log.push(line));
    expect(log.join("\n")).toMatch(/plain node: imported the client and called topic.list/);
    expect(log.join("\n")).toMatch(/a misspelt key does not/);
  }, 300_000);
});
