import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { catalogProblems } from "@kz/api";
import { describe, expect, it } from "vitest";

import { apiDocs } from "./lib/api-docs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

describe("docs/api.md", () => {
  it("has a catalog entry for every procedure of the router, with the router's schemas", () => {
    expect(catalogProblems()).toEqual([]);
  });

  it("is what `npm run docs:api` writes now (run it after changing the API)", async () => {
    const { file, text } = await apiDocs(root);
    const committed = readFileSync(file, "utf8");
    // toBe, not toEqual on lines: a diff of the two texts is what the failure should show.
    expect(committed, "docs/api.md is out of date: run `npm run docs:api`").toBe(text);
  }, 30_000);
});
