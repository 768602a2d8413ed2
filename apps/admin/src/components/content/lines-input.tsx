"use client";

import { forwardRef, useEffect, useState } from "react";

import { TextArea } from "./form-controls";

const toLines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/** A list of short texts (other names), typed one per line. */
export const LinesInput = forwardRef<
  HTMLTextAreaElement,
  {
    id: string;
    value: string[];
    onChange: (value: string[]) => void;
    onBlur: () => void;
    disabled?: boolean;
    "aria-invalid"?: boolean;
    "aria-describedby"?: string;
  }
>(function LinesInput({ value, onChange, ...props }, ref) {
  const [text, setText] = useState(value.join("\n"));
  // A reset from outside (reload, save) replaces the text; typing keeps blank lines until blur.
  useEffect(() => {
    setText((t) => (toLines(t).join("\n") === value.join("\n") ? t : value.join("\n")));
  }, [value]);
  return (
    <TextArea
      ref={ref}
      rows={3}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(toLines(e.target.value));
      }}
      {...props}
    />
  );
});
