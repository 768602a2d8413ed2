import { randomBytes } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

// One secret per job (SECURITY.md): sessions, publish-time revalidation, draft-preview links.
const KEYS = ["AUTH_SECRET", "REVALIDATE_SECRET", "PREVIEW_SECRET"] as const;

export type Secrets = Record<(typeof KEYS)[number], string>;

export const newSecret = () => randomBytes(32).toString("base64url");

async function readSaved(file: string): Promise<Partial<Secrets>> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, "utf8"));
    if (typeof parsed !== "object" || parsed === null) return {};
    const saved: Partial<Secrets> = {};
    for (const key of KEYS) {
      const value = (parsed as Record<string, unknown>)[key];
      if (typeof value === "string" && value.length >= 32) saved[key] = value;
    }
    return saved;
  } catch {
    return {};
  }
}

const eachKey = (value: (key: (typeof KEYS)[number]) => string) =>
  Object.fromEntries(KEYS.map((key) => [key, value(key)])) as Secrets;

/**
 * Secrets from the environment win; otherwise the ones saved by an earlier start, so that
 * sessions survive restarts; otherwise new ones, saved (0600) for next time. A secret added in a
 * later version is generated and saved beside the old ones.
 */
export async function loadOrCreateSecrets(
  file: string,
  fromEnv: Partial<Secrets> = {},
): Promise<Secrets> {
  const saved = await readSaved(file);
  const secrets = eachKey((key) => saved[key] ?? newSecret());
  if (KEYS.some((key) => saved[key] !== secrets[key])) {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  }
  // writeFile's mode applies only when it creates the file; tighten one created by hand too.
  await chmod(file, 0o600);
  return eachKey((key) => fromEnv[key] ?? secrets[key]);
}
