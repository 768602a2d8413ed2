"use client";

import type { SessionOutput } from "@kz/api/schemas";
import { Button } from "@kz/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useState } from "react";

import { formatDateTime } from "../../lib/format";
import { errorMessage } from "../../trpc/form-errors";
import { useTRPC } from "../../trpc/react";
import { actionsColumn, DataTable } from "../data-table";
import { LiveNotice, type Notice } from "../live-notice";
import { RowButton } from "../row-button";

/** "Firefox on Linux" from a user agent, or the raw string when it says nothing familiar. */
function browserOf(userAgent: string | null): string {
  if (!userAgent) return "Unknown browser";
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /Firefox\//.test(userAgent)
      ? "Firefox"
      : /Chrom(e|ium)\//.test(userAgent)
        ? "Chromium or Chrome"
        : /Safari\//.test(userAgent)
          ? "Safari"
          : null;
  const system = /Android/.test(userAgent)
    ? "Android"
    : /iPhone|iPad/.test(userAgent)
      ? "iOS"
      : /Windows/.test(userAgent)
        ? "Windows"
        : /Mac OS X/.test(userAgent)
          ? "macOS"
          : /Linux/.test(userAgent)
            ? "Linux"
            : null;
  return browser ? `${browser}${system ? ` on ${system}` : ""}` : userAgent.slice(0, 60);
}

/**
 * The signed-in user's live sessions, each with its own "Sign out", and "Sign out everywhere". The
 * server ends the session at once: a copy of its cookie stops working on its next request.
 */
export function SessionsList({ sessions }: { sessions: SessionOutput[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const endOne = useMutation(trpc.me.endSession.mutationOptions());
  const endAll = useMutation(trpc.me.endAllSessions.mutationOptions());
  const [notice, setNotice] = useState<Notice | null>(null);

  const onEnd = async (session: SessionOutput) => {
    setNotice(null);
    try {
      await endOne.mutateAsync({ id: session.id });
      if (session.current) {
        await signOut({ callbackUrl: "/login" });
        return;
      }
      setNotice({
        tone: "info",
        text: `Signed out the session of ${browserOf(session.userAgent)}.`,
      });
      router.refresh();
    } catch (error) {
      setNotice({ tone: "danger", text: errorMessage(error) });
    }
  };

  const onEndAll = async () => {
    setNotice(null);
    try {
      await endAll.mutateAsync();
      await signOut({ callbackUrl: "/login?notice=signed-out-everywhere" });
    } catch (error) {
      setNotice({ tone: "danger", text: errorMessage(error) });
    }
  };

  return (
    <div className="space-y-3">
      <LiveNotice notice={notice} />
      <DataTable
        caption="Your sessions"
        columns={["Browser", "Signed in", "Last seen", "Address", actionsColumn]}
      >
        {sessions.map((session) => (
          <tr key={session.id}>
            <th scope="row" className="align-top font-normal">
              {browserOf(session.userAgent)}
              {session.current ? (
                <span className="block text-sm text-slate-600">This browser</span>
              ) : null}
            </th>
            <td className="align-top whitespace-nowrap">{formatDateTime(session.createdAt)}</td>
            <td className="align-top whitespace-nowrap">{formatDateTime(session.lastSeenAt)}</td>
            <td className="align-top">{session.ip ?? "Unknown"}</td>
            <td className="align-top">
              <RowButton
                subject={`the session of ${browserOf(session.userAgent)} signed in ${formatDateTime(session.createdAt)}`}
                disabled={endOne.isPending}
                onClick={() => onEnd(session)}
              >
                Sign out
              </RowButton>
            </td>
          </tr>
        ))}
      </DataTable>
      <p className="text-sm text-slate-600">
        A session you do not recognise? Sign it out, then change your password.
      </p>
      <Button type="button" variant="secondary" onClick={onEndAll} disabled={endAll.isPending}>
        {endAll.isPending ? "Signing out…" : "Sign out everywhere"}
      </Button>
    </div>
  );
}
