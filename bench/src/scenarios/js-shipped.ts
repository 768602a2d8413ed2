import { gzipSync } from "node:zlib";

import { createClient } from "@kz/client";

import type { Figure, Scenario } from "../types";
import { fetchHtml, PUBLIC_PAGES } from "../lib/pages";
import { buildStaticNext, startStaticNext, staticNextBuilt } from "../lib/static-next";

const STATIC_NEXT_PORT = 3100;

const kb = (bytes: number) => bytes / 1024;

/** Our own JavaScript's budget per page, gzip, above what Next.js loads on any page. */
const OURS_ABOVE_FLOOR_KB = 5;

/** The gzip size of every external script the page at `url` loads; shared between pages by URL. */
function scriptMeter() {
  const cache = new Map<string, number>();
  const gzippedSize = async (url: string) => {
    if (!cache.has(url)) {
      const body = Buffer.from(await (await fetch(url)).arrayBuffer());
      cache.set(url, gzipSync(body).length);
    }
    return cache.get(url)!;
  };
  return async (pageUrl: string) => {
    const html = await fetchHtml(pageUrl);
    const sources = [
      ...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!)),
    ];
    const sizes = await Promise.all(
      sources.map((src) => gzippedSize(new URL(src, pageUrl).toString())),
    );
    const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
      .map((m) => m[1]!)
      .join("");
    return {
      files: sources.length,
      external: sizes.reduce((a, b) => a + b, 0),
      inline: gzipSync(inline).length,
    };
  };
}

/**
 * The framework's floor: the JavaScript of a fully static Next.js page with no client component
 * of its own (bench/.static-next, built by the pages scenario or here).
 */
async function frameworkFloor(htmlBytes: number, log: (message: string) => void): Promise<number> {
  if (!(await staticNextBuilt())) await buildStaticNext({ event: htmlBytes }, log);
  const server = await startStaticNext(STATIC_NEXT_PORT, log);
  try {
    return (await scriptMeter()(`http://127.0.0.1:${STATIC_NEXT_PORT}/event`)).external;
  } finally {
    await server.stop();
  }
}

/** Every page type of the public site, with a real record for each kind of detail page. */
async function pageTypes(webUrl: string): Promise<{ name: string; path: string }[]> {
  const client = createClient({ url: webUrl });
  const [sources, actors, places] = await Promise.all([
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
    const measure = scriptMeter();
    let eventHtmlBytes = 0;
    const pages: { name: string; external: number }[] = [];
    for (const page of await pageTypes(context.webUrl)) {
      const url = `${context.webUrl}${page.path}`;
      const { files, external, inline } = await measure(url);
      if (page.name === "event") eventHtmlBytes = Buffer.byteLength(await fetchHtml(url));
      const name = `${page.name} (${page.path.split("?")[0]})`;
      pages.push({ name, external });
      figures.push({
        name,
        value: kb(external),
        unit: "KB",
        ...(page.name === "event" ? { target: { op: "<=" as const, value: 110 } } : {}),
      });
      notes.push(
        `${page.name}: ${files} script files; inline data (RSC payload) ${kb(inline).toFixed(1)} KB gzip`,
      );
    }
    const floor = await frameworkFloor(eventHtmlBytes, context.log);
    figures.push({
      name: "static Next.js page without client components (the framework's floor)",
      value: kb(floor),
      unit: "KB",
    });
    // Ours is what a page loads beyond the floor (issue 13: at most 5 KB on every page type).
    for (const page of pages) {
      figures.push({
        name: `${page.name}: ours above the floor`,
        value: kb(page.external - floor),
        unit: "KB",
        target: { op: "<=", value: OURS_ABOVE_FLOOR_KB },
      });
    }
    return {
      id: "js-shipped",
      title: "JavaScript shipped per public page type",
      method:
        "each page's HTML from next start; every <script src> fetched and gzip-compressed (zlib default level) and " +
        "summed, shared chunks counted on every page that loads them; inline RSC data noted apart. " +
        "For scale, the same measure of a fully static Next.js page with no client component of its own.",
      figures,
      notes,
    };
  },
};
