import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

import type { Figure, Scenario } from "../types";
import { load, loadTool, type LoadResult } from "../lib/load";
import { nginxInstalled, startStaticNginx } from "../lib/nginx";
import { fetchHtml, PUBLIC_PAGES } from "../lib/pages";
import { buildStaticNext, startStaticNext } from "../lib/static-next";

const CONNECTIONS = 32;
const SECONDS = 10;
const STATIC_NGINX_PORT = 8090;
const STATIC_NEXT_PORT = 3100;

/**
 * Cached public pages under load, next to the two ceilings measured in the same run: nginx serving
 * the same HTML from a file (the machine's limit) and a fully static Next.js page of the same size
 * (the framework's limit).
 */
export const pages: Scenario = {
  id: "pages",
  title: "Cached public pages",
  run: async (context) => {
    const tool = await loadTool();
    const figures: Figure[] = [];
    const notes: string[] = [];
    const htmlDir = await mkdtemp(path.join(os.tmpdir(), "kz-bench-html-"));
    // Under a root master, nginx's workers run as `nobody`.
    await chmod(htmlDir, 0o755);
    const sizes: Record<string, number> = {};
    for (const page of PUBLIC_PAGES) {
      const html = await fetchHtml(`${context.webUrl}${page.path}`);
      await writeFile(path.join(htmlDir, `${page.name}.html`), html);
      sizes[page.name] = Buffer.byteLength(html);
    }
    notes.push(
      `HTML sizes: ${Object.entries(sizes)
        .map(([name, bytes]) => `${name} ${(bytes / 1024).toFixed(1)} KB`)
        .join(", ")}`,
    );

    await buildStaticNext(sizes, context.log);
    const staticNext = await startStaticNext(STATIC_NEXT_PORT, context.log);
    const staticNginx = (await nginxInstalled())
      ? await startStaticNginx(htmlDir, STATIC_NGINX_PORT, context.log)
      : null;
    if (!staticNginx)
      notes.push("nginx is not installed (apt-get install nginx-light): no nginx figures");
    if (!context.proxyUrl) notes.push("no reverse proxy running: no proxied figures");

    const measure = async (label: string, url: string): Promise<LoadResult> => {
      context.log(`${label}: ${CONNECTIONS} connections for ${SECONDS}s on ${url}`);
      await fetch(url).then((r) => r.text());
      return load(url, { connections: CONNECTIONS, durationSeconds: SECONDS });
    };
    try {
      for (const page of PUBLIC_PAGES) {
        const next = await measure(`${page.name} (next start)`, `${context.webUrl}${page.path}`);
        const ceilingNext = await measure(
          `${page.name} (static Next.js)`,
          `http://127.0.0.1:${STATIC_NEXT_PORT}/${page.name}`,
        );
        figures.push(
          { name: `${page.name}: next start req/s`, value: next.requestsPerSecond, unit: "req/s" },
          { name: `${page.name}: next start p50`, value: next.p50Ms, unit: "ms" },
          { name: `${page.name}: next start p99`, value: next.p99Ms, unit: "ms" },
          {
            name: `${page.name}: static Next.js req/s`,
            value: ceilingNext.requestsPerSecond,
            unit: "req/s",
          },
          {
            name: `${page.name}: next start / static Next.js`,
            value: next.requestsPerSecond / ceilingNext.requestsPerSecond,
            unit: "×",
            target: { op: ">=", value: 0.8, label: "≥ 0.8 ×" },
          },
          {
            name: `${page.name}: next start errors`,
            value: next.errors,
            unit: "",
            target: { op: "==", value: 0 },
          },
        );
        if (context.proxyUrl && staticNginx) {
          const proxied = await measure(
            `${page.name} (nginx proxy)`,
            `${context.proxyUrl}${page.path}`,
          );
          const ceilingNginx = await measure(
            `${page.name} (nginx static file)`,
            `${staticNginx.url}/${page.name}`,
          );
          figures.push(
            { name: `${page.name}: proxy req/s`, value: proxied.requestsPerSecond, unit: "req/s" },
            { name: `${page.name}: proxy p50`, value: proxied.p50Ms, unit: "ms" },
            { name: `${page.name}: proxy p99`, value: proxied.p99Ms, unit: "ms" },
            {
              name: `${page.name}: nginx static req/s`,
              value: ceilingNginx.requestsPerSecond,
              unit: "req/s",
            },
            {
              name: `${page.name}: proxy / nginx static`,
              value: proxied.requestsPerSecond / ceilingNginx.requestsPerSecond,
              unit: "×",
              target: { op: ">=", value: 0.5, label: "≥ 0.5 ×" },
            },
            {
              name: `${page.name}: proxy errors`,
              value: proxied.errors,
              unit: "",
              target: { op: "==", value: 0 },
            },
          );
        }
      }
    } finally {
      await staticNext.stop();
      await staticNginx?.stop();
      await rm(htmlDir, { recursive: true, force: true });
    }
    return {
      id: "pages",
      title: "Cached public pages",
      method:
        `${tool}, ${CONNECTIONS} connections for ${SECONDS}s per URL after one warming request, on loopback; ` +
        `baselines in the same run: a fully static Next.js page of the same size (bench/.static-next, next start) ` +
        `and nginx serving the same HTML saved to a file. Uncompressed (no Accept-Encoding).`,
      figures,
      notes,
    };
  },
};
