// Client-safe: zod only.
import { z } from "zod";

export const previewCreateTokenInput = z.object({
  entityType: z.literal("EVENT"),
  id: z.string().trim().min(1).max(64),
});
export type PreviewCreateTokenInput = z.infer<typeof previewCreateTokenInput>;

export const previewTokenOutput = z.object({ token: z.string(), expiresAt: z.date() });
export type PreviewTokenOutput = z.infer<typeof previewTokenOutput>;

export const previewInput = z.object({ token: z.string().min(1).max(2000) });
export type PreviewInput = z.infer<typeof previewInput>;
