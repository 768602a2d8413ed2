"use client";

import type { FieldInput } from "@kz/api/collections";
import { roleAtLeast } from "@kz/api/security";
import { Badge, Button } from "@kz/ui";
import { useState } from "react";
import { Controller, type Control, type FieldValues } from "react-hook-form";

import type { Role } from "../../lib/roles";
import { Dialog } from "../dialog";
import { DialogActions } from "../dialog-actions";
import { describe, FieldError, FieldHint } from "./form-controls";

type CheckboxInput = Extract<FieldInput, { type: "checkbox" }>;

/**
 * A yes/no field of a form declared as data (a person's protection). Unticking what the record
 * has ticked may be kept to a role (the API refuses anyone else; the box is disabled for them) and
 * asks first, naming the consequence.
 */
export function CheckboxField({
  field: f,
  control,
  name,
  id,
  label,
  error,
  stored,
  role,
  disabled,
}: {
  field: CheckboxInput;
  control: Control<FieldValues>;
  name: string;
  id: string;
  label: string;
  error?: string;
  /** Whether the record as saved (its working copy) has it ticked. */
  stored: boolean;
  role: Role;
  disabled?: boolean;
}) {
  const [asking, setAsking] = useState<((value: boolean) => void) | null>(null);
  const locked = stored && !!f.uncheck && !roleAtLeast(role, f.uncheck.role);
  const hint = locked ? f.uncheck?.refused : f.hint;
  const close = () => setAsking(null);
  return (
    <>
      <Controller
        control={control}
        name={name}
        render={({ field }) => {
          const checked = field.value === true;
          return (
            <fieldset className="space-y-1">
              <legend className="text-sm font-medium text-slate-800">{label}</legend>
              <div className="flex flex-wrap items-center gap-3">
                <label className="inline-flex items-center gap-2 text-slate-900">
                  <input
                    ref={field.ref}
                    type="checkbox"
                    className="h-4 w-4"
                    checked={checked}
                    disabled={disabled || (locked && checked)}
                    onBlur={field.onBlur}
                    onChange={(e) => {
                      const next = e.target.checked;
                      // Unticking what is saved asks first; the box stays ticked until confirmed.
                      if (!next && stored && f.uncheck) setAsking(() => field.onChange);
                      else field.onChange(next);
                    }}
                    {...describe(id, error, !!hint)}
                  />
                  {f.text}
                </label>
                {checked && f.marker ? <Badge tone="warning">{f.marker}</Badge> : null}
              </div>
              <FieldHint id={id} hint={hint} />
              <FieldError id={id} error={error} />
            </fieldset>
          );
        }}
      />
      {f.uncheck ? (
        <Dialog open={asking !== null} onClose={close} title={f.uncheck.title}>
          <p className="text-sm text-slate-700">{f.uncheck.consequence}</p>
          <DialogActions onCancel={close}>
            <Button
              type="button"
              onClick={() => {
                asking?.(false);
                close();
              }}
            >
              {f.uncheck.confirm}
            </Button>
          </DialogActions>
        </Dialog>
      ) : null}
    </>
  );
}
