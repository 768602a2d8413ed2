import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

// One secret per job (SECURITY.md): sessions, publish-time revalidation, draft-preview links.
const APP_KEYS = ["AUTH_SECRET", "REVALIDATE_SECRET", "PREVIEW_SECRET"] as const;

export type Secrets = Record<(typeof APP_KEYS)[number], string>;

export const newSecret = () => randomBytes(32).toString("base64url");

async function readSaved<K extends string>(
  file: string,
  keys: readonly K[],
): Promise<Partial<Record<K, string>>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, "utf8"));
    if (typeof parsed !== "object" || parsed === null) return {};
    const saved: Partial<Record<K, string>> = {};
    for (const key of keys) {
      const value = (parsed as Record<string, unknown>)[key];
      if (typeof value === "string" && value.length >= 32) saved[key] = value;
    }
    return saved;
  } catch {
    return {};
  }
}

/**
 * The secrets named by `keys`, kept in `file` (0600): the ones saved by an earlier run, else new
 * ones, saved for next time. A key added in a later version is generated and saved beside the old.
 */
export async function loadOrCreateSecretFile<K extends string>(
  file: string,
  keys: readonly K[],
): Promise<Record<K, string>> {
  const saved = await readSaved(file, keys);
  const secrets = Object.fromEntries(keys.map((key) => [key, saved[key] ?? newSecret()])) as Record<
    K,
    string
  >;
  if (keys.some((key) => saved[key] !== secrets[key])) {
    await mkdir(path.dirname(file), { recursive: true });
    // Whole or not at all: a start killed mid-write must not leave half a password behind.
    const partial = `${file}.${process.pid}.tmp`;
    await writeFile(partial, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
    await rename(partial, file);
  }
  // writeFile's mode applies only when it creates the file; tighten one created by hand too.
  await chmod(file, 0o600);
  return secrets;
}

/**
 * The apps' secrets: from the environment when set there, else as loadOrCreateSecretFile keeps
 * them, so that sessions survive restarts.
 */
export async function loadOrCreateSecrets(
  file: string,
  fromEnv: Partial<Secrets> = {},
): Promise<Secrets> {
  const secrets = await loadOrCreateSecretFile(file, APP_KEYS);
  return Object.fromEntries(APP_KEYS.map((key) => [key, fromEnv[key] ?? secrets[key]])) as Secrets;
}
