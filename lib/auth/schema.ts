import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "Enter a valid email address." })),
  password: z
    .string()
    .min(1, { message: "Enter your password." })
    .max(1024, { message: "That password is too long." }),
});

export type SignInInput = z.infer<typeof signInSchema>;

/** The second step of a sign-in: the challenge from the password step and a code (if it asks one). */
export const challengeSchema = z.object({
  challenge: z.string().min(20).max(100),
  code: z.string().max(40).optional(),
});
