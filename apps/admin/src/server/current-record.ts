import "server-only";

import type { WorkflowStatus } from "@kz/api/schemas";

import { VIEWS } from "../collections";
import type { Caller } from "../collections/define";
import type { Kind } from "../lib/kinds";
import { orNotFound } from "./not-found";

export interface CurrentRecord {
  title: string;
  version: number;
  status: WorkflowStatus;
  deleted: boolean;
}

/** A record's name and current version, for its history page. */
export async function currentRecord(
  caller: Caller,
  kind: Kind,
  id: string,
): Promise<CurrentRecord> {
  const view = VIEWS[kind];
  const r = await orNotFound(view.get(caller)({ id }));
  return {
    title: view.recordTitle(r),
    version: r.version,
    status: r.status,
    deleted: !!r.deletedAt,
  };
}
