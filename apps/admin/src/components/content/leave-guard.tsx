"use client";

import { Button } from "@kz/ui";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";

import { Dialog } from "../dialog";

/** The parts of the Navigation API used here (not in every browser, nor in TypeScript's DOM types). */
interface NavigateEventLike extends Event {
  navigationType: "push" | "replace" | "reload" | "traverse";
  cancelable: boolean;
  destination: { index: number };
}
interface NavigationLike {
  currentEntry: { index: number } | null;
  addEventListener(type: "navigate", listener: (event: NavigateEventLike) => void): void;
  removeEventListener(type: "navigate", listener: (event: NavigateEventLike) => void): void;
}

/** Where the editor was going: a page of the admin, or back (or forward) in the browser's history. */
type Destination = { href: string } | { steps: number };

/** A click that would leave for another page of the admin (not a new tab, a download or an anchor). */
function leavingHref(event: MouseEvent): string | null {
  if (event.defaultPrevented || event.button !== 0) return null;
  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return null;
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  if (!(link instanceof HTMLAnchorElement) || link.hasAttribute("download")) return null;
  if (link.target && link.target !== "_self") return null;
  const url = new URL(link.href, window.location.href);
  // Other sites unload the page: the browser's own beforeunload prompt asks there.
  if (url.origin !== window.location.origin) return null;
  if (url.pathname === window.location.pathname && url.search === window.location.search)
    return null;
  return url.pathname + url.search + url.hash;
}

/**
 * Asks before unsaved edits are left behind by moving within the admin: a link (the sidebar,
 * breadcrumbs, anything) or the browser's Back and Forward buttons. The editor saves and goes on,
 * leaves without saving, or stays. (Reloading, closing and typed addresses get the browser's prompt
 * instead.)
 */
export function LeaveGuard({
  dirty,
  save,
  discard,
  asking,
}: {
  dirty: boolean;
  /** Saves the form; true once saved. */
  save: () => Promise<boolean>;
  /** Drops what the form keeps of the edits besides itself (a copy on this device). */
  discard: () => void;
  /** Told when the question opens and closes (autosave waits for the answer). */
  asking: (open: boolean) => void;
}) {
  const router = useRouter();
  const [destination, setDestination] = useState<Destination | null>(null);
  const [saving, setSaving] = useState(false);
  // Set while leaving on purpose, so the guard lets that navigation through.
  const leaving = useRef(false);

  useEffect(() => {
    if (!dirty) return;
    // Capture phase, before the link's own handler (Next's client navigation) sees the click.
    const onClick = (event: MouseEvent) => {
      if (leaving.current) return;
      const href = leavingHref(event);
      if (!href) return;
      event.preventDefault();
      event.stopPropagation();
      setDestination({ href });
    };
    // Back and Forward within the admin are same-document traversals, which the Navigation API
    // lets a page cancel (Chromium; elsewhere only the click guard and the unload prompt ask).
    const navigation = (window as { navigation?: NavigationLike }).navigation;
    const onNavigate = (event: NavigateEventLike) => {
      if (leaving.current || event.navigationType !== "traverse" || !event.cancelable) return;
      const steps = event.destination.index - (navigation?.currentEntry?.index ?? 0);
      event.preventDefault();
      setDestination({ steps });
    };
    document.addEventListener("click", onClick, true);
    navigation?.addEventListener("navigate", onNavigate);
    return () => {
      document.removeEventListener("click", onClick, true);
      navigation?.removeEventListener("navigate", onNavigate);
    };
  }, [dirty]);

  const open = destination !== null;
  useEffect(() => {
    asking(open);
  }, [asking, open]);

  const go = (to: Destination) => {
    leaving.current = true;
    setDestination(null);
    if ("steps" in to) window.history.go(to.steps);
    else router.push(to.href);
  };

  const saveAndGo = async (to: Destination) => {
    setSaving(true);
    const saved = await save();
    setSaving(false);
    if (saved) go(to);
    else setDestination(null);
  };

  return (
    <Dialog open={open} onClose={() => setDestination(null)} title="Leave without saving?">
      <p className="text-sm text-slate-700">
        This form has edits that are not saved. Save them first, or leave them behind.
      </p>
      <div className="flex flex-wrap justify-end gap-3">
        <Button type="button" variant="secondary" onClick={() => setDestination(null)}>
          Stay on this page
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            if (!destination) return;
            discard();
            go(destination);
          }}
        >
          Leave without saving
        </Button>
        <Button
          type="button"
          disabled={saving}
          onClick={() => destination && void saveAndGo(destination)}
        >
          {saving ? "Saving…" : "Save and leave"}
        </Button>
      </div>
    </Dialog>
  );
}
