// The plain REST reads (`GET /api/v1/…`), derived from the router and the collection registry: a
// collection's `list` is `/api/v1/<path>`, its `bySlug` `/api/v1/<path>/{slug}`, any other public
// read of it `/api/v1/<path>/<name>` (rating.seriesList: `/api/v1/ratings/series`), and the public
// reads of the other routers `/api/v1/<router>` (search, changes). A new collection with public
// reads is served, documented in the OpenAPI document and tested with no edit here.
import type { z } from "zod";

import { COLLECTIONS } from "../collections";
import { API_CATALOG } from "../docs/catalog";
import { appRouter } from "../root";
import type { ProcedureMeta } from "../trpc";

export const REST_BASE = "/api/v1";

export interface RestRoute {
  /** Under REST_BASE, with `{slug}` for a path parameter: "/events", "/events/{slug}". */
  path: string;
  /** The tRPC procedure it calls: "event.list". */
  procedure: string;
  /** The input field the path parameter fills (bySlug: "slug"). */
  pathParam?: string;
  summary: string;
  details?: string;
  example?: unknown;
  input?: z.ZodType;
  output?: z.ZodType;
  /** The collection it reads, if any (its noun). */
  collection?: string;
}

/**
 * Public queries that are not served over REST: event.preview answers a draft to the holder of a
 * preview token; a public cache must never keep it, and it is not part of the published record.
 */
const NOT_OVER_REST = new Set(["event.preview"]);

interface DefinedProcedure {
  _def: { type: string; meta?: ProcedureMeta; inputs: z.ZodType[]; output?: z.ZodType };
}

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every public query of the router, in the router's order. */
function publicQueries(): [string, DefinedProcedure["_def"]][] {
  const procedures = appRouter._def.procedures as unknown as Record<string, DefinedProcedure>;
  return Object.entries(procedures)
    .filter(([, p]) => p._def.type === "query" && p._def.meta?.access === "public")
    .filter(([path]) => !NOT_OVER_REST.has(path))
    .map(([path, p]) => [path, p._def]);
}

function restPathOf(
  procedure: string,
  siblings: number,
): Pick<RestRoute, "path" | "pathParam" | "collection"> {
  const [owner, ...rest] = procedure.split(".");
  const name = rest.join(".");
  const collection = COLLECTIONS.find((c) => c.noun === owner);
  if (collection) {
    const base = collection.path;
    if (name === "list") return { path: base, collection: collection.noun };
    if (name === "bySlug")
      return { path: `${base}/{slug}`, pathParam: "slug", collection: collection.noun };
    return { path: `${base}/${kebab(name.replace(/List$/, ""))}`, collection: collection.noun };
  }
  return { path: siblings === 1 ? `/${owner}` : `/${owner}/${kebab(name)}` };
}

function buildRoutes(): RestRoute[] {
  const queries = publicQueries();
  const ownerOf = (path: string) => path.split(".")[0];
  return queries.map(([procedure, def]) => {
    const siblings = queries.filter(([p]) => ownerOf(p) === ownerOf(procedure)).length;
    const doc = API_CATALOG.find((d) => d.path === procedure);
    return {
      ...restPathOf(procedure, siblings),
      procedure,
      summary: doc?.summary ?? procedure,
      ...(doc?.details ? { details: doc.details } : {}),
      ...(doc?.example !== undefined ? { example: doc.example } : {}),
      input: def.inputs[0],
      output: def.output,
    };
  });
}

export const REST_ROUTES: readonly RestRoute[] = buildRoutes();

/** The route a path under REST_BASE names, literal paths before `{slug}`, with its parameter. */
export function matchRoute(
  segments: readonly string[],
): { route: RestRoute; param?: string } | null {
  const path = `/${segments.join("/")}`;
  const literal = REST_ROUTES.find((r) => !r.pathParam && r.path === path);
  if (literal) return { route: literal };
  for (const route of REST_ROUTES) {
    if (!route.pathParam) continue;
    const parts = route.path.split("/").slice(1);
    if (parts.length !== segments.length) continue;
    const fits = parts.every((part, i) => part.startsWith("{") || part === segments[i]);
    if (fits) return { route, param: segments[parts.length - 1] };
  }
  return null;
}

/** A route's address with its example input: `<site>/api/v1/events?topic=protests&limit=5`. */
export function restExampleUrl(siteUrl: string, route: RestRoute): string {
  const example = (route.example ?? {}) as Record<string, unknown>;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(example)) {
    if (key === route.pathParam || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, String(v));
  }
  const path = route.pathParam
    ? route.path.replace(
        `{${route.pathParam}}`,
        encodeURIComponent(String(example[route.pathParam] ?? "")),
      )
    : route.path;
  const query = params.toString();
  return `${siteUrl.replace(/\/+$/, "")}${REST_BASE}${path}${query ? `?${query}` : ""}`;
}
