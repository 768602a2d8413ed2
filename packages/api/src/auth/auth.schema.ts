import { z } from "zod";

export const credentialsInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "Enter a valid email address" })),
  password: z.string().min(1, "Enter your password").max(200),
});
export type CredentialsInput = z.infer<typeof credentialsInput>;
