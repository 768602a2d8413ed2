"use client";

import {
  RATING_CSV_COLUMNS,
  type RatingImportCommitOutput,
  type RatingImportPreviewOutput,
} from "@kz/api/schemas";
import { Alert, Badge, Button } from "@kz/ui";
import Link from "next/link";
import { useEffect, useId, useRef, useState } from "react";

import { displayValue } from "../../lib/conflict";
import { readCsvFile } from "../../lib/csv-file";
import type { Option } from "../../server/options";
import { errorMessage } from "../../trpc/form-errors";
import { useTRPCClient } from "../../trpc/react";
import { DataTable } from "../data-table";
import {
  describe,
  FormField,
  FormSection,
  Select,
  smallButton,
  TextArea,
  TextInput,
} from "./form-controls";
import { RecordOptions } from "./record-options";
import { SourcePicker, type SourceSummary } from "./source-picker";

const HEADER = RATING_CSV_COLUMNS.join(",");
const ACTION_LABELS = {
  create: { label: "New", tone: "success" },
  update: { label: "Update", tone: "brand" },
  unchanged: { label: "Unchanged", tone: "neutral" },
  invalid: { label: "Invalid", tone: "danger" },
} as const;

/**
 * Ratings from CSV: choose the series and the source every row cites, paste or upload the rows,
 * check them (nothing is written), then import all of them in one go — only when every row is valid.
 */
