"use client";

import type { TokenOutput, TokenRevokeReason, TokenWithOwnerOutput } from "@kz/api/schemas";
import { Alert, Badge } from "@kz/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";

import { tokenHint, tokenStatus, type TokenStatus } from "../../lib/tokens";
import { errorMessage } from "../../trpc/form-errors";
import { useTRPC } from "../../trpc/react";
import { smallButton } from "../content/form-controls";
import { actionsColumn, DataTable } from "../data-table";
import { Dialog } from "../dialog";
import { DialogAction } from "../dialog-actions";
import { LiveNotice, type Notice } from "../live-notice";
import { ShortDate } from "../short-date";

const STATUS: Record<TokenStatus, { label: string; tone: "success" | "warning" | "danger" }> = {
  active: { label: "Active", tone: "success" },
  expired: { label: "Expired", tone: "warning" },
  revoked: { label: "Revoked", tone: "danger" },
};

const REVOKED_BECAUSE: Record<TokenRevokeReason, string> = {
  owner: "by its owner",
  admin: "by an admin",
  "password-change": "when the password changed",
  "password-reset": "when an admin reset the password",
  deactivated: "when the account was deactivated",
};

type Token = TokenOutput & Partial<Pick<TokenWithOwnerOutput, "owner">>;

/**
 * Tokens without their secrets (the server no longer has them), and revoking one: the caller's own,
 * or, for an admin's view of `everyone`, any user's (with an owner column).
 */
export function TokensTable({
  tokens,
  now,
  everyone = false,
}: {
  tokens: Token[];
  now: Date;
  everyone?: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const revokeOwn = useMutation(trpc.token.revoke.mutationOptions());
  const revokeAny = useMutation(trpc.token.admin.revoke.mutationOptions());
  const revoke = everyone ? revokeAny : revokeOwn;
  const [target, setTarget] = useState<Token | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [error, setError] = useState<string | null>(null);

  const onConfirm = async () => {
    if (!target) return;
    setError(null);
    try {
      await revoke.mutateAsync({ id: target.id });
      setNotice({
        tone: "info",
        text: `The token “${target.name}” is revoked: it no longer works.`,
      });
      setTarget(null);
      router.refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <div className="space-y-3">
      <LiveNotice notice={notice} />
      {tokens.length === 0 ? (
        <p className="text-slate-600">
          {everyone ? "No tokens match." : "You have no API tokens."}
        </p>
      ) : (
        <DataTable
          caption={`${everyone ? "Every user's API tokens" : "Your API tokens"}, newest first`}
          stack
          columns={[
            "Name",
            everyone && "Owner",
            "Token",
            "Scopes",
            "Created",
            "Expires",
            "Last used",
            "Status",
            actionsColumn,
          ]}
        >
          {tokens.map((token) => {
            const status = tokenStatus(token, now);
            return (
              <tr key={token.id}>
                <th scope="row" className="break-words">
                  {token.name}
                </th>
                {token.owner ? (
                  <td data-label="Owner" className="break-all">
                    {token.owner.email}
                  </td>
                ) : null}
                <td data-label="Token">
                  {/* May break: with every user's tokens and an Owner column, 1280 px has no room to spare. */}
                  <code className="break-all">{tokenHint(token.prefix)}</code>
                </td>
                <td data-label="Scopes">
                  {token.scopes.length ? (
                    <span className="font-mono text-xs">{token.scopes.join(", ")}</span>
                  ) : (
                    <span className="text-slate-600">public reads only</span>
                  )}
                </td>
                <td data-label="Created">
                  <ShortDate date={token.createdAt} />
                </td>
                <td data-label="Expires">
                  <ShortDate date={token.expiresAt} />
                </td>
                <td data-label="Last used">
                  <ShortDate date={token.lastUsedAt} empty="Never" />
                </td>
                <td data-label="Status">
                  <Badge tone={STATUS[status].tone}>{STATUS[status].label}</Badge>
                  {token.revokedAt ? (
                    <span className="block text-xs text-slate-600">
                      <ShortDate date={token.revokedAt} />
                      {token.revokedReason ? `, ${REVOKED_BECAUSE[token.revokedReason]}` : ""}
                    </span>
                  ) : null}
                </td>
                <td>
                  {status !== "active" ? null : (
                    <button
                      type="button"
                      onClick={() => {
                        setError(null);
                        setTarget(token);
                      }}
                      className={smallButton}
                    >
                      Revoke<span className="sr-only"> {token.name}</span>
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </DataTable>
      )}
      <Dialog
        open={target !== null}
        onClose={() => setTarget(null)}
        title={`Revoke the token “${target?.name ?? ""}”?`}
      >
        {error ? <Alert>{error}</Alert> : null}
        <p>
          {target?.owner ? `It belongs to ${target.owner.email}. ` : ""}Programs using it will be
          refused from now on. A revoked token cannot be restored: create a new one if you need
          access again.
        </p>
        <DialogAction
          onCancel={() => setTarget(null)}
          label="Revoke token"
          busyLabel="Revoking…"
          busy={revoke.isPending}
          onClick={onConfirm}
        />
      </Dialog>
    </div>
  );
}
