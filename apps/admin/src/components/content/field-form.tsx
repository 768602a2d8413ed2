"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useCallback } from "react";
import { Controller, useForm, useWatch, type FieldValues } from "react-hook-form";

import { FIELD_LABELS } from "../../lib/field-labels";
import { KINDS } from "../../lib/kinds";
import type { Role } from "../../lib/roles";
import { useTRPCClient } from "../../trpc/react";
import { CitationsEditor, citedSources, type CitationsForm } from "./citations-editor";
import { EditorShell } from "./editor-shell";
import {
  describe,
  FormField,
  FormSection,
  numberOrNull,
  Select,
  TextArea,
  TextInput,
} from "./form-controls";
import { LinesInput } from "./lines-input";
import { MarkdownEditor } from "./markdown-editor";
import {
  formSpecOf,
  formValuesOf,
  proceduresOf,
  sectionDescription,
  type FieldInput,
  type FormKind,
  type FormRecord,
} from "./record-form";
import { SlugField } from "./slug-field";
import { useRecordEditor } from "./use-record-editor";

/** Consecutive inline fields share a row. */
function rows(fields: readonly FieldInput[]): FieldInput[][] {
  const out: FieldInput[][] = [];
  for (const f of fields) {
    const last = out.at(-1);
    const inline = (x: FieldInput | undefined) => x?.type === "number" && !!x.inline;
    if (inline(f) && last && inline(last[0])) last.push(f);
    else out.push([f]);
  }
  return out;
}

/**
 * The editor of a kind whose form its collection declares as data (record-form.ts): its sections and fields, with
 * the labels its collection declares, inside the shared shell (workflow, conflicts, change note).
 */
export function FieldForm({
  kind,
  record,
  role,
  defaults = {},
}: {
  kind: FormKind;
  record: FormRecord | null;
  role: Role;
  /** Values for a new record that depend on the data (a new topic's position). */
  defaults?: Record<string, unknown>;
}) {
  const spec = formSpecOf(kind);
  const labels = FIELD_LABELS[kind];
  const info = KINDS[kind];
  const client = useTRPCClient();
  const procedures = proceduresOf(client, kind);
  const toValues = (r: FormRecord): FieldValues => ({ ...formValuesOf(kind, r), changeNote: "" });
  const form = useForm<FieldValues>({
    resolver: zodResolver(spec.schema),
    defaultValues: record ? toValues(record) : { ...spec.empty, ...defaults, changeNote: "" },
  });
  const editor = useRecordEditor({
    form,
    initial: record,
    toValues,
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the procedures follow the client
    load: useCallback((id: string) => procedures.getForEdit.query({ id }), [client]),
    save: (values, target) =>
      target
        ? procedures.update.mutate({ ...values, ...target } as never)
        : procedures.create.mutate(values as never),
    labels,
    path: info.path,
  });
  const {
    register,
    control,
    formState: { errors, isDirty },
  } = form;
  // Only what the slug fields show (their own value and the field they are made from) is watched:
  // typing elsewhere, a long text above all, re-renders the input alone and not the whole form.
  const watchedNames = spec.sections
    .flatMap((s) => s.fields)
    .flatMap((f) => (f.type === "slug" ? [f.name, f.from] : []));
  const watched = useWatch({ control, name: watchedNames });
  const values = Object.fromEntries(watchedNames.map((n, i) => [n, watched[i]]));
  const errorOf = (name: string): string | undefined => {
    const e = errors[name] as
      { message?: string; find?: (p: (x: unknown) => unknown) => { message?: string } } | undefined;
    return e?.message ?? e?.find?.((x) => x)?.message;
  };

  const input = (f: FieldInput) => {
    const error = errorOf(f.name);
    const label = labels[f.name] ?? f.name;
    switch (f.type) {
      case "slug":
        return (
          <SlugField
            key={f.name}
            registration={register(f.name)}
            title={String(values[f.from] ?? "")}
            slug={values[f.name] as string}
            error={error}
            fallback={kind}
            publicPath={`${info.path}/`}
          />
        );
      case "markdown":
        return (
          <MarkdownEditor
            key={f.name}
            id={f.name}
            label={label}
            control={control}
            name={f.name}
            registration={register(f.name)}
            error={error}
          />
        );
      case "citations":
        return (
          <CitationsEditor
            key={f.name}
            form={form as unknown as CitationsForm}
            known={citedSources(editor.record?.citations ?? [])}
            disabled={!!editor.record?.deletedAt}
          />
        );
    }
    const optional = "optional" in f && f.optional;
    const hint = "hint" in f ? f.hint : undefined;
    return (
      <FormField
        key={f.name}
        id={f.name}
        label={label}
        optional={optional || f.type === "lines" || f.type === "textarea"}
        error={error}
        hint={hint}
      >
        {f.type === "text" ? (
          <TextInput {...describe(f.name, error, !!hint)} {...register(f.name)} />
        ) : f.type === "select" ? (
          <Select className="w-64" {...describe(f.name, error)} {...register(f.name)}>
            {Object.entries(f.options).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </Select>
        ) : f.type === "textarea" ? (
          <TextArea rows={f.rows} {...describe(f.name, error, !!hint)} {...register(f.name)} />
        ) : f.type === "number" ? (
          <TextInput
            type="number"
            step={f.min === undefined ? "any" : undefined}
            min={f.min}
            inputMode={f.min === undefined ? "decimal" : "numeric"}
            className={f.inline ? "w-40" : "w-32"}
            {...describe(f.name, error, !!hint)}
            {...register(f.name, { setValueAs: numberOrNull })}
          />
        ) : (
          <Controller
            control={control}
            name={f.name}
            render={({ field }) => (
              <LinesInput
                ref={field.ref}
                {...describe(f.name, error, true)}
                value={field.value as string[]}
                onChange={field.onChange}
                onBlur={field.onBlur}
              />
            )}
          />
        )}
      </FormField>
    );
  };

  return (
    <EditorShell
      kind={kind}
      role={role}
      editor={editor}
      dirty={isDirty}
      changeNote={register("changeNote")}
    >
      {spec.sections.map((section) => (
        <FormSection
          key={section.title}
          title={section.title}
          description={sectionDescription(section, editor.record)}
        >
          {rows(section.fields).map((row) =>
            row.length > 1 ? (
              <div key={row[0]!.name} className="flex flex-wrap gap-4">
                {row.map(input)}
              </div>
            ) : (
              input(row[0]!)
            ),
          )}
        </FormSection>
      ))}
    </EditorShell>
  );
}
