// Proves the client installs anywhere: packs dist/ (npm run package), installs the tarball in an
// empty folder outside the repository without the network (`npm install --offline`, given the
// tarball and tarballs of its dependencies packed from the workspace's node_modules: npm's cache
// holds their tarballs but not the registry's documents an install by name asks for), and there
// - imports it with plain node and makes a call to a local stand-in for the API;
// - type-checks a consumer with `tsc --module nodenext`, including a misspelt input key that must
//   fail;
// - finds no server source in the tarball or its declarations.
import { execFile } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

import { DIST } from "./build";

const run = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const tsc = path.join(repoRoot, "node_modules/typescript/bin/tsc");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

const CONSUMER_TS = `import { createClient, type RouterInputs, type RouterOutputs } from "@kz/client";
import { emptyMirror } from "@kz/client/mirror";

const client = createClient({ url: "https://example.org" });
const page: Promise<RouterOutputs["event"]["list"]> = client.event.list.query({ limit: 2 });
const input: RouterInputs["event"]["list"] = { topic: "protests" };
export const title = page.then((p) => p.items[0]?.title.toUpperCase());
export const state = emptyMirror().cursor;
export { input };
`;
const MISSPELT_TS = `import { createClient } from "@kz/client";
export const page = createClient({ url: "https://example.org" }).event.list.query({ limt: 2 });
`;
const NO_SERVER = /@kz\/(api|db)|PrismaClient|from "\.\.\/|\.\.\/src\//;

/** A stand-in for the API: topic.list answers one topic, as the real one would. */
async function standIn(): Promise<{ url: string; close: () => void }> {
  const server = http.createServer((req, res) => {
    res.setHeader("content-type", "application/json");
    const body = req.url?.startsWith("/api/trpc/topic.list")
      ? [{ result: { data: { json: [{ slug: "protests", name: "Protests" }] } } }]
      : [{ error: { json: { message: "no", code: -32004, data: { code: "NOT_FOUND" } } } }];
    res.end(JSON.stringify(body));
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** Tarballs of `names` and everything they depend on, packed from the workspace's node_modules. */
async function packDependencies(names: string[], folder: string): Promise<string[]> {
  const seen = new Set<string>();
  const queue = [...names];
  const tarballs: string[] = [];
  while (queue.length) {
    const name = queue.shift()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const dir = path.join(repoRoot, "node_modules", name);
    const pkg = JSON.parse(await readFile(path.join(dir, "package.json"), "utf8")) as {
      dependencies?: Record<string, string>;
    };
    queue.push(...Object.keys(pkg.dependencies ?? {}));
    const { stdout } = await run(npm, [
      "pack",
      dir,
      "--ignore-scripts",
      "--pack-destination",
      folder,
      "--json",
    ]);
    tarballs.push(path.join(folder, (JSON.parse(stdout) as { filename: string }[])[0]!.filename));
  }
  return tarballs;
}

export async function checkPackage(log: (line: string) => void = console.log): Promise<void> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "kz-client-check-"));
  const server = await standIn();
  try {
    const { stdout } = await run(npm, ["pack", DIST, "--pack-destination", folder, "--json"]);
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    const files = packed!.files.map((f) => f.path);
    log(`packed ${packed!.filename}: ${files.join(", ")}`);
    if (files.some((f) => f.endsWith(".ts") && !f.endsWith(".d.mts"))) {
      throw new Error(`the tarball holds TypeScript source: ${files.join(", ")}`);
    }
    for (const file of files.filter((f) => f.endsWith(".mts") || f.endsWith(".mjs"))) {
      const text = await readFile(path.join(DIST, file), "utf8");
      const leak = NO_SERVER.exec(text);
      if (leak) throw new Error(`${file} refers to server source: ${leak[0]}`);
    }
    const manifest = JSON.parse(await readFile(path.join(DIST, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    const loose = Object.entries(manifest.dependencies).filter(([, v]) => v === "*");
    if (loose.length) throw new Error(`"*" ranges in the manifest: ${JSON.stringify(loose)}`);

    const app = path.join(folder, "app");
    await run("mkdir", ["-p", app]);
    await writeFile(
      path.join(app, "package.json"),
      JSON.stringify({ name: "consumer", private: true, type: "module" }),
    );
    const dependencies = await packDependencies(Object.keys(manifest.dependencies), folder);
    await run(
      npm,
      [
        "install",
        "--offline",
        // Peers such as typescript are the consumer's choice, not the client's.
        "--legacy-peer-deps",
        "--ignore-scripts",
        "--no-audit",
        "--no-fund",
        path.join(folder, packed!.filename),
        ...dependencies,
      ],
      { cwd: app },
    );
    log(
      `installed offline in ${app}: ${(await readdir(path.join(app, "node_modules"))).join(", ")}`,
    );

    const script = `import { createClient, endpointOf } from "@kz/client";
const client = createClient({ url: ${JSON.stringify(server.url)} });
const topics = await client.topic.list.query();
console.log(JSON.stringify({ endpoint: endpointOf("https://x.org/"), topics }));`;
    await writeFile(path.join(app, "run.mjs"), script);
    const ran = JSON.parse((await run(process.execPath, ["run.mjs"], { cwd: app })).stdout) as {
      endpoint: string;
      topics: { slug: string }[];
    };
    if (ran.endpoint !== "https://x.org/api/trpc" || ran.topics[0]?.slug !== "protests") {
      throw new Error(`plain node got ${JSON.stringify(ran)}`);
    }
    log("plain node: imported the client and called topic.list");

    const flags = ["--module", "nodenext", "--moduleResolution", "nodenext", "--strict"];
    // skipLibCheck, as most projects set: @trpc/server's own declarations want @types/node and
    // @types/ws. Were ours to lose the router's types (an import left unresolved reads as any),
    // the misspelt key below would pass, and the check fail.
    const common = [
      ...flags,
      "--noEmit",
      "--skipLibCheck",
      "--target",
      "es2022",
      "--lib",
      "es2022,dom",
    ];
    await writeFile(path.join(app, "consumer.ts"), CONSUMER_TS);
    await run(process.execPath, [tsc, ...common, "consumer.ts"], { cwd: app }).catch(
      (error: { stdout?: string }) => {
        throw new Error(`tsc --module nodenext failed:\n${error.stdout ?? String(error)}`);
      },
    );
    await writeFile(path.join(app, "misspelt.ts"), MISSPELT_TS);
    const misspelt = await run(process.execPath, [tsc, ...common, "misspelt.ts"], {
      cwd: app,
    }).then(
      () => "",
      (error: { stdout?: string }) => error.stdout ?? "",
    );
    if (!misspelt.includes("limt")) {
      throw new Error(`tsc accepted a misspelt input key, so the types are not the router's`);
    }
    log("tsc --module nodenext: the consumer type-checks; a misspelt key does not");
  } finally {
    server.close();
    await rm(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await checkPackage();
}
