"use client";

import type { CollectionEntityType } from "@kz/api/collections";
import { Button } from "@kz/ui";
import { useCallback, useEffect, useRef, useState } from "react";

import { useTRPCClient } from "../../trpc/react";
import { mayEdit, presenceText, type Presence } from "./presence-state";

/** Well inside the server's 45 s: a missed beat or two does not lose the lock. */
const HEARTBEAT_MS = 10_000;

/**
 * This tab's id, kept for the tab's life (sessionStorage): a reload is the same editor, not a
 * second one finding its own lock held.
 */
function tabId(): string {
  const key = "kz.presence.tab";
  const kept = sessionStorage.getItem(key);
  if (kept) return kept;
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const made = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  sessionStorage.setItem(key, made);
  return made;
}

/**
 * Presence on a record's edit page: heartbeats while the page is open (and at once when the tab is
 * shown again), so others see who is editing, and this tab learns within one beat when someone
 * took the lock over. `enabled` is false where this user could not edit anyway.
 */
export function usePresence(target: {
  entityType: CollectionEntityType;
  id: string | undefined;
  enabled: boolean;
}) {
  const client = useTRPCClient();
  const [presence, setPresence] = useState<Presence | null>(null);
  const [taking, setTaking] = useState(false);
  const tab = useRef<string | null>(null);
  const { entityType, id, enabled } = target;

  const beat = useCallback(
    async (takeOver?: true) => {
      if (!id) return;
      tab.current ??= tabId();
      try {
        const next = await client.presence.heartbeat.mutate({
          entityType,
          id,
          tab: tab.current,
          takeOver,
        });
        // The same answer as last time re-renders nothing (the page beats every 10 s while typing).
        setPresence((last) => (JSON.stringify(last) === JSON.stringify(next) ? last : next));
      } catch {
        // Offline or refused: keep what was known; the next beat tries again.
      }
    },
    [client, entityType, id],
  );

  useEffect(() => {
    if (!enabled || !id) return;
    void beat();
    const timer = setInterval(() => void beat(), HEARTBEAT_MS);
    const shown = () => {
      if (document.visibilityState === "visible") void beat();
    };
    document.addEventListener("visibilitychange", shown);
    return () => {
      clearInterval(timer);
      document.removeEventListener("visibilitychange", shown);
      // Leaving the page within the admin frees the lock at once; closing the tab, in 45 s.
      if (tab.current)
        void client.presence.leave.mutate({ entityType, id, tab: tab.current }).catch(() => null);
      setPresence(null);
    };
  }, [enabled, id, entityType, beat, client]);

  const takeOver = useCallback(async () => {
    setTaking(true);
    await beat(true);
    setTaking(false);
  }, [beat]);

  return {
    presence: enabled ? presence : null,
    /** Someone else holds the lock (or took it from this tab): the form is read-only. */
    locked: enabled && !mayEdit(presence),
    takeOver,
    taking,
  };
}

/** Who else is here, live; with "Take over" when another tab holds the lock. */
export function PresenceNotice({
  presence,
  locked,
  taking,
  onTakeOver,
}: ReturnType<typeof usePresence> & { onTakeOver: () => void }) {
  const text = presenceText(presence);
  return (
    <div role="status" aria-live="polite" data-testid="presence">
      {text ? (
        <div
          className={
            locked
              ? "flex flex-wrap items-center justify-between gap-3 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-950"
              : "rounded-md bg-slate-100 px-4 py-2 text-sm text-slate-700"
          }
        >
          <p>{text}</p>
          {locked ? (
            <div className="flex items-center gap-3">
              <span className="text-xs text-amber-900">
                Taking over makes their form read-only. Saves never overwrite unseen changes.
              </span>
              <Button type="button" variant="secondary" disabled={taking} onClick={onTakeOver}>
                {taking ? "Taking over…" : "Take over"}
              </Button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
