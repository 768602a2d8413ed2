// `npm run docs:api`: writes docs/api.md from the API's router and its catalog.
// `npm run docs:api -- --check`: exits 1 if the file is out of date instead.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

import { apiDocs } from "./lib/api-docs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { file, text } = await apiDocs(root);
const relative = path.relative(root, file);
let current: string | null = null;
try {
  current = readFileSync(file, "utf8");
} catch {
  current = null;
}

if (process.argv.includes("--check")) {
  if (current !== text) {
    console.error(`${relative} is out of date: run npm run docs:api`);
    process.exit(1);
  }
  console.log(`${relative} is up to date.`);
} else if (current === text) {
  console.log(`${relative} is up to date.`);
} else {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  console.log(`Wrote ${relative}.`);
}
