"use client";

import { cn } from "@kz/ui";
import { startTransition, useEffect, useMemo, useState } from "react";
import {
  useWatch,
  type Control,
  type FieldValues,
  type Path,
  type UseFormRegisterReturn,
} from "react-hook-form";

import { countText } from "./field-limits";
import { describe, FieldError, TextArea } from "./form-controls";
import { MarkdownPreview } from "./markdown-preview";

/** How long typing pauses before the preview follows: rendering a long text must not slow typing. */
const PREVIEW_DELAY_MS = 300;

/**
 * The value once it has stopped changing for `delay` milliseconds; null until the component has
 * mounted, so the server does not render the preview of a long text into the page (the browser
 * renders it straight after). The update is a transition: a keystroke comes first.
 */
function useSettled(value: string, delay: number): string | null {
  const [settled, setSettled] = useState<string | null>(null);
  const mounted = settled !== null;
  useEffect(() => {
    const timer = setTimeout(() => startTransition(() => setSettled(value)), mounted ? delay : 0);
    return () => clearTimeout(timer);
  }, [value, delay, mounted]);
  return settled;
}

/**
 * Markdown with a live preview rendered by the public site's own component (same sanitising: raw
 * HTML dropped, unsafe links removed), side by side on wide screens and as a toggle on narrow ones.
 * It watches its own field, so typing re-renders this editor and not the whole form, and the
 * preview follows once typing pauses, in a box of its own height with its own scroll.
 */
export function MarkdownEditor<Values extends FieldValues>({
  id,
  label,
  control,
  name,
  registration,
  error,
  hint,
  rows = 16,
  max,
}: {
  id: string;
  label: string;
  control: Control<Values>;
  name: Path<Values>;
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  rows?: number;
  /** The most characters the schema allows: shown as a counter. */
  max?: number;
}) {
  const [view, setView] = useState<"write" | "preview">("write");
  const value = useWatch({ control, name }) as string | undefined;
  const settled = useSettled(value ?? "", PREVIEW_DELAY_MS);
  // Rendered again only when the settled text changes, not on every keystroke's re-render.
  const preview = useMemo(
    () =>
      settled === null ? null : settled.trim() ? (
        <MarkdownPreview source={settled} />
      ) : (
        <p className="text-sm text-slate-500">Nothing to preview yet.</p>
      ),
    [settled],
  );
  const hintText =
    hint ??
    "Markdown: ## headings, **bold**, *italic*, [links](https://…), lists, > quotes, tables. HTML is not allowed.";

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label htmlFor={id} className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        <div className="flex gap-1 lg:hidden" role="group" aria-label={`${label}: show`}>
          {(["write", "preview"] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => setView(v)}
              className={cn(
                "rounded-md border px-2.5 py-1 text-sm",
                view === v
                  ? "border-brand-700 bg-brand-700 text-white"
                  : "border-slate-300 bg-white text-slate-700",
              )}
            >
              {v === "write" ? "Write" : "Preview"}
            </button>
          ))}
        </div>
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className={cn(view === "write" ? "block" : "hidden", "lg:block")}>
          <TextArea
            {...describe(id, error, true)}
            {...registration}
            rows={rows}
            spellCheck
            className="min-h-64 font-mono text-sm leading-relaxed"
          />
        </div>
        <section
          aria-label={`${label}: preview`}
          data-testid={`${id}-preview`}
          className={cn(
            view === "preview" ? "block" : "hidden",
            "max-h-[75vh] min-h-64 overflow-auto rounded-md border border-dashed border-slate-300 bg-white p-4 lg:block",
          )}
        >
          <p className="mb-3 text-xs font-semibold tracking-wide text-slate-500 uppercase">
            Preview — as the public site shows it
          </p>
          {preview}
        </section>
      </div>
      <p id={`${id}-hint`} className="text-sm text-slate-600">
        {hintText}
      </p>
      {max ? (
        <p
          className={cn(
            "text-xs tabular-nums",
            (value?.length ?? 0) > max ? "text-red-700" : "text-slate-500",
          )}
        >
          {countText(value?.length ?? 0, max)}
        </p>
      ) : null}
      <FieldError id={id} error={error} />
    </div>
  );
}
