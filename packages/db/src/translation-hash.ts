import { createHash } from "node:crypto";

/**
 * The fingerprint of the English a translation was made from: a translation whose hash differs
 * from the current English's is outdated. Shared by the seed and the API, so both agree.
 */
export const translationSourceHash = (english: string) =>
  createHash("sha256").update(english, "utf8").digest("hex");
