// Each procedure's example as people run it: a curl command and a typed-client call. Shared by
// docs/api.md and the public site's /api page, which passes its own deployed URL. Client-safe.
import type { ProcedureDoc } from "./catalog";

export interface DocsUrls {
  /** The public site, where the public procedures are called. */
  publicUrl: string;
  /** The admin, where everything else is (with a session or a token); only those need it. */
  adminUrl?: string;
}

/** A value as TypeScript source: `{ topic: "protests", limit: 5 }`. */
export function tsLiteral(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(tsLiteral).join(", ")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).map(
      ([k, v]) => `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k)}: ${tsLiteral(v)}`,
    );
    return entries.length ? `{ ${entries.join(", ")} }` : "{}";
  }
  return JSON.stringify(value) ?? "undefined";
}

/**
 * A query over plain HTTP: `<site>/api/trpc/<path>?input=<the input in superjson's envelope>`.
 * Plain JSON inputs (no dates, maps or undefined) need only `{"json": …}`.
 */
export function trpcUrl(siteUrl: string, path: string, input?: unknown): string {
  const base = `${siteUrl.replace(/\/+$/, "")}/api/trpc/${path}`;
  if (input === undefined) return base;
  // encodeURIComponent leaves `'` alone, which would end the shell's single-quoted string.
  const encoded = encodeURIComponent(JSON.stringify({ json: input })).replace(/'/g, "%27");
  return `${base}?input=${encoded}`;
}

/**
 * The example as a curl command, on the public or the admin URL as its access says; "" for the
 * admin's session-only procedures, which no program can call.
 */
export function curlCommand(entry: ProcedureDoc, urls: DocsUrls): string {
  if (entry.access === "session" || entry.access === "sessionAdmin") return "";
  const site = entry.access === "public" ? urls.publicUrl : urls.adminUrl;
  if (site === undefined) throw new Error(`${entry.path} is called on the admin: pass adminUrl`);
  const auth = entry.access === "public" ? "" : ` \\\n  -H 'Authorization: Bearer kzr_…'`;
  if (entry.type === "mutation") {
    const body = entry.example === undefined ? "{}" : JSON.stringify({ json: entry.example });
    return `curl -s -X POST '${trpcUrl(site, entry.path)}'${auth} \\\n  -H 'Content-Type: application/json' \\\n  -d '${body.replace(/'/g, "'\\''")}'`;
  }
  return `curl -s '${trpcUrl(site, entry.path, entry.example)}'${auth}`;
}

/** The example with the typed client: `client.event.list.query({ limit: 5 })`. */
export function clientCall(entry: ProcedureDoc): string {
  const call = entry.type === "query" ? "query" : "mutate";
  const input = entry.example === undefined ? "" : tsLiteral(entry.example);
  return `client.${entry.path}.${call}(${input})`;
}
