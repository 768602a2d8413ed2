import { FilterBar, hrefWith, PageHeading, Pagination, SelectFilter, TextFilter } from "@kz/ui";
import type { Metadata } from "next";

import { CreateUserDialog } from "../../../components/users/create-user-dialog";
import { UsersTable } from "../../../components/users/users-table";
import {
  nextPageParams,
  pageStatus,
  parseCursorPage,
  previousPageParams,
} from "../../../lib/cursor-pages";
import { firstParam, roleLabel, type SearchParams } from "../../../lib/format";
import { parseUserFilters, ROLES, userListQuery } from "../../../lib/user-filters";
import { api } from "../../../server/caller";
import { requireRole } from "../../../server/require-user";

export const metadata: Metadata = { title: "Users" };

const PAGE_SIZE = 25;

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireRole("ADMIN");
  const params = await searchParams;
  const filters = parseUserFilters(params);
  const page = parseCursorPage(firstParam(params.cursor), firstParam(params.trail));
  const result = await (
    await api(user)
  ).user.list({ ...userListQuery(filters), limit: PAGE_SIZE, cursor: page.cursor });

  const previous = previousPageParams(page);
  const href = (p: ReturnType<typeof nextPageParams>) => hrefWith("/users", { ...filters, ...p });

  return (
    <>
      <PageHeading
        title="Users"
        lead="Who can sign in to the admin, and with which role. Only admins see this page."
      />
      <div className="space-y-6">
        <div className="flex justify-end">
          <CreateUserDialog />
        </div>
        <FilterBar
          action="/users"
          label="Filter users"
          submitLabel="Filter"
          reset={{ href: "/users", label: "Clear filters" }}
        >
          <TextFilter name="q" label="Name or email" type="search" value={filters.q} />
          <SelectFilter
            name="role"
            label="Role"
            emptyLabel="All roles"
            value={filters.role}
            options={ROLES.map((r) => ({ value: r, label: roleLabel(r) }))}
          />
          <SelectFilter
            name="status"
            label="Status"
            emptyLabel="Active and deactivated"
            value={filters.status}
            options={[
              { value: "active", label: "Active" },
              { value: "inactive", label: "Deactivated" },
            ]}
          />
        </FilterBar>
        <UsersTable users={result.items} currentUserId={user.id} now={new Date()} />
        <Pagination
          previousHref={previous ? href(previous) : null}
          nextHref={result.nextCursor ? href(nextPageParams(page, result.nextCursor)) : null}
          status={pageStatus(page, PAGE_SIZE, result.items.length, result.total)}
        />
      </div>
    </>
  );
}
