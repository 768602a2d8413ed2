import "server-only";

import type { WorkflowStatus } from "@kz/api/schemas";

import type { Kind } from "../lib/kinds";
import type { api } from "./caller";
import { orNotFound } from "./not-found";

type Caller = Awaited<ReturnType<typeof api>>;

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
  switch (kind) {
    case "event": {
      const r = await orNotFound(caller.event.admin.getForEdit({ id }));
      return { title: r.form.title, version: r.version, status: r.status, deleted: !!r.deletedAt };
    }
    case "source": {
      const r = await orNotFound(caller.source.admin.getForEdit({ id }));
      return { title: r.form.title, version: r.version, status: r.status, deleted: !!r.deletedAt };
    }
    case "topic": {
      const r = await orNotFound(caller.topic.admin.getForEdit({ id }));
      return { title: r.form.name, version: r.version, status: r.status, deleted: !!r.deletedAt };
    }
    case "rating": {
      const r = await orNotFound(caller.rating.admin.getForEdit({ id }));
      return {
        title: `${r.series.name}, ${r.form.year}`,
        version: r.version,
        status: r.status,
        deleted: !!r.deletedAt,
      };
    }
    case "actor": {
      const r = await orNotFound(caller.actor.admin.getForEdit({ id }));
      return { title: r.form.name, version: r.version, status: r.status, deleted: !!r.deletedAt };
    }
    case "place": {
      const r = await orNotFound(caller.place.admin.getForEdit({ id }));
      return { title: r.form.name, version: r.version, status: r.status, deleted: !!r.deletedAt };
    }
  }
}
