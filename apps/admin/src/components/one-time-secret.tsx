"use client";

import { Button } from "@kz/ui";
import { useEffect, useId, useRef, useState } from "react";

/**
 * A secret shown once (a one-time password, an API token): selectable, copyable, with a warning that
 * it cannot be shown again. Focus moves here when it appears, so a screen reader reads it out.
 */
export function OneTimeSecret({
  label,
  value,
  warning,
}: {
  label: string;
  value: string;
  warning: string;
}) {
  const id = useId();
  const box = useRef<HTMLDivElement>(null);
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  useEffect(() => {
    box.current?.focus();
  }, [value]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      // No clipboard (permissions, an insecure origin): the text stays selectable.
      setCopied("failed");
    }
  };

  return (
    <div
      ref={box}
      tabIndex={-1}
      className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4 focus:outline-none focus-visible:outline-2"
    >
      <p className="text-sm font-medium text-amber-950">{warning}</p>
      <div className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        <div className="flex gap-2">
          <input
            id={id}
            readOnly
            value={value}
            onFocus={(e) => e.currentTarget.select()}
            className="focus:border-brand-600 focus:ring-brand-600 block w-full min-w-0 rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-sm text-slate-900 focus:ring-1 focus:outline-none"
          />
          <Button type="button" variant="secondary" onClick={copy}>
            Copy
          </Button>
        </div>
      </div>
      <p role="status" className="min-h-5 text-sm text-slate-700">
        {copied === "yes"
          ? "Copied to the clipboard."
          : copied === "failed"
            ? "Could not copy: select the text and copy it yourself."
            : ""}
      </p>
    </div>
  );
}
