/** The largest CSV the import takes (the API refuses more than a million characters). */
export const MAX_CSV_BYTES = 1_000_000;

export type CsvFileResult = { ok: true; text: string } | { ok: false; error: string };

/**
 * Reads a chosen CSV file in the browser: UTF-8 text, without a byte-order mark, with line endings
 * normalised. Refuses what is too large, empty or clearly not text, with a message for the editor.
 */
export async function readCsvFile(file: Blob & { name?: string }): Promise<CsvFileResult> {
  const name = file.name ? `"${file.name}"` : "The file";
  if (file.size === 0) return { ok: false, error: `${name} is empty.` };
  if (file.size > MAX_CSV_BYTES)
    return {
      ok: false,
      error: `${name} is ${Math.ceil(file.size / 1000)} kB; the import takes at most ${MAX_CSV_BYTES / 1000} kB.`,
    };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.includes(0))
    return { ok: false, error: `${name} is not a text file. Export the sheet as CSV (UTF-8).` };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, error: `${name} is not UTF-8 text. Export the sheet as CSV (UTF-8).` };
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!text.trim()) return { ok: false, error: `${name} is empty.` };
  return { ok: true, text };
}
