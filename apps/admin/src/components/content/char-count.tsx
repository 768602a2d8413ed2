"use client";

import { cn } from "@kz/ui";
import { useWatch, type Control, type FieldValues, type Path } from "react-hook-form";

import { countText } from "./field-limits";

/**
 * How many characters a text field holds of the most it may: always for long texts, and for short
 * ones once they near the limit. It watches its own field, so counting re-renders the counter alone.
 */
export function CharCount<Values extends FieldValues>({
  control,
  name,
  id,
  max,
  always = false,
}: {
  control: Control<Values>;
  name: Path<Values>;
  id: string;
  max: number;
  always?: boolean;
}) {
  const value = useWatch({ control, name }) as unknown;
  const length = typeof value === "string" ? value.length : 0;
  if (!always && length < max * 0.8) return null;
  return (
    <p
      id={`${id}-count`}
      className={cn("text-xs tabular-nums", length > max ? "text-red-700" : "text-slate-500")}
    >
      {countText(length, max)}
      {length > max ? ` — ${(length - max).toLocaleString("en").replace(/,/g, " ")} too many` : ""}
    </p>
  );
}
