"use client";

import {
  eventForm,
  type EventEditOutput,
  type EventForm,
  type EventFormInput,
} from "@kz/api/schemas";
import { zodResolver } from "@hookform/resolvers/zod";
import { Controller, useForm, useWatch } from "react-hook-form";

import { displayValue } from "../../lib/conflict";
import { FIELD_LABELS } from "../../lib/field-labels";
import { abilities, type Role } from "../../lib/roles";
import type { Option } from "../../server/options";
import { useTRPCClient } from "../../trpc/react";
import { ActorRolesEditor, type ActorRef } from "./actor-roles";
import {
  CitationsEditor,
  citationValues,
  citedSources,
  type CitationsForm,
} from "./citations-editor";
import { DateField } from "./date-field";
import { datesShownAs, PrecisionRadios } from "./date-precision";
import { EditorShell } from "./editor-shell";
import { describe, FormField, FormSection, TextArea, TextInput } from "./form-controls";
import { maxLengthOf } from "./field-limits";
import { MarkdownEditor } from "./markdown-editor";
import { MultiSelectField } from "./multi-select";
import { savedMessage } from "./saved-message";
import { SlugField } from "./slug-field";
import { useRecordEditor } from "./use-record-editor";

const emptyEvent: EventFormInput = {
  title: "",
  slug: "",
  summary: "",
  body: "",
  startDate: "",
  endDate: "",
  datePrecision: "day",
  topicIds: [],
  placeIds: [],
  actors: [],
  citations: [],
  changeNote: "",
};

const toValues = (r: EventEditOutput): EventFormInput => ({
  ...r.form,
  endDate: r.form.endDate ?? "",
  actors: r.form.actors.map((a) => ({ ...a })),
  citations: citationValues(r.form.citations),
  changeNote: "",
});

export function EventEditor({
  record,
  role,
  topics,
  places,
  publicSiteUrl,
}: {
  record: EventEditOutput | null;
  role: Role;
  topics: Option[];
  places: Option[];
  publicSiteUrl: string;
}) {
  const client = useTRPCClient();
  const form = useForm<EventFormInput, unknown, EventForm>({
    resolver: zodResolver(eventForm),
    mode: "onTouched",
    defaultValues: record ? toValues(record) : emptyEvent,
  });
  const editor = useRecordEditor({
    form,
    initial: record,
    toValues,
    procedures: client.event.admin,
    labels: FIELD_LABELS.event,
    path: "/events",
    savedMessage,
    autosave: { enabled: abilities(role).edit && !record?.deletedAt, schema: eventForm },
  });
  const current = editor.record;
  const {
    register,
    control,
    formState: { errors, isDirty },
  } = form;
  const [title, slug, startDate, endDate, precision] = useWatch({
    control,
    name: ["title", "slug", "startDate", "endDate", "datePrecision"],
  });

  const topicName = new Map(topics.map((t) => [t.id, t.name]));
  const placeName = new Map(places.map((p) => [p.id, p.name]));
  const actorName = new Map((current?.actors ?? []).map((a) => [a.id, a.name]));
  const sourceTitle = new Map(citedSources(current?.citations ?? []).map((s) => [s.id, s.title]));
  const names = (map: Map<string, string>) => (v: unknown) =>
    Array.isArray(v) && v.length
      ? v.map((id) => map.get(String(id)) ?? String(id)).join(", ")
      : "—";
  const disabled = !!current?.deletedAt;
  const shownAs = datesShownAs(startDate, endDate, precision);

  return (
    <EditorShell
      kind="event"
      role={role}
      editor={editor}
      dirty={isDirty}
      changeNote={register("changeNote")}
      publicSiteUrl={publicSiteUrl}
      publishBlocked={
        current && current.form.citations.length === 0
          ? "an event needs at least one citation. Add a source under Citations and save."
          : null
      }
      formatters={{
        topicIds: names(topicName),
        placeIds: names(placeName),
        actors: (v) =>
          Array.isArray(v) && v.length
            ? (v as { actorId: string; role: string }[])
                .map((a) => `${actorName.get(a.actorId) ?? a.actorId} (${a.role})`)
                .join(", ")
            : "—",
        citations: (v) =>
          Array.isArray(v) && v.length
            ? (v as { sourceId: string; locator?: string | null }[])
                .map(
                  (c, i) =>
                    `[${i + 1}] ${sourceTitle.get(c.sourceId) ?? c.sourceId}${c.locator ? `, ${c.locator}` : ""}`,
                )
                .join("\n")
            : "—",
        body: (v) => displayValue(v, 600),
      }}
    >
      <FormSection title="What happened">
        <FormField id="title" label="Title" error={errors.title?.message}>
          <TextInput {...describe("title", errors.title?.message)} {...register("title")} />
        </FormField>
        <SlugField
          registration={register("slug")}
          title={title}
          slug={slug}
          error={errors.slug?.message}
          fallback="event"
          publicPath="/events/"
        />
        <FormField
          id="summary"
          label="Summary"
          error={errors.summary?.message}
          hint="One or two sentences, shown in lists and search results."
        >
          <TextArea
            rows={3}
            {...describe("summary", errors.summary?.message, true)}
            {...register("summary")}
          />
        </FormField>
      </FormSection>

      <FormSection
        title="When"
        description={shownAs ? `The public site shows: ${shownAs}` : undefined}
      >
        <Controller
          control={control}
          name="datePrecision"
          render={({ field }) => (
            <PrecisionRadios value={field.value} onChange={field.onChange} disabled={disabled} />
          )}
        />
        <div className="flex flex-wrap gap-6">
          {(["startDate", "endDate"] as const).map((name) => (
            <DateField
              key={name}
              control={control}
              name={name}
              precision="datePrecision"
              id={name}
              label={name === "startDate" ? "Start" : "End"}
              optional={name === "endDate"}
              error={errors[name]?.message}
            />
          ))}
        </div>
      </FormSection>

      <FormSection title="Body">
        <MarkdownEditor
          id="body"
          label="Body"
          control={control}
          name="body"
          registration={register("body")}
          error={errors.body?.message}
          max={maxLengthOf(eventForm, "body")}
        />
      </FormSection>

      <FormSection title="Topics, places and actors">
        <MultiSelectField
          control={control}
          name="topicIds"
          legend="Topics"
          hint="The first is the event's primary topic."
          ordered
          options={topics}
          disabled={disabled}
        />
        <MultiSelectField
          control={control}
          name="placeIds"
          legend="Places"
          options={places}
          disabled={disabled}
        />
        <Controller
          control={control}
          name="actors"
          render={({ field }) => (
            <ActorRolesEditor
              value={field.value}
              onChange={field.onChange}
              known={(current?.actors ?? []) as ActorRef[]}
              errors={errors.actors}
              rootError={errors.actors?.message ?? errors.actors?.root?.message}
              disabled={disabled}
            />
          )}
        />
      </FormSection>

      <FormSection
        title="Citations"
        description="The sources this account rests on, in footnote order."
      >
        <CitationsEditor
          form={form as unknown as CitationsForm}
          known={citedSources(current?.citations ?? [])}
          required
          disabled={disabled}
        />
      </FormSection>
    </EditorShell>
  );
}
