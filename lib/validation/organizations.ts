// Zod schemas of organization forms.
import { z } from "zod";
import { SLUG_MAX_LENGTH } from "@/lib/slugify";

/** Slugs that would collide with routes under /orgs. */
export const RESERVED_SLUGS = ["new", "create", "settings", "api", "admin"] as const;

export const createOrganizationSchema = z.object({
  name: z
    .string({ error: "Enter the organization's name." })
    .trim()
    .min(2, "The name needs at least 2 characters.")
    .max(80, "The name can have at most 80 characters."),
  slug: z
    .string({ error: "Enter a URL slug." })
    .trim()
    .toLowerCase()
    .min(2, "The slug needs at least 2 characters.")
    .max(SLUG_MAX_LENGTH, `The slug can have at most ${SLUG_MAX_LENGTH} characters.`)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, numbers and single hyphens (not at the start or end).")
    .refine((slug) => !(RESERVED_SLUGS as readonly string[]).includes(slug), "This slug is reserved; choose another."),
});

export type CreateOrganizationInput = z.infer<typeof createOrganizationSchema>;
