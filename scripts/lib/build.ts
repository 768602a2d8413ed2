import { spawn, type ChildProcess } from "node:child_process";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

export const APPS = ["web", "admin"] as const;
export type AppName = (typeof APPS)[number];

const SKIP = new Set(["node_modules", ".next", ".turbo", "dist", "coverage"]);
// Tests are not part of what the apps serve, so editing one should not cost a rebuild.
const isTest = (name: string) => /\.test\.[cm]?[jt]sx?$/.test(name);

/** The newest modification time under `dir` (0 when it does not exist), and which file has it. */
export async function newestFile(dir: string): Promise<{ mtimeMs: number; file: string | null }> {
  let newest = { mtimeMs: 0, file: null as string | null };
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return newest;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    let candidate = newest;
    if (entry.isDirectory()) {
      if (!SKIP.has(entry.name)) candidate = await newestFile(full);
    } else if (entry.isFile() && !isTest(entry.name)) {
      // A file deleted since readdir (an editor's temporary file) simply does not count.
      const mtimeMs = await stat(full).then(
        (s) => s.mtimeMs,
        () => 0,
      );
      candidate = { mtimeMs, file: full };
    }
    if (candidate.mtimeMs > newest.mtimeMs) newest = candidate;
  }
  return newest;
}

async function listDirs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name));
}

/** Everything whose change should rebuild the apps: their sources, their config, the packages. */
async function sources(root: string): Promise<{ dirs: string[]; files: string[] }> {
  const apps = await listDirs(path.join(root, "apps"));
  const packages = await listDirs(path.join(root, "packages"));
  const configs = await Promise.all(
    apps.map(async (app) =>
      (await readdir(app).catch(() => [] as string[]))
        .filter((name) => name.startsWith("next.config."))
        .map((name) => path.join(app, name)),
    ),
  );
  return {
    dirs: [...apps, ...packages].map((dir) => path.join(dir, "src")),
    files: configs.flat(),
  };
}

const mtimeOf = (file: string) =>
  stat(file).then(
    (s) => s.mtimeMs,
    () => null,
  );

/** Why the apps need a (re)build, or null when both builds are newer than every source file. */
export async function buildReason(root: string): Promise<string | null> {
  let oldestBuild = Infinity;
  for (const app of APPS) {
    const built = await mtimeOf(path.join(root, "apps", app, ".next", "BUILD_ID"));
    if (built === null) return `apps/${app} has not been built yet`;
    oldestBuild = Math.min(oldestBuild, built);
  }
  const { dirs, files } = await sources(root);
  const candidates = [
    ...(await Promise.all(
      files.map(async (file) => ({ file, mtimeMs: (await mtimeOf(file)) ?? 0 })),
    )),
    ...(await Promise.all(dirs.map(newestFile))),
  ];
  const changed = candidates.find((c) => c.file !== null && c.mtimeMs > oldestBuild);
  return changed?.file ? `${path.relative(root, changed.file)} changed since the last build` : null;
}

/** Runs turbo's build for both apps with its output on this terminal. */
export function runBuild(
  root: string,
  env: NodeJS.ProcessEnv,
): { child: ChildProcess; done: Promise<number> } {
  const child = spawn("npx", ["turbo", "run", "build", "--filter=@kz/web", "--filter=@kz/admin"], {
    cwd: root,
    env,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const done = new Promise<number>((resolve) => {
    child.once("error", () => resolve(127));
    child.once("exit", (code, signal) => resolve(signal ? 1 : (code ?? 1)));
  });
  return { child, done };
}
