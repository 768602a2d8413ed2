/** What every benchmark scenario receives and returns; `run.ts` prints and saves the results. */

export interface Target {
  /** How the figure compares with the target value: e.g. `{ op: "<", value: 50 }` for "p95 < 50 ms". */
  op: "<" | "<=" | ">" | ">=" | "==";
  value: number;
  /** How the target reads in the table when it is not a plain number, e.g. "≥ 0.8 × static Next.js". */
  label?: string;
}

export interface Figure {
  /** e.g. "event.list first page p95". */
  name: string;
  value: number;
  /** e.g. "ms", "req/s", "KB", "score", "×". */
  unit: string;
  target?: Target;
}

export interface ScenarioResult {
  id: string;
  title: string;
  /** How the figures were measured, printed under the scenario's heading. */
  method: string;
  figures: Figure[];
  /** Anything else a reader of the results needs: query plans, caveats, errors seen. */
  notes?: string[];
}

export interface BenchContext {
  repoRoot: string;
  /** The benchmark's own seeded database (a fresh one per run). */
  databaseUrl: string;
  /** The Postgres server it lives on, for scenarios that create further databases. */
  serverUrl: string;
  webUrl: string;
  adminUrl: string;
  /** nginx with deploy/nginx.conf in front of webUrl, when nginx is installed; else null. */
  proxyUrl: string | null;
  /** A write token (all scopes) for the public API, `Authorization: Bearer …`. */
  apiToken: string;
  admin: { email: string; password: string };
  /** Progress for the user, one line at a time. */
  log: (message: string) => void;
}

export interface Scenario {
  id: string;
  title: string;
  /**
   * When it runs: "apps" (default) while the bench's apps serve on :3000/:3001 and the proxy on :8080;
   * "standalone" with its own database or servers, not needing those; "after" once they are stopped.
   */
  phase?: "apps" | "standalone" | "after";
  run: (context: BenchContext) => Promise<ScenarioResult>;
}

export function holds(figure: Figure): boolean | null {
  const { target, value } = figure;
  if (!target) return null;
  switch (target.op) {
    case "<":
      return value < target.value;
    case "<=":
      return value <= target.value;
    case ">":
      return value > target.value;
    case ">=":
      return value >= target.value;
    case "==":
      return value === target.value;
  }
}
