import { changePasswordInput } from "@kz/api/schemas";
import { z } from "zod";

/**
 * The account page's form: the API's own schema (same rules, same messages), plus a confirmation that
 * stays in the browser.
 */
export const accountPasswordForm = z
  .intersection(changePasswordInput, z.object({ confirmPassword: z.string() }))
  .refine((v) => v.confirmPassword === v.newPassword, {
    message: "The two new passwords differ",
    path: ["confirmPassword"],
  });
export type AccountPasswordForm = z.infer<typeof accountPasswordForm>;
