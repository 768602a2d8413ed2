import { z } from "zod";

import { cursorInput, limitInput, pageOutput } from "../shared/common.schema";

export const roleInput = z.enum(["ADMIN", "EDITOR", "CONTRIBUTOR", "VIEWER"]);
export type RoleInput = z.infer<typeof roleInput>;

const emailInput = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: "Enter a valid email address" }).max(254));
const nameInput = z.string().trim().min(1, "Enter a name").max(120);
const idInput = z.string().min(1).max(64);

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export const userListInput = z
  .object({
    /** Part of the name or email, case-insensitively. */
    q: z.string().trim().min(1).max(200).optional(),
    role: roleInput.optional(),
    active: z.boolean().optional(),
    limit: limitInput,
    cursor: cursorInput,
  })
  .default({ limit: 20 });
export type UserListInput = z.infer<typeof userListInput>;

export const userCreateInput = z.object({ email: emailInput, name: nameInput, role: roleInput });
export type UserCreateInput = z.infer<typeof userCreateInput>;

export const userUpdateInput = z
  .object({
    id: idInput,
    name: nameInput.optional(),
    role: roleInput.optional(),
    /** Require a second factor of this user whatever their role (REQUIRE_2FA_ROLES covers roles). */
    twoFactorRequired: z.boolean().optional(),
  })
  .refine(
    (i) => i.name !== undefined || i.role !== undefined || i.twoFactorRequired !== undefined,
    { message: "Change the name or the role", path: ["name"] },
  );
export type UserUpdateInput = z.infer<typeof userUpdateInput>;

export const userIdInput = z.object({ id: idInput });
export type UserIdInput = z.infer<typeof userIdInput>;

export const changePasswordInput = z
  .object({
    currentPassword: z.string().min(1, "Enter your current password").max(PASSWORD_MAX_LENGTH),
    newPassword: z
      .string()
      .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
      .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`),
  })
  .refine((i) => i.newPassword !== i.currentPassword, {
    message: "Choose a password different from the current one",
    path: ["newPassword"],
  });
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

/** Sessions issued before this moment, the caller's own included, have ended. */
/** tokensRevoked: the API tokens that stopped working with the old password. */
export const changePasswordOutput = z.object({
  sessionsValidFrom: z.date(),
  tokensRevoked: z.number().int(),
});
export type ChangePasswordOutput = z.infer<typeof changePasswordOutput>;

/** Who a user is: the signed-in caller's own account as `me` reads it. */
export const meOutput = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleInput,
});
export type MeOutput = z.infer<typeof meOutput>;

/** An account as administrators see it: who, and its standing. */
export const userOutput = meOutput.extend({
  active: z.boolean(),
  /** Set while the account is locked after repeated failed logins. */
  lockedUntil: z.date().nullable(),
  lastLoginAt: z.date().nullable(),
  createdAt: z.date(),
  /** Signs in with a second factor (TOTP). */
  twoFactorEnabled: z.boolean(),
  /** An administrator requires a second factor of this user, whatever their role. */
  twoFactorRequired: z.boolean(),
});
export type UserOutput = z.infer<typeof userOutput>;

/** Users by email. */
export const userListOutput = pageOutput(userOutput);
export type UserListOutput = z.infer<typeof userListOutput>;

/** A new account, or a reset, with its one-time password: shown once, stored only as a hash. */
/** After a reset, tokensRevoked says how many of the user's API tokens stopped working. */
export const userWithPasswordOutput = z.object({
  user: userOutput,
  password: z.string(),
  tokensRevoked: z.number().int(),
});
export type UserWithPasswordOutput = z.infer<typeof userWithPasswordOutput>;
