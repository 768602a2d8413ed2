import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";

import { renderNginxConf } from "./nginx";

const deploy = fileURLToPath(new URL("../../../deploy/", import.meta.url));
const twoInstances = readFileSync(path.join(deploy, "nginx.two-instances.conf"), "utf8");

describe("renderNginxConf", () => {
  const rendered = renderNginxConf(twoInstances, deploy, 18080, [4010, 4011]);

  it("listens on the given port instead of 8080", () => {
    expect(rendered).toMatch(/^\s*listen 127\.0\.0\.1:18080;$/m);
    expect(rendered).not.toContain(":8080;");
  });

  it("points the upstream's servers at the given ports, in order", () => {
    expect([...rendered.matchAll(/^\s*server 127\.0\.0\.1:(\d+);$/gm)].map((m) => m[1])).toEqual([
      "4010",
      "4011",
    ]);
  });

  it("includes the committed files by absolute path", () => {
    const includes = [...rendered.matchAll(/^\s*include (.+);$/gm)].map((m) => m[1] ?? "");
    expect(includes).toHaveLength(2);
    for (const file of includes) {
      expect(path.isAbsolute(file)).toBe(true);
      expect(existsSync(file)).toBe(true);
    }
  });

  it("keeps the file's upstream ports when none are given", () => {
    expect(renderNginxConf(twoInstances, deploy, 18080)).toContain("server 127.0.0.1:3011;");
  });
});
