// Zod schema of the sign-in form.
import { z } from "zod";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { emailAddressSchema } from "./email";

export const signInSchema = z.object({
  email: emailAddressSchema,
  callbackUrl: z.unknown().transform((value) => safeCallbackUrl(value)),
});

export type SignInInput = z.infer<typeof signInSchema>;
