"use client";

import type { CitationEditOutput } from "@kz/api/schemas";
import { Badge } from "@kz/ui";
import { useState } from "react";
import { useFieldArray, type UseFormReturn } from "react-hook-form";

import { describe, FieldError, smallButton, TextArea, TextInput } from "./form-controls";
import { SourcePicker, type SourceSummary } from "./source-picker";
import { StatusBadge } from "./status";

export interface CitationValue {
  sourceId: string;
  locator?: string | null;
  quote?: string | null;
}
export type CitationsForm = UseFormReturn<{ citations: CitationValue[] }>;

/** A record's citations (from getForEdit) as the form's values. */
export const citationValues = (
  citations: { sourceId: string; locator: string | null; quote: string | null }[],
) =>
  citations.map((c) => ({ sourceId: c.sourceId, locator: c.locator ?? "", quote: c.quote ?? "" }));

/** The sources a record's citations point to, as the editor names them. */
export const citedSources = (citations: CitationEditOutput[]): SourceSummary[] =>
  citations.flatMap((c) => (c.source ? [c.source] : []));

/**
 * Footnotes: attach sources found by search (or created on the spot) with where in the source
 * (locator) and an optional quote; reorder and remove. The order is the footnotes' order.
 */
export function CitationsEditor({
  form,
  known,
  disabled,
  required,
}: {
  form: CitationsForm;
  /** Sources the loaded record already cites. */
  known: SourceSummary[];
  disabled?: boolean;
  /** Say that publishing needs at least one (events). */
  required?: boolean;
}) {
  const { fields, append, remove, move } = useFieldArray({
    control: form.control,
    name: "citations",
  });
  const [picked, setPicked] = useState<SourceSummary[]>([]);
  const sources = new Map([...known, ...picked].map((s) => [s.id, s]));
  const errors = form.formState.errors.citations;
  const rootError = errors?.message ?? errors?.root?.message;
  const attached = new Set(fields.map((f) => f.sourceId));

  return (
    <div className="space-y-4">
      {required && fields.length === 0 ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950">
          No citation yet: an event cannot be published without at least one.
        </p>
      ) : null}
      {fields.length ? (
        <ol className="space-y-3" aria-label="Citations">
          {fields.map((field, i) => {
            const source = sources.get(field.sourceId);
            const title = source?.title ?? `Source ${field.sourceId}`;
            const rowErrors = errors?.[i];
            const base = `citations-${i}`;
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
                      aria-label={`Move citation ${i + 1} up`}
                      onClick={() => move(i, i - 1)}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className={smallButton}
                      disabled={disabled || i === fields.length - 1}
                      aria-label={`Move citation ${i + 1} down`}
                      onClick={() => move(i, i + 1)}
                    >
                      ↓
                    </button>
                    <button
                      type="button"
                      className={smallButton}
                      disabled={disabled}
                      aria-label={`Remove citation ${i + 1} (${title})`}
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
                      {...form.register(`citations.${i}.locator`)}
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
                      {...form.register(`citations.${i}.quote`)}
                    />
                    <FieldError id={`${base}-quote`} error={rowErrors?.quote?.message} />
                  </div>
                </div>
              </li>
            );
          })}
        </ol>
      ) : null}
      <FieldError id="citations" error={rootError} />
      {disabled ? null : (
        <SourcePicker
          label="Add a citation: find a source"
          exclude={attached}
          onPick={(s) => {
            setPicked((p) => [...p.filter((x) => x.id !== s.id), s]);
            append({ sourceId: s.id, locator: "", quote: "" });
          }}
        />
      )}
    </div>
  );
}
