import { COLLECTIONS } from "@kz/api/collections";
import { entityTypeInput } from "@kz/api/schemas";

import { dayBoundary } from "./days";
import { firstParam, type SearchParams } from "./format";

export type EntityType = (typeof entityTypeInput.options)[number];
export const ENTITY_TYPES = entityTypeInput.options;

/** The audit log's filters as they are in the URL (and in the filter form). */
export interface AuditFilterValues {
  /** The acting user's email. */
  actor?: string;
  /** "user.create", or a family ending in a dot: "login.". */
  action?: string;
  type?: EntityType;
  /** One record's id, reached from a link rather than typed. */
  entity?: string;
  /** Calendar days, YYYY-MM-DD, in UTC; both inclusive. */
  from?: string;
  to?: string;
}

export interface AuditFilters {
  values: AuditFilterValues;
  /** The parts of audit.list's input that come straight from the URL (the actor is looked up). */
  query: {
    action?: string;
    entityType?: EntityType;
    entityId?: string;
    from?: Date;
    to?: Date;
  };
  errors: { field: keyof AuditFilterValues; message: string }[];
}

/** Families of actions offered as suggestions; every action is "<family>.<verb>". */
export const ACTION_FAMILIES = [
  "login.",
  "user.",
  "token.",
  // Each collection's actions start with its noun (event.publish).
  ...COLLECTIONS.map((c) => `${c.noun}.` as const),
];

/**
 * audit.list matches an action exactly, or a family by a prefix ending in a dot. Every action has a
 * family, so a bare word ("login") can only mean the family and is searched as one ("login.").
 */
export function actionFilter(action: string): string {
  return action.includes(".") ? action : `${action}.`;
}

/** Reads the audit filters from the URL, keeping what is valid and saying what is not. */
export function parseAuditFilters(params: SearchParams): AuditFilters {
  const errors: AuditFilters["errors"] = [];
  const values: AuditFilterValues = {};
  const query: AuditFilters["query"] = {};

  const actor = firstParam(params.actor);
  if (actor) values.actor = actor.toLowerCase().slice(0, 200);

  const action = firstParam(params.action);
  if (action) {
    values.action = action.slice(0, 100);
    query.action = actionFilter(values.action);
  }

  const type = firstParam(params.type);
  if (type) {
    const parsed = entityTypeInput.safeParse(type);
    if (parsed.success) values.type = query.entityType = parsed.data;
    else errors.push({ field: "type", message: `Unknown record type “${type}”` });
  }

  const entity = firstParam(params.entity);
  if (entity && /^[A-Za-z0-9_-]{1,64}$/.test(entity)) values.entity = query.entityId = entity;

  for (const [field, edge] of [
    ["from", "start"],
    ["to", "end"],
  ] as const) {
    const day = firstParam(params[field]);
    if (!day) continue;
    const boundary = dayBoundary(day, edge);
    if (boundary) {
      values[field] = day;
      query[field] = boundary;
    } else {
      errors.push({ field, message: `“${day}” is not a date (use YYYY-MM-DD)` });
    }
  }
  if (query.from && query.to && query.from > query.to) {
    errors.push({ field: "to", message: "Pick an end date on or after the start date" });
    delete query.to;
  }
  return { values, query, errors };
}
