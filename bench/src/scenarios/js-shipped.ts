import { gzipSync } from "node:zlib";

import { createClient } from "@kz/client";

import type { Figure, Scenario } from "../types";
import { fetchHtml, PUBLIC_PAGES } from "../lib/pages";

const kb = (bytes: number) => bytes / 1024;

/** Every page type of the public site, with a real record for each kind of detail page. */
async function pageTypes(webUrl: string): Promise<{ name: string; path: string }[]> {
  const client = createClient({ url: webUrl });
  const [topics, sources, actors, places] = await Promise.all([
    client.topic.list.query(),
    client.source.list.query({ limit: 1 }),
    client.actor.list.query({ limit: 1 }),
    client.place.list.query(),
  ]);
  const first = <T>(items: T[], what: string): T => {
    if (!items[0]) throw new Error(`the bench database has no ${what}`);
    return items[0];
  };
  return [
    ...PUBLIC_PAGES,
    { name: "topic", path: `/topics/${first(topics, "topic").slug}` },
    { name: "source", path: `/sources/${first(sources.items, "source").slug}` },
    { name: "actor", path: `/actors/${first(actors.items, "actor").slug}` },
    { name: "place", path: `/places/${first(places, "place").slug}` },
    { name: "search", path: "/search?q=protest" },
    { name: "data", path: "/data" },
    { name: "api docs", path: "/api" },
  ];
}

/** JavaScript a reader's browser downloads per page type: external scripts, gzip-compressed, summed. */
export const jsShipped: Scenario = {
  id: "js-shipped",
  title: "JavaScript shipped per public page type",
  run: async (context) => {
    const figures: Figure[] = [];
    const notes: string[] = [];
    const cache = new Map<string, number>();
    const gzippedSize = async (src: string) => {
      const url = new URL(src, context.webUrl).toString();
      if (!cache.has(url)) {
        const body = Buffer.from(await (await fetch(url)).arrayBuffer());
        cache.set(url, gzipSync(body).length);
      }
      return cache.get(url)!;
    };
    for (const page of await pageTypes(context.webUrl)) {
      const html = await fetchHtml(`${context.webUrl}${page.path}`);
      const sources = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
      const external = (await Promise.all([...new Set(sources)].map(gzippedSize))).reduce(
        (a, b) => a + b,
        0,
      );
      const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
        .map((m) => m[1]!)
        .join("");
      figures.push({
        name: `${page.name} (${page.path.split("?")[0]})`,
        value: kb(external),
        unit: "KB",
        ...(page.name === "event" ? { target: { op: "<=" as const, value: 110 } } : {}),
      });
      notes.push(
        `${page.name}: ${new Set(sources).size} script files; inline data (RSC payload) ${kb(gzipSync(inline).length).toFixed(1)} KB gzip`,
      );
    }
    return {
      id: "js-shipped",
      title: "JavaScript shipped per public page type",
      method:
        "each page's HTML from next start; every <script src> fetched and gzip-compressed (zlib default level) and " +
        "summed, shared chunks counted on every page that loads them; inline RSC data noted apart.",
      figures,
      notes,
    };
  },
};
