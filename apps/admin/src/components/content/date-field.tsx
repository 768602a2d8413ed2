"use client";

import type { DatePrecisionInput } from "@kz/api/schemas";
import {
  useController,
  useWatch,
  type Control,
  type FieldValues,
  type Path,
} from "react-hook-form";

import { PreciseDateInput } from "./date-precision";
import { FieldHint } from "./form-controls";

/**
 * A date ("YYYY-MM-DD") shown at the precision another field holds (a day, a month, a year), as the
 * event editor shows its dates. It watches that field itself: a change of precision re-renders
 * this input alone.
 */
export function DateField<Values extends FieldValues>({
  control,
  name,
  precision,
  id,
  label,
  optional,
  hint,
  error,
}: {
  control: Control<Values>;
  name: Path<Values>;
  /** The field holding the precision ("entries.1.datePrecision"). */
  precision: Path<Values>;
  id: string;
  label: string;
  optional?: boolean;
  hint?: string;
  error?: string;
}) {
  const at = useWatch({ control, name: precision }) as DatePrecisionInput | undefined;
  const { field } = useController({ control, name });
  return (
    <div className="space-y-1">
      <PreciseDateInput
        ref={field.ref}
        id={id}
        label={label}
        optional={optional}
        value={(field.value as string | null | undefined) ?? ""}
        precision={at ?? "day"}
        onChange={field.onChange}
        onBlur={field.onBlur}
        error={error}
      />
      <FieldHint id={id} hint={hint} />
    </div>
  );
}
