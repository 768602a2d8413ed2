import { FilterBar, hrefWith, PageHeading, SelectFilter, TextFilter } from "@kz/ui";
import type { Metadata } from "next";

import { CursorPagination, cursorPageOf } from "../../../components/cursor-pagination";
import { CreateUserDialog } from "../../../components/users/create-user-dialog";
import { UsersTable } from "../../../components/users/users-table";
import { roleLabel, type SearchParams } from "../../../lib/format";
import { parseUserFilters, ROLES, userListQuery } from "../../../lib/user-filters";
import { api } from "../../../server/caller";
import { requireRole } from "../../../server/require-user";

export const metadata: Metadata = { title: "Users" };

const PAGE_SIZE = 25;

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireRole("ADMIN");
  const params = await searchParams;
  const filters = parseUserFilters(params);
  const page = cursorPageOf(params);
  const result = await (
    await api(user)
  ).user.list({ ...userListQuery(filters), limit: PAGE_SIZE, cursor: page.cursor });

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
        <CursorPagination
          page={page}
          result={result}
          limit={PAGE_SIZE}
          href={(p) => hrefWith("/users", { ...filters, ...p })}
        />
      </div>
    </>
  );
}
