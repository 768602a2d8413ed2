"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";

import { showServerErrors } from "./form-errors";

/**
 * A form checked with `schema` and sent to the API: `submit(send)` is its onSubmit. What the server
 * refuses goes beside the `fields` it names; anything else is `formError`, shown above the form.
 */
export function useServerForm<Schema extends z.ZodType<FieldValues, FieldValues>>({
  schema,
  defaultValues,
  fields,
}: {
  schema: Schema;
  defaultValues: DefaultValues<z.input<Schema>>;
  fields: readonly Path<z.input<Schema>>[];
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<z.input<Schema>, unknown, z.output<Schema>>({
    resolver: zodResolver(schema),
    defaultValues,
  });
  const submit = (send: (values: z.output<Schema>) => Promise<void>) =>
    form.handleSubmit(async (values) => {
      setFormError(null);
      try {
        await send(values);
      } catch (error) {
        setFormError(showServerErrors(error, form.setError, fields));
      }
    });
  return { ...form, formError, submit };
}
