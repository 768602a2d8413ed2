import { appRouter } from "../root";
import type { ProcedureMeta } from "../trpc";
import type { ProcedureAccess } from "../security/access";

type Procedures = Record<string, { _def: { meta?: ProcedureMeta } } | undefined>;

/** Who may call the procedure at `path`: what the procedure it is built on declares (trpc.ts). */
export function accessOf(path: string): ProcedureAccess {
  const access = (appRouter._def.procedures as unknown as Procedures)[path]?._def.meta?.access;
  if (!access) throw new Error(`${path}: no such procedure, or one that declares no access`);
  return access;
}
