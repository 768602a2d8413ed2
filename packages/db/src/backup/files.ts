import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";

import { BackupError } from "./errors";

export interface LineWriter {
  write(line: string): Promise<void>;
  /** Finishes the file and moves it into place. */
  commit(): Promise<void>;
  /** Removes what was written. */
  abort(): Promise<void>;
}

/**
 * Writes gzipped lines to `<file>.partial` and renames it to `file` only once complete, so an
 * interrupted backup never leaves a file that looks like a backup. Owner-only permissions: a backup
 * holds password and token hashes.
 */
export async function gzipLineWriter(file: string): Promise<LineWriter> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const done = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
  // Observed here so an early failure is not an unhandled rejection; commit() rethrows it.
  done.catch(() => {});
  return {
    async write(line) {
      if (!gzip.write(`${line}\n`)) await once(gzip, "drain");
    },
    async commit() {
      gzip.end();
      await done;
      await rename(partial, file);
    },
    async abort() {
      gzip.destroy();
      await done.catch(() => {});
      await rm(partial, { force: true });
    },
  };
}

/** The lines of a gzipped file, read as a stream. */
export async function* gzipLines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file);
  await once(input, "open").catch((error: NodeJS.ErrnoException) => {
    throw new BackupError(
      error.code === "ENOENT" ? `No such file: ${file}` : `Cannot read ${file}: ${error.message}`,
    );
  });
  const gunzip = createGunzip();
  const lines = createInterface({ input: input.pipe(gunzip), crlfDelay: Infinity });
  input.on("error", (error) => gunzip.destroy(error));
  try {
    for await (const line of lines) if (line) yield line;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    if (code.startsWith("Z_")) {
      throw new BackupError(`${file} is not a gzip file, or is damaged (${code}).`);
    }
    throw error;
  } finally {
    lines.close();
    input.destroy();
  }
}
