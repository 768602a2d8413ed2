import { hasRole } from "@kz/api";
import { Card, PageHeading } from "@kz/ui";
import type { Metadata } from "next";

import { CreateTokenForm } from "../../../components/tokens/create-token-form";
import { TokensTable } from "../../../components/tokens/tokens-table";
import { dayAfter } from "../../../lib/days";
import { api } from "../../../server/caller";
import { requireActor } from "../../../server/require-actor";

export const metadata: Metadata = { title: "API tokens" };

/** A new token expires in 90 days unless its owner picks otherwise. */
const DEFAULT_LIFETIME_DAYS = 90;

export default async function TokensPage() {
  const actor = await requireActor();
  const tokens = await (await api(actor)).token.list();
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
            canWrite={hasRole(actor, "CONTRIBUTOR")}
            today={dayAfter(now, 0)}
            defaultExpiry={dayAfter(now, DEFAULT_LIFETIME_DAYS)}
          />
        </Card>
        <section aria-labelledby="your-tokens" className="space-y-3">
          <h2 id="your-tokens" className="text-brand-900 text-lg font-semibold">
            Your tokens
          </h2>
          <TokensTable tokens={tokens} now={now} />
        </section>
      </div>
    </>
  );
}
