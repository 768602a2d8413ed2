import { download } from "../../../server/download";
import { DOWNLOADS } from "../../../server/downloads";

/** /data/<file>: each file DOWNLOADS names, readable from any origin and cacheable (download()). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const build = Object.hasOwn(DOWNLOADS, file) ? DOWNLOADS[file] : undefined;
  if (!build) return new Response("No such download: see /data.\n", { status: 404 });
  return download(request, file, build);
}

export const HEAD = GET;
export { preflight as OPTIONS } from "@kz/api/rest";
