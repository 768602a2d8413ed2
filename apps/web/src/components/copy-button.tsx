"use client";

import { Button } from "@kz/ui";
import { useEffect, useState, useSyncExternalStore } from "react";

interface Props {
  /** What goes on the clipboard: the text shown next to the button. */
  text: string;
  label: string;
  copied: string;
  failed: string;
}

const noSubscription = () => () => {};

/**
 * Copies `text` to the clipboard. Shown only once the page runs script and the browser has a
 * clipboard (a secure context): without them the text itself stays there to select.
 */
export function CopyButton({ text, label, copied, failed }: Props) {
  const canCopy = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.clipboard?.writeText === "function",
    () => false,
  );
  const [status, setStatus] = useState("");

  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(""), 4000);
    return () => clearTimeout(timer);
  }, [status]);

  if (!canCopy) return null;

  const copy = () => {
    // Emptied first, so that copying again is announced again.
    setStatus("");
    navigator.clipboard.writeText(text).then(
      () => setStatus(copied),
      () => setStatus(failed),
    );
  };

  return (
    <div className="mt-2 flex items-center gap-3">
      <Button type="button" variant="secondary" className="px-3 py-1" onClick={copy}>
        {label}
      </Button>
      <span aria-hidden="true" className="text-sm text-slate-600">
        {status}
      </span>
      <span role="status" className="sr-only">
        {status}
      </span>
    </div>
  );
}
