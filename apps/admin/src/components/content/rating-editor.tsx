"use client";

import {
  freedomStatusOutput,
  ratingForm,
  type RatingEditOutput,
  type RatingForm,
} from "@kz/api/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { useForm } from "react-hook-form";
import type { z } from "zod";

import { FIELD_LABELS } from "../../lib/field-labels";
import type { Role } from "../../lib/roles";
import type { Option } from "../../server/options";
import { useTRPCClient } from "../../trpc/react";
import {
  CitationsEditor,
  citationValues,
  citedSources,
  type CitationsForm,
} from "./citations-editor";
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
import { FREEDOM_LABELS } from "./labels";
import { RecordOptions } from "./record-options";
import { useRecordEditor } from "./use-record-editor";

type RatingFormInput = z.input<typeof ratingForm>;

const toValues = (r: RatingEditOutput): RatingFormInput => ({
  ...r.form,
  headOfState: r.form.headOfState ?? "",
  note: r.form.note ?? "",
  citations: citationValues(r.form.citations),
  changeNote: "",
});

const nullIfEmpty = (v: unknown) => (v === "" ? null : v);

export function RatingEditor({
  record,
  role,
  series,
  seriesId,
}: {
  record: RatingEditOutput | null;
  role: Role;
  series: Option[];
  /** For a new rating: the series it starts in. */
  seriesId?: string;
}) {
  const client = useTRPCClient();
  const form = useForm<RatingFormInput, unknown, RatingForm>({
    resolver: zodResolver(ratingForm),
    defaultValues: record
      ? toValues(record)
      : {
          seriesId: seriesId ?? series[0]?.id ?? "",
          year: new Date().getUTCFullYear(),
          politicalRights: null,
          civilLiberties: null,
          status: null,
          rank: null,
          score: null,
          headOfState: "",
          note: "",
          citations: [],
          changeNote: "",
        },
  });
  const editor = useRecordEditor({
    form,
    initial: record,
    toValues,
    procedures: client.rating.admin,
    labels: FIELD_LABELS.rating,
    path: "/ratings",
  });
  const {
    register,
    formState: { errors, isDirty },
  } = form;
  const seriesName = new Map(series.map((s) => [s.id, s.name]));
  const number = (
    name: "year" | "politicalRights" | "civilLiberties" | "rank" | "score",
    label: string,
    opts: { min?: number; max?: number; step?: string; optional?: boolean; hint?: string } = {},
  ) => (
    <FormField
      id={name}
      label={label}
      optional={opts.optional}
      error={errors[name]?.message}
      hint={opts.hint}
    >
      <TextInput
        type="number"
        inputMode={opts.step ? "decimal" : "numeric"}
        min={opts.min}
        max={opts.max}
        step={opts.step}
        className="w-32"
        {...describe(name, errors[name]?.message, !!opts.hint)}
        {...register(name, { setValueAs: numberOrNull })}
      />
    </FormField>
  );

  return (
    <EditorShell
      kind="rating"
      role={role}
      editor={editor}
      dirty={isDirty}
      changeNote={register("changeNote")}
      formatters={{ seriesId: (v) => seriesName.get(String(v)) ?? String(v) }}
    >
      <FormSection title="Rating">
        <div className="grid gap-4 sm:grid-cols-2">
          <FormField id="seriesId" label="Series" error={errors.seriesId?.message}>
            <Select {...describe("seriesId", errors.seriesId?.message)} {...register("seriesId")}>
              <RecordOptions records={series} />
            </Select>
          </FormField>
          {number("year", "Year", { min: 1900, max: 2100, hint: "The year the rating covers." })}
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          {number("politicalRights", "Political rights", {
            min: 1,
            max: 7,
            optional: true,
            hint: "1 (most free) to 7.",
          })}
          {number("civilLiberties", "Civil liberties", {
            min: 1,
            max: 7,
            optional: true,
            hint: "1 (most free) to 7.",
          })}
          <FormField id="status" label="Freedom status" optional error={errors.status?.message}>
            <Select
              {...describe("status", errors.status?.message)}
              {...register("status", { setValueAs: nullIfEmpty })}
            >
              <option value="">—</option>
              {freedomStatusOutput.options.map((s) => (
                <option key={s} value={s}>
                  {FREEDOM_LABELS[s]}
                </option>
              ))}
            </Select>
          </FormField>
          {number("rank", "Rank", { min: 1, max: 1000, optional: true })}
          {number("score", "Score", { min: 0, max: 1000, step: "any", optional: true })}
        </div>
        <FormField
          id="headOfState"
          label="Head of state"
          optional
          error={errors.headOfState?.message}
        >
          <TextInput
            {...describe("headOfState", errors.headOfState?.message)}
            {...register("headOfState")}
          />
        </FormField>
        <FormField id="note" label="Note" optional error={errors.note?.message}>
          <TextArea rows={3} {...describe("note", errors.note?.message)} {...register("note")} />
        </FormField>
      </FormSection>
      <FormSection title="Citations" description="Where the numbers come from.">
        <CitationsEditor
          form={form as unknown as CitationsForm}
          known={citedSources(editor.record?.citations ?? [])}
          disabled={!!editor.record?.deletedAt}
        />
      </FormSection>
    </EditorShell>
  );
}
