"use client";

import type { TranslationEditorOutput } from "@kz/api/schemas";
import { Badge, Button } from "@kz/ui";
import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type ReactNode } from "react";

import { errorMessage } from "../../trpc/form-errors";
import { useTRPC } from "../../trpc/react";
import { TextArea } from "../content/form-controls";
import { LiveNotice, type Notice } from "../live-notice";
import { LANGUAGE_LABELS, STATE_LABELS, STATE_TONES } from "./labels";

type Field = TranslationEditorOutput["fields"][number];

/**
 * English on the left, the translation on the right, field by field; where the English changed
 * since the translation was made, what changed (`diffs`, rendered on the server) above it.
 * Contributors save drafts; editors also publish, marking the translation reviewed or not.
 */
export function TranslationEditor({
  data,
  diffs,
  canPublish,
}: {
  data: TranslationEditorOutput;
  diffs: Record<string, ReactNode>;
  canPublish: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const [texts, setTexts] = useState(() =>
    Object.fromEntries(data.fields.map((f) => [f.field, f.text])),
  );
  const [reviewed, setReviewed] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const save = useMutation(trpc.translation.save.mutationOptions());
  const publish = useMutation(trpc.translation.publish.mutationOptions());
  const busy = save.isPending || publish.isPending;
  const record = { entityType: data.entityType, recordId: data.recordId, locale: data.locale };

  // What a save sends: changed fields, and outdated ones kept as they are (confirming they fit).
  const toSave = data.fields.filter(
    (f) => texts[f.field]!.trim() && (texts[f.field] !== f.text || f.state === "outdated"),
  );

  async function run(andPublish: boolean) {
    setNotice(null);
    try {
      if (toSave.length)
        await save.mutateAsync({
          ...record,
          fields: toSave.map((f) => ({
            field: f.field,
            text: texts[f.field]!,
            expectedVersion: f.version,
          })),
        });
      if (andPublish) await publish.mutateAsync({ ...record, reviewed });
      setNotice({ tone: "info", text: andPublish ? "Published." : "Saved as a draft." });
      router.refresh();
    } catch (error) {
      setNotice({ tone: "danger", text: errorMessage(error) });
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void run(false);
      }}
      className="space-y-6"
    >
      {data.fields.map((f: Field) => (
        <div
          key={f.field}
          className="grid gap-4 border-b border-slate-200 pb-6 lg:grid-cols-2"
          data-testid={`translation-field-${f.field}`}
        >
          <div>
            <h2 className="flex items-center gap-2 text-sm font-semibold text-slate-800">
              {f.label} <span className="font-normal text-slate-600">English</span>
            </h2>
            {diffs[f.field] ? (
              <div className="mt-2 rounded border border-amber-200 bg-amber-50 p-3 text-sm">
                <p className="font-medium text-amber-900">Changed in English since translated:</p>
                <div className="mt-1 break-words whitespace-pre-wrap" data-testid="english-diff">
                  {diffs[f.field]}
                </div>
              </div>
            ) : null}
            <p lang="en" className="mt-2 break-words whitespace-pre-wrap text-slate-800">
              {f.english || <em className="text-slate-500">(empty)</em>}
            </p>
          </div>
          <div>
            <label
              htmlFor={`t-${f.field}`}
              className="flex items-center gap-2 text-sm font-semibold text-slate-800"
            >
              {f.label}{" "}
              <span className="font-normal text-slate-600">{LANGUAGE_LABELS[data.locale]}</span>
              <Badge tone={STATE_TONES[f.state]}>{STATE_LABELS[f.state]}</Badge>
              {f.state === "published" && !f.reviewed ? <Badge>Not reviewed</Badge> : null}
            </label>
            <TextArea
              id={`t-${f.field}`}
              lang={data.locale}
              rows={f.kind === "markdown" ? 10 : 3}
              value={texts[f.field]}
              onChange={(e) => setTexts((t) => ({ ...t, [f.field]: e.target.value }))}
              className="mt-2"
            />
          </div>
        </div>
      ))}

      <LiveNotice notice={notice} />
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant="secondary" disabled={busy || !toSave.length}>
          Save draft
        </Button>
        {canPublish ? (
          <>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                checked={reviewed}
                onChange={(e) => setReviewed(e.target.checked)}
              />
              I reviewed it against the English
            </label>
            <Button type="button" disabled={busy} onClick={() => void run(true)}>
              Publish translation
            </Button>
          </>
        ) : null}
      </div>
    </form>
  );
}
