import { randomBytes } from "node:crypto";

import { createClient } from "@kz/client";

import type { Figure, Scenario } from "../types";
import { percentile } from "../lib/stats";
import { ZHANAOZEN_SLUG } from "../lib/pages";

const ROUNDS = 20;
const POLL_MS = 20;
const GIVE_UP_MS = 10_000;

/** Polls `url` until its HTML contains `marker`; the milliseconds since `since`, or Infinity on giving up. */
async function visibleAfter(url: string, marker: string, since: number): Promise<number> {
  while (performance.now() - since < GIVE_UP_MS) {
    const html = await fetch(url).then((r) => r.text());
    if (html.includes(marker)) return performance.now() - since;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return Infinity;
}

/**
 * An editor's fix going public: a program with a write token edits the Zhanaozen event's title
 * and publishes it through the admin's tRPC API, while the public page is polled directly and
 * through the reverse proxy until the new title shows.
 */
export const publishVisible: Scenario = {
  id: "publish-visible",
  title: "Publish → visible on the public page",
  run: async (context) => {
    const client = createClient({ url: context.adminUrl, token: context.apiToken });
    const list = await client.event.admin.list.query({ q: "Zhanaozen oil" });
    const id = list.items.find((item) => item.slug === ZHANAOZEN_SLUG)?.id;
    if (!id) throw new Error(`${ZHANAOZEN_SLUG} is not in the bench database`);
    const pageUrls = [
      { name: "direct", url: `${context.webUrl}/events/${ZHANAOZEN_SLUG}`, target: 1000 },
      ...(context.proxyUrl
        ? [{ name: "proxy", url: `${context.proxyUrl}/events/${ZHANAOZEN_SLUG}`, target: 1500 }]
        : []),
    ];
    const times: Record<string, number[]> = Object.fromEntries(pageUrls.map((p) => [p.name, []]));
    const original = await client.event.admin.getForEdit.query({ id });
    for (let round = 1; round <= ROUNDS; round++) {
      const marker = `bench ${randomBytes(4).toString("hex")}`;
      const current = await client.event.admin.getForEdit.query({ id });
      const saved = await client.event.admin.update.mutate({
        ...current.form,
        title: `${original.form.title} (${marker})`,
        id,
        expectedVersion: current.version,
      });
      const started = performance.now();
      await client.event.admin.publish.mutate({ id, expectedVersion: saved.version });
      const seen = await Promise.all(pageUrls.map((p) => visibleAfter(p.url, marker, started)));
      pageUrls.forEach((p, i) => times[p.name]!.push(seen[i]!));
      context.log(
        `round ${round}: ${pageUrls.map((p, i) => `${p.name} ${seen[i]!.toFixed(0)} ms`).join(", ")}`,
      );
    }
    const figures: Figure[] = pageUrls.flatMap((p) => [
      { name: `${p.name}: p50`, value: percentile(times[p.name]!, 50), unit: "ms" },
      {
        name: `${p.name}: p95`,
        value: percentile(times[p.name]!, 95),
        unit: "ms",
        target: { op: "<" as const, value: p.target },
      },
      { name: `${p.name}: max`, value: Math.max(...times[p.name]!), unit: "ms" },
    ]);
    return {
      id: "publish-visible",
      title: "Publish → visible on the public page",
      method:
        `${ROUNDS} rounds: update the event's title with a write token (@kz/client on ${context.adminUrl}), then time from ` +
        `the start of event.admin.publish until the public page's HTML contains the new title, polled every ${POLL_MS} ms ` +
        "directly on next start and through deploy/nginx.conf at the same time.",
      figures,
    };
  },
};
