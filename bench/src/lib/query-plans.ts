/** The SQL that Prisma issues for a call, and Postgres's plan for each statement. */
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

import { PrismaClient, type Db } from "@kz/db";

export interface CapturedQuery {
  sql: string;
  params: unknown[];
}

export interface QueryRecorder {
  /** A client like the apps' (same adapter), that records every statement it sends. */
  db: Db;
  /** Runs `call` and returns the statements it sent, in order. */
  capture: (call: () => Promise<unknown>) => Promise<CapturedQuery[]>;
  close: () => Promise<void>;
}

export function queryRecorder(databaseUrl: string): QueryRecorder {
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl, max: 4 }),
    log: [{ emit: "event", level: "query" }],
  });
  let recording: CapturedQuery[] | null = null;
  client.$on("query", (event) => {
    recording?.push({ sql: event.query, params: JSON.parse(event.params) as unknown[] });
  });
  return {
    // The log option only changes the client's event types, not what the API uses.
    db: client as unknown as Db,
    capture: async (call) => {
      recording = [];
      try {
        await call();
        return recording;
      } finally {
        recording = null;
      }
    },
    close: () => client.$disconnect(),
  };
}

export interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Total Time"?: number;
  Plans?: PlanNode[];
}

export interface Explained {
  sql: string;
  plan: PlanNode;
  executionMs: number;
}

/**
 * EXPLAIN (ANALYZE, FORMAT JSON) of each statement with its own parameters, sent untyped as
 * Prisma's adapter sends them so Postgres infers the same types.
 */
export async function explainAll(
  databaseUrl: string,
  queries: CapturedQuery[],
): Promise<Explained[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const explained: Explained[] = [];
    for (const { sql, params } of queries) {
      const { rows } = await client.query<{
        "QUERY PLAN": Array<{ Plan: PlanNode; "Execution Time": number }>;
      }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
      const [result] = rows[0]!["QUERY PLAN"];
      explained.push({ sql, plan: result!.Plan, executionMs: result!["Execution Time"] });
    }
    return explained;
  } finally {
    await client.end();
  }
}

/** Every node of a plan, depth first. */
export function nodesOf(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodesOf)];
}

/** How each table is read: "Seq Scan on Citation", "Index Scan on Event (Event_pkey)", … */
export function scansOf(plan: PlanNode): string[] {
  return nodesOf(plan)
    .filter((node) => node["Relation Name"])
    .map(
      (node) =>
        `${node["Node Type"]} on ${node["Relation Name"]}` +
        (node["Index Name"] ? ` (${node["Index Name"]})` : ""),
    );
}

export const seqScansOn = (plan: PlanNode, table: string) =>
  nodesOf(plan).filter(
    (node) => node["Node Type"] === "Seq Scan" && node["Relation Name"] === table,
  ).length;
