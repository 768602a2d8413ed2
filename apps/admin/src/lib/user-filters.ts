import { roleInput, type RoleInput } from "@kz/api/schemas";

import { firstParam, type SearchParams } from "./format";

export const ROLES = roleInput.options;

export interface UserFilterValues {
  q?: string;
  role?: RoleInput;
  status?: "active" | "inactive";
}

/** The users list's filters from the URL; unknown values are ignored. */
export function parseUserFilters(params: SearchParams): UserFilterValues {
  const q = firstParam(params.q)?.slice(0, 200);
  const role = roleInput.safeParse(firstParam(params.role));
  const status = firstParam(params.status);
  return {
    ...(q ? { q } : {}),
    ...(role.success ? { role: role.data } : {}),
    ...(status === "active" || status === "inactive" ? { status } : {}),
  };
}

/** user.list's input for these filters. */
export function userListQuery(values: UserFilterValues) {
  return {
    q: values.q,
    role: values.role,
    active: values.status === undefined ? undefined : values.status === "active",
  };
}
