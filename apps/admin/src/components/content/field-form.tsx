"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import {
  Controller,
  get,
  useForm,
  useWatch,
  type FieldValues,
  type RegisterOptions,
} from "react-hook-form";

import { FIELD_LABELS } from "../../lib/field-labels";
import { KINDS } from "../../lib/kinds";
import { abilities, type Role } from "../../lib/roles";
import { useTRPCClient } from "../../trpc/react";
import { CheckboxField } from "./checkbox-field";
import { CitationsEditor, citedSources, type CitationsForm } from "./citations-editor";
import { CharCount } from "./char-count";
import { DateField } from "./date-field";
import { EditorShell } from "./editor-shell";
import { EntriesEditor } from "./entries-editor";
import { maxLengthOf } from "./field-limits";
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
import type { LinkOptions } from "./link-options";
import { MarkdownEditor } from "./markdown-editor";
import { MultiSelectField } from "./multi-select";
import {
  fieldFormatters,
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

/** Consecutive inline fields share a row; so do a date and the field holding its precision. */
function rows(fields: readonly FieldInput[]): FieldInput[][] {
  const out: FieldInput[][] = [];
  for (const f of fields) {
    const last = out.at(-1);
    const inline = (x: FieldInput | undefined) => x?.type === "number" && !!x.inline;
    const precisionOf = (x: FieldInput | undefined) => (x?.type === "date" ? x.precision : null);
    if (inline(f) && last && inline(last[0])) last.push(f);
    else if (last && last.length === 1 && precisionOf(last[0]) === f.name) last.push(f);
    else out.push([f]);
  }
  return out;
}

/** Where an item of `entries` puts its fields: under `entries.1`, with the item's own labels. */
interface ItemAt {
  prefix: string;
  labels: Readonly<Record<string, string>>;
  /** How labels name the item: "entry 2". */
  context: string;
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
  options = {},
}: {
  kind: FormKind;
  record: FormRecord | null;
  role: Role;
  /** Values for a new record that depend on the data (a new topic's position). */
  defaults?: Record<string, unknown>;
  /** The choices of the collections its `links` fields link to. */
  options?: LinkOptions;
}) {
  const spec = formSpecOf(kind);
  const labels = FIELD_LABELS[kind];
  const info = KINDS[kind];
  const client = useTRPCClient();
  const toValues = (r: FormRecord): FieldValues => ({ ...formValuesOf(kind, r), changeNote: "" });
  const form = useForm<FieldValues>({
    resolver: zodResolver(spec.schema),
    defaultValues: record ? toValues(record) : { ...spec.empty, ...defaults, changeNote: "" },
  });
  const editor = useRecordEditor({
    form,
    initial: record,
    toValues,
    procedures: proceduresOf(client, kind),
    labels,
    nestedFields: spec.sections
      .flatMap((s) => s.fields)
      .flatMap((f) => (f.type === "entries" ? [f.name] : [])),
    path: info.path,
    autosave: { enabled: abilities(role).edit && !record?.deletedAt, schema: spec.schema },
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
  // A field inside an item of a list has a path ("entries.1.date") and errors there.
  const errorOf = (name: string): string | undefined => {
    const e = get(errors, name) as
      | {
          message?: string;
          root?: { message?: string };
          find?: (p: (x: unknown) => unknown) => { message?: string };
        }
      | undefined;
    return e?.message ?? e?.root?.message ?? e?.find?.((x) => x)?.message;
  };
  const disabled = !!editor.record?.deletedAt;
  const known = citedSources(editor.record?.citations ?? []);

  const input = (f: FieldInput, at?: ItemAt) => {
    // The field's path in the form, and its id: "entries.1.date", "entries-1-date".
    const name = at ? `${at.prefix}.${f.name}` : f.name;
    const id = name.replaceAll(".", "-");
    const error = errorOf(name);
    const label = (at ? at.labels[f.name] : labels[f.name]) ?? f.name;
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
            max={maxLengthOf(spec.schema, f.name)}
          />
        );
      case "citations":
        // An item's own: under a heading of their own, the source search opened on request.
        return at ? (
          <div key={name} className="space-y-2">
            <h4 className="text-sm font-medium text-slate-800">{label}</h4>
            <CitationsEditor
              form={form as unknown as CitationsForm}
              name={name}
              label={label}
              context={at.context}
              collapsed
              known={known}
              disabled={disabled}
            />
          </div>
        ) : (
          <CitationsEditor
            key={f.name}
            form={form as unknown as CitationsForm}
            known={known}
            disabled={disabled}
          />
        );
      case "date":
        return (
          <DateField
            key={name}
            control={control}
            name={name}
            precision={at ? `${at.prefix}.${f.precision}` : f.precision}
            id={id}
            label={label}
            optional={f.optional}
            hint={f.hint}
            error={error}
          />
        );
      case "links":
        return (
          <MultiSelectField
            key={name}
            control={control}
            name={name}
            legend={label}
            hint={f.hint}
            options={options[f.to] ?? []}
            disabled={disabled}
          />
        );
      case "checkbox":
        return (
          <CheckboxField
            key={name}
            field={f}
            control={control}
            name={name}
            id={id}
            label={label}
            error={error}
            stored={get(editor.record?.form, name) === true}
            role={role}
            disabled={disabled}
          />
        );
      case "entries":
        return (
          <EntriesEditor
            key={name}
            control={control}
            name={name}
            label={label}
            item={f.item}
            hint={f.hint}
            empty={f.empty}
            error={error}
            renderItem={(i) =>
              fieldRows(f.fields, {
                prefix: `${name}.${i}`,
                labels: f.labels,
                context: `${f.item.toLowerCase()} ${i + 1}`,
              })
            }
          />
        );
    }
    const optional = "optional" in f && f.optional;
    const hint = "hint" in f ? f.hint : undefined;
    // A text's limit from the schema the API checks with (top-level fields; an item's have none here).
    const max =
      !at && (f.type === "text" || f.type === "textarea")
        ? maxLengthOf(spec.schema, name)
        : undefined;
    return (
      <FormField
        key={name}
        id={id}
        label={label}
        optional={optional || f.type === "lines" || (f.type === "textarea" && !f.required)}
        error={error}
        hint={hint}
      >
        {f.type === "text" ? (
          <TextInput {...describe(id, error, !!hint)} {...checkedOnBlur(name, at)} />
        ) : f.type === "select" ? (
          <Select className="w-64 max-w-full" {...describe(id, error)} {...checkedOnBlur(name, at)}>
            {Object.entries(f.options).map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </Select>
        ) : f.type === "textarea" ? (
          <TextArea rows={f.rows} {...describe(id, error, !!hint)} {...checkedOnBlur(name, at)} />
        ) : f.type === "number" ? (
          <TextInput
            type="number"
            step={f.min === undefined ? "any" : undefined}
            min={f.min}
            inputMode={f.min === undefined ? "decimal" : "numeric"}
            className={f.inline ? "w-40" : "w-32"}
            {...describe(id, error, !!hint)}
            {...checkedOnBlur(name, at, { setValueAs: numberOrNull })}
          />
        ) : (
          <Controller
            control={control}
            name={name}
            render={({ field }) => (
              <LinesInput
                ref={field.ref}
                {...describe(id, error, true)}
                value={field.value as string[]}
                onChange={field.onChange}
                onBlur={field.onBlur}
              />
            )}
          />
        )}
        {max ? (
          <CharCount
            control={control}
            name={name}
            id={id}
            max={max}
            always={f.type === "textarea"}
          />
        ) : null}
      </FormField>
    );
  };
  /** Fields in their rows: a row of several wraps at narrow widths. */
  /**
   * A record's own field says what is wrong as soon as it is left, not only at save. An item's
   * fields (a timeline entry's) wait for the save: checking one on blur re-renders its list and
   * closes a source search opened in it.
   */
  const checkedOnBlur = (name: string, at: ItemAt | undefined, options?: RegisterOptions) =>
    register(name, {
      ...options,
      ...(at ? {} : { onBlur: () => void form.trigger(name) }),
    });

  const fieldRows = (fields: readonly FieldInput[], at?: ItemAt) =>
    rows(fields).map((row) =>
      row.length > 1 ? (
        <div key={row[0]!.name} className="flex flex-wrap gap-4">
          {row.map((f) => input(f, at))}
        </div>
      ) : (
        input(row[0]!, at)
      ),
    );

  return (
    <EditorShell
      kind={kind}
      role={role}
      editor={editor}
      dirty={isDirty}
      changeNote={register("changeNote")}
      formatters={fieldFormatters(
        spec.sections.flatMap((s) => s.fields),
        options,
      )}
    >
      {spec.sections.map((section) => (
        <FormSection
          key={section.title}
          title={section.title}
          description={sectionDescription(section, editor.record)}
        >
          {fieldRows(section.fields)}
        </FormSection>
      ))}
    </EditorShell>
  );
}
