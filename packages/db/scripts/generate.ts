import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const packageRoot = fileURLToPath(new URL("..", import.meta.url));

if (!existsSync(new URL("../prisma/schema.prisma", import.meta.url))) {
  console.log("@kz/db: prisma/schema.prisma does not exist yet; skipping `prisma generate`.");
  process.exit(0);
}

const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const result = spawnSync(process.execPath, [prismaCli, "generate"], {
  cwd: packageRoot,
  stdio: "inherit",
  env: {
    ...process.env,
    // The CLI insists on a schema engine binary before generating, and downloading one fails offline.
    // `generate` never runs it, so any existing executable will do.
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  },
});
process.exit(result.status ?? 1);
