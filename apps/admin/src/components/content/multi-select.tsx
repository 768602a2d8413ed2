"use client";

import { Badge } from "@kz/ui";
import { forwardRef, useId, useRef, useState, type ComponentProps } from "react";
import { useController, type Control, type FieldValues, type Path } from "react-hook-form";

import { moveFocus } from "./arrow-keys";
import { controlClass, FieldError, FieldHint } from "./form-controls";
import type { Option } from "./link-options";

/**
 * Choose several records from a list (topics, places, a case's people): a filterable list of
 * checkboxes, and the chosen ones as removable chips. A tick is a choice made (nothing to confirm);
 * Enter in the filter chooses the only match, the arrow keys move from the filter through the list,
 * and focus stays in the picker. With `ordered`, the first chosen is the primary one and any other
 * can be made primary.
 */
export const MultiSelect = forwardRef<
  HTMLInputElement,
  {
    id: string;
    legend: string;
    hint?: string;
    options: Option[];
    value: string[];
    onChange: (ids: string[]) => void;
    error?: string;
    ordered?: boolean;
    disabled?: boolean;
  }
>(function MultiSelect(
  { id, legend, hint, options, value, onChange, error, ordered, disabled },
  ref,
) {
  const [filter, setFilter] = useState("");
  const listId = useId();
  const filterRef = useRef<HTMLInputElement | null>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const boxes = () =>
    Array.from(listRef.current?.querySelectorAll<HTMLElement>("input[type=checkbox]") ?? []);
  const byId = new Map(options.map((o) => [o.id, o]));
  const chosen = new Set(value);
  const needle = filter.trim().toLowerCase();
  const shown = needle
    ? options.filter((o) => `${o.name} ${o.note ?? ""}`.toLowerCase().includes(needle))
    : options;
  const toggle = (optionId: string) =>
    onChange(chosen.has(optionId) ? value.filter((v) => v !== optionId) : [...value, optionId]);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(" ");

  return (
    <fieldset
      className="min-w-0 space-y-2"
      aria-describedby={describedBy || undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      <FieldHint id={id} hint={hint} />
      {value.length ? (
        <ul className="flex flex-wrap gap-2" aria-label={`Chosen ${legend.toLowerCase()}`}>
          {value.map((v, i) => {
            const name = byId.get(v)?.name ?? v;
            return (
              <li
                key={v}
                className="bg-brand-50 text-brand-900 flex items-center gap-1.5 rounded-full py-0.5 pr-1 pl-3 text-sm"
              >
                {name}
                {ordered && i === 0 && value.length > 1 ? (
                  <Badge tone="brand">primary</Badge>
                ) : null}
                {ordered && i > 0 ? (
                  <button
                    type="button"
                    disabled={disabled}
                    className="text-brand-700 text-xs underline"
                    onClick={() => onChange([v, ...value.filter((x) => x !== v)])}
                  >
                    make primary
                  </button>
                ) : null}
                <button
                  type="button"
                  disabled={disabled}
                  aria-label={`Remove ${name}`}
                  className="rounded-full px-1.5 text-slate-600 hover:bg-white hover:text-slate-900"
                  onClick={() => {
                    onChange(value.filter((x) => x !== v));
                    // The chip goes: focus stays in the picker rather than falling to the page.
                    (filterRef.current ?? boxes()[0])?.focus();
                  }}
                >
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p className="text-sm text-slate-500">None chosen.</p>
      )}
      {options.length > 8 ? (
        <div>
          <label htmlFor={`${id}-filter`} className="sr-only">
            Find {legend.toLowerCase()}
          </label>
          <input
            id={`${id}-filter`}
            ref={(el) => {
              filterRef.current = el;
              if (typeof ref === "function") ref(el);
              else if (ref) ref.current = el;
            }}
            type="search"
            value={filter}
            disabled={disabled}
            onChange={(e) => setFilter(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                // Enter chooses the only match (and never submits the whole form).
                e.preventDefault();
                const only = shown.length === 1 ? shown[0] : undefined;
                if (only && !chosen.has(only.id)) {
                  toggle(only.id);
                  setFilter("");
                }
                return;
              }
              moveFocus(e, filterRef.current, boxes(), -1);
            }}
            placeholder={`Find ${legend.toLowerCase()}…`}
            className={controlClass + " text-sm"}
            aria-controls={listId}
            aria-describedby={`${id}-matches`}
          />
          <p id={`${id}-matches`} className="sr-only" aria-live="polite">
            {needle
              ? `${shown.length} of ${options.length} shown`
              : `${options.length} to choose from`}
          </p>
        </div>
      ) : null}
      <ul
        id={listId}
        ref={listRef}
        onKeyDown={(e) => {
          const all = boxes();
          if (e.key === "Enter" && e.target instanceof HTMLInputElement) {
            // Enter ticks like Space does, instead of submitting the form.
            e.preventDefault();
            e.target.click();
            return;
          }
          moveFocus(
            e,
            filterRef.current ?? all[0] ?? null,
            all,
            all.indexOf(e.target as HTMLElement),
          );
        }}
        aria-label={legend}
        className="max-h-56 space-y-0.5 overflow-y-auto rounded-md border border-slate-200 bg-white p-2"
      >
        {shown.map((o) => (
          <li key={o.id}>
            <label className="flex cursor-pointer items-center gap-2 rounded px-1.5 py-1 text-sm hover:bg-slate-50">
              <input
                type="checkbox"
                className="size-4"
                checked={chosen.has(o.id)}
                disabled={disabled}
                onChange={() => toggle(o.id)}
                ref={options.length > 8 ? undefined : shown[0] === o ? ref : undefined}
              />
              <span>{o.name}</span>
              {o.note ? <span className="text-xs text-slate-500">{o.note}</span> : null}
            </label>
          </li>
        ))}
        {shown.length === 0 ? (
          <li className="px-1.5 py-1 text-sm text-slate-500">No match.</li>
        ) : null}
      </ul>
      <FieldError id={id} error={error} />
    </fieldset>
  );
});

/** A MultiSelect that edits a form's field (a list of ids), with the field's message. */
export function MultiSelectField<Values extends FieldValues>({
  control,
  name,
  ...props
}: Omit<ComponentProps<typeof MultiSelect>, "id" | "value" | "onChange" | "error" | "ref"> & {
  control: Control<Values>;
  name: Path<Values>;
}) {
  const { field, fieldState } = useController({ control, name });
  return (
    <MultiSelect
      ref={field.ref}
      id={name.replaceAll(".", "-")}
      {...props}
      value={(field.value as string[] | undefined) ?? []}
      onChange={field.onChange}
      error={fieldState.error?.message}
    />
  );
}
