/**
 * The framework's own ceiling: a throwaway Next.js app under bench/.static-next whose pages are fully
 * static (prerendered at build time, no data, no proxy) and as large as the real pages they stand
 * for. `next start` serving it is the fastest any page of apps/web could be served by Next alone.
 */
import { access, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

import { spawnApp, type AppProcess } from "../../../scripts/lib/processes";
import { repoRoot, startAppProcess } from "./setup";

const dir = path.join(repoRoot, "bench/.static-next");
const nextBin = path.join(repoRoot, "node_modules/next/dist/bin/next");

/**
 * A static page ships its text twice (in the HTML and in the inline RSC payload), plus Next's own
 * markup; the text is sized so the whole HTML is about `bytes` long.
 */
const FRAMEWORK_OVERHEAD_BYTES = 9_000;
const textLength = (bytes: number) =>
  Math.max(1_000, Math.round((bytes - FRAMEWORK_OVERHEAD_BYTES) / 2));

function paragraphs(length: number): string[] {
  const sentence =
    "Static text standing in for a page of the record, the same size as the page it is measured against. ";
  const text = sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
  return text.match(/.{1,600}/g) ?? [];
}

/** Writes and builds the static app with one route per page name, each about `sizes[name]` bytes of HTML. */
export async function buildStaticNext(
  sizes: Record<string, number>,
  log: (message: string) => void,
): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, "app"), { recursive: true });
  await writeFile(
    path.join(dir, "next.config.mjs"),
    "export default { poweredByHeader: false };\n",
  );
  await writeFile(
    path.join(dir, "app/layout.jsx"),
    'export default function Layout({ children }) {\n  return (<html lang="en"><body>{children}</body></html>);\n}\n',
  );
  for (const [name, bytes] of Object.entries(sizes)) {
    await mkdir(path.join(dir, "app", name), { recursive: true });
    await writeFile(
      path.join(dir, "app", name, "page.jsx"),
      `export const dynamic = "force-static";\nconst text = ${JSON.stringify(paragraphs(textLength(bytes)))};\n` +
        "export default function Page() {\n  return (<main>{text.map((p, i) => <p key={i}>{p}</p>)}</main>);\n}\n",
    );
  }
  log("building the static Next.js baseline (bench/.static-next)");
  const build = spawnApp({
    name: "static-next build",
    command: process.execPath,
    args: [nextBin, "build"],
    cwd: dir,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    write: () => undefined,
  });
  const how = await build.exited;
  if (how !== "exited with code 0") throw new Error(`the static Next.js baseline's build ${how}`);
}

export function staticNextBuilt(): Promise<boolean> {
  return access(path.join(dir, ".next/BUILD_ID")).then(
    () => true,
    () => false,
  );
}

export function startStaticNext(port: number, log: (message: string) => void): Promise<AppProcess> {
  return startAppProcess({
    name: "static-next",
    cwd: dir,
    port,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production" },
    readyPath: "/",
    log,
  });
}
