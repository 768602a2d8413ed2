import { hasRole } from "@kz/api";
import { TOKEN_DEFAULT_LIFETIME_DAYS, TOKEN_MAX_LIFETIME_DAYS } from "@kz/api/schemas";
import { Card, hrefWith, PageHeading, Pagination } from "@kz/ui";
import type { Metadata } from "next";
import Link from "next/link";

import { CreateTokenForm } from "../../../components/tokens/create-token-form";
import { TokensTable } from "../../../components/tokens/tokens-table";
import {
  nextPageParams,
  pageStatus,
  parseCursorPage,
  previousPageParams,
  type CursorPage,
} from "../../../lib/cursor-pages";
import { dayAfter } from "../../../lib/days";
import { firstParam, type SearchParams } from "../../../lib/format";
import { api } from "../../../server/caller";
import { requireUser } from "../../../server/require-user";

export const metadata: Metadata = { title: "API tokens" };

const PAGE_SIZE = 50;

export default async function TokensPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const user = await requireUser();
  const params = await searchParams;
  const caller = await api(user);
  const tokens = await caller.token.list();
  const now = new Date();

  return (
    <>
      <PageHeading
        title="API tokens"
        lead="Personal tokens let your own programs call the API as you, limited by the token's scopes and by your role."
      />
      <div className="space-y-8">
        <Card>
          <CreateTokenForm
            canWrite={hasRole(user, "CONTRIBUTOR")}
            today={dayAfter(now, 0)}
            defaultExpiry={dayAfter(now, TOKEN_DEFAULT_LIFETIME_DAYS)}
            // The last day whose end is still within the maximum lifetime.
            latestExpiry={dayAfter(now, TOKEN_MAX_LIFETIME_DAYS - 1)}
          />
        </Card>
        <section aria-labelledby="your-tokens" className="space-y-3">
          <h2 id="your-tokens" className="text-brand-900 text-lg font-semibold">
            Your tokens
          </h2>
          <TokensTable tokens={tokens} now={now} />
        </section>
        {hasRole(user, "ADMIN") ? (
          <EveryonesTokens
            caller={caller}
            now={now}
            all={firstParam(params.tokens) === "all"}
            page={parseCursorPage(firstParam(params.cursor), firstParam(params.trail))}
          />
        ) : null}
      </div>
    </>
  );
}

/** For admins: every user's tokens, to find and revoke a stolen or forgotten one. */
async function EveryonesTokens({
  caller,
  now,
  all,
  page,
}: {
  caller: Awaited<ReturnType<typeof api>>;
  now: Date;
  all: boolean;
  page: CursorPage;
}) {
  const result = await caller.token.admin.list({
    state: all ? "all" : "active",
    limit: PAGE_SIZE,
    cursor: page.cursor,
  });
  const href = (p: ReturnType<typeof nextPageParams>) =>
    `${hrefWith("/tokens", { tokens: all ? "all" : undefined, ...p })}#everyones-tokens`;
  const previous = previousPageParams(page);
  return (
    <section aria-labelledby="everyones-tokens" className="space-y-3">
      <h2 id="everyones-tokens" className="text-brand-900 text-lg font-semibold">
        Every user&apos;s tokens
      </h2>
      <p className="text-sm text-slate-600">
        {all ? "All tokens, revoked and expired ones included. " : "Tokens that still work. "}
        <Link
          href={all ? "/tokens#everyones-tokens" : "/tokens?tokens=all#everyones-tokens"}
          className="underline"
        >
          {all ? "Show only working tokens" : "Show revoked and expired tokens too"}
        </Link>
      </p>
      <TokensTable tokens={result.items} now={now} everyone />
      <Pagination
        previousHref={previous ? href(previous) : null}
        nextHref={result.nextCursor ? href(nextPageParams(page, result.nextCursor)) : null}
        status={pageStatus(page, PAGE_SIZE, result.items.length, result.total)}
        labels={{ nav: "Pages of every user's tokens", previous: "Newer", next: "Older" }}
      />
    </section>
  );
}
