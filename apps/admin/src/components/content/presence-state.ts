import type { AppRouter } from "@kz/api";
import type { inferRouterOutputs } from "@trpc/server";

import { formatDateTime } from "../../lib/format";

export type Presence = inferRouterOutputs<AppRouter>["presence"]["heartbeat"];

/**
 * Whether this tab may edit: until the first answer it may (a presence service that cannot be
 * reached must not stop anyone working; saves still carry their version), then only while it holds
 * the lock.
 */
export const mayEdit = (presence: Presence | null) =>
  presence === null || presence.holder?.thisTab === true;

const names = (people: { name: string }[]) => {
  const unique = [...new Set(people.map((p) => p.name))];
  return unique.length > 1
    ? `${unique.slice(0, -1).join(", ")} and ${unique[unique.length - 1]}`
    : (unique[0] ?? "");
};

/** What the page says about who else is here; null when nobody is. */
export function presenceText(presence: Presence | null): string | null {
  if (!presence) return null;
  const { holder, takenOverBy, watching } = presence;
  if (takenOverBy && !holder?.thisTab)
    return `${takenOverBy} took over editing${holder ? ` at ${formatDateTime(holder.since)}` : ""}. Your form is read-only; your unsaved text is still here.`;
  if (holder && !holder.thisTab)
    return holder.you
      ? `You are editing this in another tab since ${formatDateTime(holder.since)}.`
      : `Being edited by ${holder.name} since ${formatDateTime(holder.since)}.`;
  if (watching.length) return `Also open (read-only) for ${names(watching)}.`;
  return null;
}
