// Zod schema of the sign-in form.
import { z } from "zod";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

export const signInSchema = z.object({
  email: z
    .string({ error: "Enter your email address." })
    .trim()
    .toLowerCase()
    .min(1, "Enter your email address.")
    .max(254, "That email address is too long.")
    .pipe(z.email("Enter a valid email address, like name@example.com.")),
  callbackUrl: z.unknown().transform((value) => safeCallbackUrl(value)),
});

export type SignInInput = z.infer<typeof signInSchema>;
