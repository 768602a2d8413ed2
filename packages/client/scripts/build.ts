// `npm run package -w @kz/client`: the client as it would be published, in dist/. The sources are
// copied to build/ with src/router.ts (the server's router type, read from @kz/api) replaced by
// the expanded one (expand-router-types.ts), then tsdown bundles JavaScript and declarations that
// need nothing from the server. dist/package.json pins its dependencies: no workspace "*" ranges.
import { copyFile, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { build } from "tsdown";

import { EXPANDED_ROUTER, expandRouterTypes } from "./expand-router-types";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = path.join(root, "dist");
const BUILD = path.dirname(EXPANDED_ROUTER);

/** What the published package depends on, at the versions the workspace uses. */
const RUNTIME_DEPENDENCIES = ["@trpc/client", "@trpc/server", "superjson"];

export async function buildPackage(): Promise<void> {
  const workspace = JSON.parse(await readFile(path.join(root, "package.json"), "utf8")) as {
    version: string;
    dependencies: Record<string, string>;
  };
  await rm(BUILD, { recursive: true, force: true });
  await rm(DIST, { recursive: true, force: true });
  await mkdir(path.join(BUILD, "src"), { recursive: true });
  for (const file of ["index.ts", "mirror.ts"]) {
    await copyFile(path.join(root, "src", file), path.join(BUILD, "src", file));
  }
  await writeFile(path.join(BUILD, "src/router.ts"), expandRouterTypes());
  await writeFile(
    path.join(BUILD, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "Bundler",
        strict: true,
        skipLibCheck: true,
        declaration: true,
        lib: ["ES2022", "DOM"],
        types: [],
      },
      include: ["src"],
    }),
  );
  try {
    await bundle();
  } finally {
    // Only the bundle is kept: build/ is an intermediate copy of the sources.
    await rm(BUILD, { recursive: true, force: true });
  }
  await writeManifest(workspace);
}

function bundle() {
  return build({
    cwd: BUILD,
    entry: ["src/index.ts", "src/mirror.ts"],
    tsconfig: path.join(BUILD, "tsconfig.json"),
    format: "esm",
    platform: "node",
    target: "node20",
    outDir: DIST,
    dts: true,
    clean: true,
    deps: { neverBundle: RUNTIME_DEPENDENCIES },
    logLevel: "warn",
  });
}

async function writeManifest(workspace: {
  version: string;
  dependencies: Record<string, string>;
}): Promise<void> {
  const dependencies = Object.fromEntries(
    RUNTIME_DEPENDENCIES.map((name) => {
      const range = workspace.dependencies[name];
      if (!range || range === "*") throw new Error(`${name}: no pinned version in package.json`);
      return [name, range];
    }),
  );
  const manifest = {
    name: "@kz/client",
    version: workspace.version,
    description: "Typed client for the Kazakhstan Human Rights Monitor's API",
    license: "MIT",
    type: "module",
    engines: { node: ">=20" },
    exports: {
      ".": { types: "./index.d.mts", default: "./index.mjs" },
      "./mirror": { types: "./mirror.d.mts", default: "./mirror.mjs" },
    },
    types: "./index.d.mts",
    files: ["*.mjs", "*.d.mts", "README.md"],
    dependencies,
  };
  await writeFile(path.join(DIST, "package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
  await copyFile(path.join(root, "README.md"), path.join(DIST, "README.md"));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildPackage();
  console.log(`built ${path.relative(process.cwd(), DIST)}`);
}