export function RatingsImport({ series, seriesId }: { series: Option[]; seriesId?: string }) {
  const client = useTRPCClient();
  const fileId = useId();
  const [series_, setSeries] = useState(seriesId ?? series[0]?.id ?? "");
  const [source, setSource] = useState<SourceSummary | null>(null);
  const [csv, setCsv] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const [note, setNote] = useState("");
  const [preview, setPreview] = useState<{
    output: RatingImportPreviewOutput;
    seriesId: string;
    csv: string;
  } | null>(null);
  const [result, setResult] = useState<RatingImportCommitOutput | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"check" | "import" | null>(null);
  const previewRef = useRef<HTMLHeadingElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  // Focus moves to the check's outcome, or the import's, once it is rendered.
  const [focusTo, setFocusTo] = useState<"preview" | "result" | null>(null);
  useEffect(() => {
    if (!focusTo) return;
    (focusTo === "preview" ? previewRef : resultRef).current?.focus();
    setFocusTo(null);
  }, [focusTo]);

  const stale = preview !== null && (preview.csv !== csv || preview.seriesId !== series_);
  const rowCount = preview ? preview.output.counts.create + preview.output.counts.update : 0;
  const blockers = [
    !preview ? "check the rows first" : null,
    stale ? "the rows or the series changed since the check: check again" : null,
    preview && !stale && !preview.output.valid ? "fix the invalid rows and check again" : null,
    preview && !stale && preview.output.valid && rowCount === 0
      ? "there is nothing to import: every row is unchanged"
      : null,
    !source ? "choose the source the ratings cite" : null,
  ].filter((b): b is string => b !== null);

  const check = async () => {
    setBusy("check");
    setError(null);
    setResult(null);
    try {
      const output = await client.rating.importPreview.mutate({ seriesId: series_, csv });
      setPreview({ output, seriesId: series_, csv });
      setFocusTo("preview");
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  const commit = async () => {
    if (!source || blockers.length) return;
    setBusy("import");
    setError(null);
    try {
      const output = await client.rating.importCommit.mutate({
        seriesId: series_,
        csv,
        sourceId: source.id,
        changeNote: note.trim() || undefined,
      });
      setResult(output);
      setPreview(null);
      setCsv("");
      setFocusTo("result");
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="space-y-6">
      <div ref={resultRef} tabIndex={-1} aria-live="polite" className="focus:outline-none">
        {error ? <Alert>{error}</Alert> : null}
        {result ? (
          <Alert tone="info">
            Imported: {result.created.length} new ({result.created.join(", ") || "none"}),{" "}
            {result.updated.length} updated ({result.updated.join(", ") || "none"}),{" "}
            {result.unchanged.length} unchanged. New ratings are drafts and changes to published
            ones wait as pending changes, until an editor publishes them.{" "}
            <Link href={`/ratings?series=${series_}`}>See the ratings</Link>
          </Alert>
        ) : null}
      </div>

      <FormSection title="1. Series and source">
        <FormField id="import-series" label="Series">
          <Select
            {...describe("import-series")}
            value={series_}
            onChange={(e) => setSeries(e.target.value)}
            className="max-w-md"
          >
            <RecordOptions records={series} />
          </Select>
        </FormField>
        <div className="space-y-2">
          <p className="text-sm font-medium text-slate-800">Source every imported rating cites</p>
          {source ? (
            <p className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium">{source.title}</span>
              <span className="text-slate-600">{source.publisher}</span>
              <button type="button" className={smallButton} onClick={() => setSource(null)}>
                Change source
              </button>
            </p>
          ) : (
            <SourcePicker label="Find the source" onPick={setSource} />
          )}
        </div>
      </FormSection>

      <FormSection
        title="2. Rows"
        description={
          <>
            The first line must be the header{" "}
            <code className="rounded bg-slate-100 px-1">{HEADER}</code>. Status is Free, Partly Free
            or Not Free; empty cells mean nothing.
          </>
        }
      >
        <FormField
          id="import-csv"
          label="CSV"
          error={fileError ?? undefined}
          hint="Paste the rows, or choose a file below."
        >
          <TextArea
            {...describe("import-csv", fileError ?? undefined, true)}
            rows={10}
            value={csv}
            spellCheck={false}
            placeholder={`${HEADER}\n2025,7,5,Not Free,Kassym-Jomart Tokayev,,,`}
            onChange={(e) => setCsv(e.target.value)}
            className="font-mono text-sm"
          />
        </FormField>
        <div className="space-y-1">
          <label htmlFor={fileId} className="block text-sm font-medium text-slate-800">
            Or upload a CSV file
          </label>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv,text/plain"
            className="block text-sm"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              const read = await readCsvFile(file);
              if (read.ok) {
                setCsv(read.text);
                setFileError(null);
              } else setFileError(read.error);
              e.target.value = "";
            }}
          />
          <p className="text-xs text-slate-600">
            Read in your browser; nothing is sent until you check.
          </p>
        </div>
        <Button type="button" onClick={check} disabled={!csv.trim() || !series_ || busy !== null}>
          {busy === "check" ? "Checking…" : "Check rows"}
        </Button>
      </FormSection>

      {preview ? (
        <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2
            ref={previewRef}
            tabIndex={-1}
            className="text-brand-900 text-lg font-semibold focus:outline-none"
          >
            3. Check: {preview.output.valid ? "every row is valid" : "some rows need fixing"}
          </h2>
          {stale ? (
            <Alert tone="info">The rows or the series changed after this check: check again.</Alert>
          ) : null}
          {preview.output.errors.length ? (
            <Alert>
              <ul className="list-disc pl-4">
                {preview.output.errors.map((e) => (
                  <li key={e}>{e}</li>
                ))}
              </ul>
            </Alert>
          ) : null}
          <p className="text-sm text-slate-700">
            {preview.output.counts.create} new, {preview.output.counts.update} updated,{" "}
            {preview.output.counts.unchanged} unchanged, {preview.output.counts.invalid} invalid.
          </p>
          {preview.output.rows.length ? (
            <DataTable
              caption="Rows of the CSV and what the import would do"
              framed
              columns={["Line", "Year", "Result", "Details"]}
            >
              {preview.output.rows.map((r) => {
                const a = ACTION_LABELS[r.action];
                return (
                  <tr key={r.line} className={r.action === "invalid" ? "bg-red-50" : undefined}>
                    <th scope="row" className="tabular-nums">
                      {r.line}
                    </th>
                    <td className="tabular-nums">{r.year ?? "—"}</td>
                    <td>
                      <Badge tone={a.tone}>{a.label}</Badge>
                    </td>
                    <td className="text-sm">
                      {r.errors.length ? (
                        <ul className="text-red-800">
                          {r.errors.map((e) => (
                            <li key={e}>{e}</li>
                          ))}
                        </ul>
                      ) : r.action === "update" ? (
                        `Changes: ${r.changes.join(", ")}`
                      ) : r.values ? (
                        [
                          r.values.politicalRights !== null
                            ? `PR ${r.values.politicalRights}`
                            : null,
                          r.values.civilLiberties !== null ? `CL ${r.values.civilLiberties}` : null,
                          r.values.status ? displayValue(r.values.status) : null,
                          r.values.headOfState,
                        ]
                          .filter(Boolean)
                          .join(" · ")
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </DataTable>
          ) : null}
        </section>
      ) : null}

      <FormSection title={preview ? "4. Import" : "3. Import"}>
        <FormField id="import-note" label="Change note" optional>
          <TextInput
            {...describe("import-note")}
            value={note}
            maxLength={500}
            onChange={(e) => setNote(e.target.value)}
          />
        </FormField>
        <div className="space-y-1">
          <Button
            type="button"
            onClick={commit}
            disabled={blockers.length > 0 || busy !== null}
            aria-describedby={blockers.length ? "import-blockers" : undefined}
          >
            {busy === "import"
              ? "Importing…"
              : `Import ${rowCount} ${rowCount === 1 ? "row" : "rows"}`}
          </Button>
          {blockers.length ? (
            <p id="import-blockers" className="text-sm text-slate-700">
              To import, {blockers.join("; ")}.
            </p>
          ) : (
            <p className="text-sm text-slate-600">
              All rows are written in one transaction, or none.
            </p>
          )}
        </div>
      </FormSection>
    </div>
  );
}
