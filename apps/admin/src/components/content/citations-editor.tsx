"use client";

import { Badge } from "@kz/ui";
import { useEffect, useId, useRef, useState } from "react";
import { get, useFieldArray, type FieldErrors, type UseFormReturn } from "react-hook-form";

import { describe, FieldError, smallButton, TextArea, TextInput } from "./form-controls";
import { SourcePicker, type SourceSummary } from "./source-picker";
import { StatusBadge } from "./status";

export interface CitationValue {
  sourceId: string;
  locator?: string | null;
  quote?: string | null;
  attributedTo?: string | null;
}
export type CitationsForm = UseFormReturn<{ citations: CitationValue[] }>;

export { citationValues, citedSources } from "./citation-values";

/**
 * Footnotes: attach sources found by search (or created on the spot) with where in the source
 * (locator), an optional quote and whose words the source reports; reorder and remove. The order is the footnotes' order.
 *
 * `name` is where the form holds them: "citations" for a record's own, "entries.1.citations" for
 * those of an item of a list (a case's timeline entry), whose ids and labels then name the item.
 */
export function CitationsEditor({
  form,
  known,
  disabled,
  required,
  name = "citations",
  label = "Citations",
  context,
  collapsed,
}: {
  form: CitationsForm;
  /** Sources the loaded record already cites. */
  known: SourceSummary[];
  disabled?: boolean;
  /** Say that publishing needs at least one (events). */
  required?: boolean;
  /** The form's field holding the citations ("entries.1.citations"). */
  name?: string;
  /** What the list is called ("Sources"). */
  label?: string;
  /** Which item they belong to, in labels ("entry 2"). */
  context?: string;
  /** The source search shown only when asked for (one per item of a long list is too many). */
  collapsed?: boolean;
}) {
  // The form is typed for a record's own citations; another name has the same shape.
  const path = name as "citations";
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: path });
  const [picked, setPicked] = useState<SourceSummary[]>([]);
  const [searching, setSearching] = useState(false);
  const pickerId = useId();
  const pickerRef = useRef<HTMLDivElement>(null);
  const sources = new Map([...known, ...picked].map((s) => [s.id, s]));
  const errors = get(form.formState.errors, name) as
    FieldErrors<{ citations: CitationValue[] }>["citations"] | undefined;
  const rootError = errors?.message ?? errors?.root?.message;
  const attached = new Set(fields.map((f) => f.sourceId));
  const idBase = name.replaceAll(".", "-");
  const of = context ? ` of ${context}` : "";
  const showPicker = !disabled && (!collapsed || searching);

  // Opened on request, the search takes the focus.
  useEffect(() => {
    if (collapsed && searching) pickerRef.current?.querySelector("input")?.focus();
  }, [collapsed, searching]);

  return (
    <div className="space-y-4">
      {required && fields.length === 0 ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
          No citation yet: an event cannot be published without at least one.
        </p>
      ) : null}
      {fields.length ? (
        <ol className="space-y-3" aria-label={`${label}${of}`}>
          {fields.map((field, i) => {
            const source = sources.get(field.sourceId);
            const title = source?.title ?? `Source ${field.sourceId}`;
            const rowErrors = errors?.[i];
            const base = `${idBase}-${i}`;
            return (
              <li
                key={field.id}
                className="space-y-3 rounded-md border border-slate-200 bg-white p-3"
                aria-label={`Citation ${i + 1}: ${title}`}
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div className="min-w-0">
                    <p className="font-medium">
                      <span className="mr-2 text-slate-500 tabular-nums">[{i + 1}]</span>
                      {title}
                    </p>
                    <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
                      {source?.publisher}
                      {source && source.status !== "PUBLISHED" ? (
                        <>
                          <StatusBadge status={source.status} />
                          <span>publish this source before what cites it</span>
                        </>
                      ) : null}
                      {source?.inTrash ? <Badge tone="danger">in trash</Badge> : null}
                    </p>
                  </div>
                  <div className="flex gap-1">
                    <button
                      type="button"
                      className={smallButton}
                      disabled={disabled || i === 0}
                      aria-label={`Move citation ${i + 1}${of} up`}
                      onClick={() => move(i, i - 1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className={smallButton}
                      disabled={disabled || i === fields.length - 1}
                      aria-label={`Move citation ${i + 1}${of} down`}
                      onClick={() => move(i, i + 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className={smallButton}
                      disabled={disabled}
                      aria-label={`Remove citation ${i + 1}${of} (${title})`}
                      onClick={() => remove(i)}
                    >
                      Remove
                    </button>
                  </div>
                </div>
                <div className="grid gap-3 sm:grid-cols-[12rem_1fr]">
                  <div className="space-y-1">
                    <label
                      htmlFor={`${base}-locator`}
                      className="block text-sm font-medium text-slate-800"
                    >
                      Locator <span className="font-normal text-slate-500">(optional)</span>
                    </label>
                    <TextInput
                      {...describe(`${base}-locator`, rowErrors?.locator?.message)}
                      placeholder="p. 12, § 3"
                      {...form.register(`${path}.${i}.locator`)}
                    />
                    <FieldError id={`${base}-locator`} error={rowErrors?.locator?.message} />
                  </div>
                  <div className="space-y-1">
                    <label
                      htmlFor={`${base}-quote`}
                      className="block text-sm font-medium text-slate-800"
                    >
                      Quote <span className="font-normal text-slate-500">(optional)</span>
                    </label>
                    <TextArea
                      rows={2}
                      {...describe(`${base}-quote`, rowErrors?.quote?.message)}
                      {...form.register(`${path}.${i}.quote`)}
                    />
                    <FieldError id={`${base}-quote`} error={rowErrors?.quote?.message} />
                  </div>
                  <div className="space-y-1 sm:col-span-2">
                    <label
                      htmlFor={`${base}-attributedTo`}
                      className="block text-sm font-medium text-slate-800"
                    >
                      According to{" "}
                      <span className="font-normal text-slate-500">
                        (optional: whose words the source reports, e.g. eyewitnesses)
                      </span>
                    </label>
                    <TextInput
                      {...describe(`${base}-attributedTo`, rowErrors?.attributedTo?.message)}
                      {...form.register(`${path}.${i}.attributedTo`)}
                    />
                    <FieldError
                      id={`${base}-attributedTo`}
                      error={rowErrors?.attributedTo?.message}
                    />
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      <FieldError id={idBase} error={rootError} />
      {collapsed && !disabled ? (
        <button
          type="button"
          className={smallButton}
          aria-expanded={searching}
          aria-controls={searching ? pickerId : undefined}
          aria-label={
            searching ? `Close the source search${of}` : `Add a source${of ? ` to ${context}` : ""}`
          }
          onClick={() => setSearching((open) => !open)}
        >
          {searching ? "Close the source search" : "Add a source"}
        </button>
      ) : null}
      {showPicker ? (
        <div id={pickerId} ref={pickerRef}>
          <SourcePicker
            label={
              context ? `Find a source to cite in ${context}` : "Add a citation: find a source"
            }
            exclude={attached}
            onPick={(s) => {
              setPicked((p) => [...p.filter((x) => x.id !== s.id), s]);
              append({ sourceId: s.id, locator: "", quote: "", attributedTo: "" });
            }}
          />
        </div>
      ) : null}
    </div>
  );
}
