import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";
import { requiredText } from "@/lib/shared/text-field";

// Inputs of staff management and of the account page, shared by the forms and the server.

export const STAFF_ROLES = ["REPORTER", "EDITOR", "ADMIN"] as const;
export const CREDENTIAL_KINDS = ["password", "link"] as const;

const name = requiredText(100, {
  empty: "Enter a name.",
  tooLong: "Keep the name to 100 characters or fewer.",
});
const role = z.enum(STAFF_ROLES, { message: "Pick a role." });
const credential = z.enum(CREDENTIAL_KINDS, { message: "Pick how they get their password." });

export const staffCreateSchema = z.object({
  name,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(200, { message: "Keep the email to 200 characters or fewer." })
    .pipe(z.email({ message: "Enter a valid email address." })),
  role,
  credential,
});
export type StaffCreateInput = z.input<typeof staffCreateSchema>;

export const roleChangeSchema = z.object({ userId: z.string().min(1), role });
export const userRefSchema = z.object({ userId: z.string().min(1) });
export const passwordResetSchema = z.object({ userId: z.string().min(1), credential });

const newPassword = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `Use at least ${PASSWORD_MIN_LENGTH} characters.` })
  .max(200, { message: "Keep the password to 200 characters or fewer." });

export const accountNameSchema = z.object({ name });

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, { message: "Enter your current password." }),
    newPassword,
    confirmPassword: z.string(),
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    message: "The two new passwords differ.",
    path: ["confirmPassword"],
  });
export type PasswordChangeInput = z.input<typeof passwordChangeSchema>;

export const setPasswordSchema = z
  .object({ token: z.string().min(1).max(200), newPassword, confirmPassword: z.string() })
  .refine((v) => v.newPassword === v.confirmPassword, {
    message: "The two passwords differ.",
    path: ["confirmPassword"],
  });
export type SetPasswordInput = z.input<typeof setPasswordSchema>;
