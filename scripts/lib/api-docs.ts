import path from "node:path";

import { renderApiDocs } from "@kz/api";
import * as prettier from "prettier";

/** docs/api.md as `npm run docs:api` writes it: rendered from the router, then Prettier-formatted. */
export async function apiDocs(root: string): Promise<{ file: string; text: string }> {
  const file = path.join(root, "docs", "api.md");
  const options = (await prettier.resolveConfig(file)) ?? {};
  const text = await prettier.format(renderApiDocs(), { ...options, filepath: file });
  return { file, text };
}
