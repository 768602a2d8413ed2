import { cn } from "@kz/ui";
import { forwardRef, type ComponentProps, type ReactNode } from "react";

export const controlClass =
  "focus:border-brand-600 focus:ring-brand-600 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:ring-1 focus:outline-none disabled:bg-slate-50 disabled:text-slate-600 aria-[invalid=true]:border-red-600";

/** The id, invalid state and description links for a control with an optional hint and error. */
export function describe(id: string, error?: string, hint?: boolean) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": ids.length ? ids.join(" ") : undefined,
  } as const;
}

/** A label, the control, a hint and the field's error (linked to the control by `describe`). */
export function FormField({
  id,
  label,
  hint,
  error,
  optional,
  className,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  optional?: boolean;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cn("space-y-1", className)}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-800">
        {label}
        {optional ? <span className="font-normal text-slate-500"> (optional)</span> : null}
      </label>
      {children}
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}

const NOTE_CLASS = { hint: "text-sm text-slate-600", error: "text-sm text-red-700" } as const;

/** A control's hint or error, where it has one: `describe` links the control to it by its id. */
function FieldNote({
  id,
  part,
  text,
}: {
  id: string;
  part: keyof typeof NOTE_CLASS;
  text?: ReactNode;
}) {
  return text ? (
    <p id={`${id}-${part}`} className={NOTE_CLASS[part]}>
      {text}
    </p>
  ) : null;
}

export const FieldHint = ({ id, hint }: { id: string; hint?: ReactNode }) => (
  <FieldNote id={id} part="hint" text={hint} />
);

export const FieldError = ({ id, error }: { id: string; error?: string }) => (
  <FieldNote id={id} part="error" text={error} />
);

export const TextInput = forwardRef<HTMLInputElement, ComponentProps<"input">>(function TextInput(
  { className, ...props },
  ref,
) {
  return <input ref={ref} className={cn(controlClass, className)} {...props} />;
});

export const TextArea = forwardRef<HTMLTextAreaElement, ComponentProps<"textarea">>(
  function TextArea({ className, ...props }, ref) {
    return <textarea ref={ref} className={cn(controlClass, className)} {...props} />;
  },
);

export const Select = forwardRef<HTMLSelectElement, ComponentProps<"select">>(function Select(
  { className, ...props },
  ref,
) {
  return <select ref={ref} className={cn(controlClass, className)} {...props} />;
});

/** A titled group of fields. */
export function FormSection({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div>
        <h2 className="text-brand-900 text-lg font-semibold">{title}</h2>
        {description ? <p className="mt-1 text-sm text-slate-600">{description}</p> : null}
      </div>
      {children}
    </section>
  );
}

export const smallButton =
  "inline-flex items-center rounded-md border border-slate-300 bg-white px-2.5 py-1 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-400";

/** Blank text inputs as the API wants them: "" is sent as is (the schemas accept it as nothing). */
export const numberOrNull = (value: unknown): number | null => {
  if (value === "" || value === null || value === undefined) return null;
  const n = typeof value === "number" ? value : Number(value);
  return Number.isNaN(n) ? (value as number) : n;
};
