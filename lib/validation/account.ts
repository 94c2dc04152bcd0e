// Zod schema for a person's own profile on the account page (the same field rules as Edit Member).
import type { z } from "zod";
import { memberFieldsSchema } from "./members";

export const updateProfileSchema = memberFieldsSchema.pick({ name: true, phone: true, jobTitle: true }).strict();
export type UpdateProfileInput = z.input<typeof updateProfileSchema>;
