"use client";

import type { DatePrecisionInput } from "@kz/api/schemas";
import { englishDates, formatEventDate } from "@kz/ui";
import { forwardRef } from "react";

import { describe, FieldError, TextInput } from "./form-controls";

const PRECISIONS: { value: DatePrecisionInput; label: string }[] = [
  { value: "day", label: "Day" },
  { value: "month", label: "Month" },
  { value: "year", label: "Year" },
];

/** The form keeps "YYYY-MM-DD"; the input shows only what the precision keeps. */
export function toStored(input: string, precision: DatePrecisionInput): string {
  if (!input) return "";
  if (precision === "month") return /^\d{4}-\d{2}$/.test(input) ? `${input}-01` : input;
  if (precision === "year") return /^\d{4}$/.test(input) ? `${input}-01-01` : input;
  return input;
}

export function toShown(stored: string, precision: DatePrecisionInput): string {
  if (!stored) return "";
  if (precision === "month") return stored.slice(0, 7);
  if (precision === "year") return stored.slice(0, 4);
  return stored;
}

/** A date input matching the precision: a calendar day, a month, or a year. */
export const PreciseDateInput = forwardRef<
  HTMLInputElement,
  {
    id: string;
    label: string;
    value: string;
    precision: DatePrecisionInput;
    onChange: (stored: string) => void;
    onBlur: () => void;
    error?: string;
    optional?: boolean;
    disabled?: boolean;
  }
>(function PreciseDateInput(
  { id, label, value, precision, onChange, onBlur, error, optional, disabled },
  ref,
) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {optional ? <span className="font-normal text-slate-500"> (optional)</span> : null}
      </label>
      <TextInput
        ref={ref}
        {...describe(id, error)}
        type={precision === "day" ? "date" : precision === "month" ? "month" : "number"}
        {...(precision === "year" ? { min: 1800, max: 2100, placeholder: "YYYY" } : {})}
        {...(precision === "month" ? { placeholder: "YYYY-MM" } : {})}
        value={toShown(value ?? "", precision)}
        disabled={disabled}
        onChange={(e) => onChange(toStored(e.target.value, precision))}
        onBlur={onBlur}
        className="w-48"
      />
      <FieldError id={id} error={error} />
    </div>
  );
});

export function PrecisionRadios({
  value,
  onChange,
  disabled,
}: {
  value: DatePrecisionInput;
  onChange: (value: DatePrecisionInput) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium text-slate-800">Precision</legend>
      <div className="flex gap-4 pt-1">
        {PRECISIONS.map((p) => (
          <label key={p.value} className="flex items-center gap-1.5 text-sm">
            <input
              type="radio"
              name="datePrecision"
              value={p.value}
              checked={value === p.value}
              disabled={disabled}
              onChange={() => onChange(p.value)}
              className="size-4"
            />
            {p.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** How the public site will print the dates, when they are valid. */
export function datesShownAs(
  start: string,
  end: string | null | undefined,
  precision: DatePrecisionInput,
) {
  const valid = (d: string | null | undefined) => !!d && /^\d{4}-\d{2}-\d{2}$/.test(d);
  if (!valid(start)) return null;
  try {
    return formatEventDate(start, valid(end) ? end! : null, precision, englishDates);
  } catch {
    return null;
  }
}
