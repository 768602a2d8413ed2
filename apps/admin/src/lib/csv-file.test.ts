import { describe, expect, it } from "vitest";

import { MAX_CSV_BYTES, readCsvFile } from "./csv-file";

const file = (parts: BlobPart[], name = "ratings.csv") => new File(parts, name);

describe("readCsvFile", () => {
  it("reads UTF-8 text, dropping a byte-order mark and Windows line endings", async () => {
    const result = await readCsvFile(
      file(["\uFEFFyear,politicalRights\r\n2024,7\r\n", "2025,6 — Назарбаев\r\n"]),
    );
    expect(result).toEqual({
      ok: true,
      text: "year,politicalRights\n2024,7\n2025,6 — Назарбаев\n",
    });
  });

  it("refuses an empty file, or one with only blank lines", async () => {
    expect(await readCsvFile(file([]))).toEqual({ ok: false, error: '"ratings.csv" is empty.' });
    expect(await readCsvFile(file(["\n \n"]))).toMatchObject({ ok: false });
  });

  it("refuses a file larger than the import takes", async () => {
    const result = await readCsvFile(file(["x".repeat(MAX_CSV_BYTES + 1)]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/at most 1000 kB/);
  });

  it("refuses binary files and text in another encoding", async () => {
    const binary = await readCsvFile(
      file([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00])], "x.xlsx"),
    );
    expect(binary).toEqual({
      ok: false,
      error: '"x.xlsx" is not a text file. Export the sheet as CSV (UTF-8).',
    });
    const latin1 = await readCsvFile(file([new Uint8Array([0x79, 0x65, 0x61, 0x72, 0xe9])]));
    expect(!latin1.ok && latin1.error).toMatch(/not UTF-8/);
  });
});
