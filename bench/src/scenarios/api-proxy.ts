import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import type { Figure, Scenario, ScenarioResult } from "../types";
import { load, loadTool } from "../lib/load";
import { startStaticNginx } from "../lib/nginx";

const CONNECTIONS = 32;
const SECONDS = 10;
const STATIC_NGINX_PORT = 8091;
const READ = "/api/v1/events";

const TITLE = "A public REST read through nginx's micro-cache";

/**
 * `GET /api/v1/events` through deploy/nginx.conf (deploy/nginx/api-cache.conf keeps it 1 s), next
 * to nginx serving the same JSON from a file: how close the micro-cache comes to the machine's
 * limit. Needs nginx; without it the scenario says so and measures nothing.
 */
export const apiProxy: Scenario = {
  id: "api-proxy",
  title: TITLE,
  run: async (context): Promise<ScenarioResult> => {
    if (!context.proxyUrl) {
      return {
        id: "api-proxy",
        title: TITLE,
        method: "skipped",
        figures: [],
        notes: [
          "skipped: nginx is not installed (apt-get install nginx-light) or deploy/nginx.conf is missing, so there is no proxy to measure",
        ],
      };
    }
    const body = await fetch(`${context.webUrl}${READ}`).then(async (r) => {
      if (r.status !== 200) throw new Error(`${READ} answered ${r.status}: ${await r.text()}`);
      return r.text();
    });
    const dir = await mkdtemp(path.join(os.tmpdir(), "kz-bench-json-"));
    // Under a root master, nginx's workers run as `nobody`.
    await chmod(dir, 0o755);
    await writeFile(path.join(dir, "events.json"), body);
    const staticNginx = await startStaticNginx(dir, STATIC_NGINX_PORT, context.log);
    const measure = async (label: string, url: string) => {
      context.log(`${label}: ${CONNECTIONS} connections for ${SECONDS}s on ${url}`);
      await fetch(url).then((r) => r.text());
      return load(url, { connections: CONNECTIONS, durationSeconds: SECONDS });
    };
    const figures: Figure[] = [];
    try {
      const proxied = await measure("through nginx", `${context.proxyUrl}${READ}`);
      const file = await measure(
        "nginx, the same JSON from a file",
        `${staticNginx.url}/events.json`,
      );
      figures.push(
        { name: "proxy req/s", value: proxied.requestsPerSecond, unit: "req/s" },
        { name: "proxy p50", value: proxied.p50Ms, unit: "ms" },
        { name: "proxy p99", value: proxied.p99Ms, unit: "ms" },
        { name: "nginx file req/s", value: file.requestsPerSecond, unit: "req/s" },
        {
          name: "proxy / nginx file",
          value: proxied.requestsPerSecond / file.requestsPerSecond,
          unit: "×",
          target: { op: ">=", value: 0.5, label: "≥ 0.5 ×" },
        },
        { name: "proxy errors", value: proxied.errors, unit: "", target: { op: "==", value: 0 } },
      );
    } finally {
      await staticNginx.stop();
      await rm(dir, { recursive: true, force: true });
    }
    return {
      id: "api-proxy",
      title: TITLE,
      method:
        `${await loadTool()}, ${CONNECTIONS} connections for ${SECONDS}s per URL after one warming request, on loopback: ` +
        `GET ${READ} through nginx with deploy/nginx.conf, and nginx serving the same JSON (${(Buffer.byteLength(body) / 1024).toFixed(1)} KB) from a file. Uncompressed.`,
      figures,
    };
  },
};
