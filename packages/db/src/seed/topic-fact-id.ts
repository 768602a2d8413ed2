import { createHash } from "node:crypto";

/**
 * A seeded fact's id, the same on every run and in the data migration that adds the facts to
 * databases seeded before: "f" and 24 hex digits of md5("<topic slug>:<position>").
 */
export const topicFactId = (topic: string, position: number) =>
  `f${createHash("md5").update(`${topic}:${position}`).digest("hex").slice(0, 24)}`;
