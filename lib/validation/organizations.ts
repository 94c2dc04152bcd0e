// Zod schemas of organization forms: creating one, its settings, seats, ownership transfer and
// deletion. Each form and the action that receives it use the same schema.
import { z } from "zod";
import { reauthPurposeEnum, type Role } from "@/db/schema/enums";
import { SLUG_MAX_LENGTH } from "@/lib/slugify";

/** Slugs that would collide with routes under /orgs. */
export const RESERVED_SLUGS = ["new", "create", "settings", "api", "admin"] as const;

export const organizationNameSchema = z
  .string({ error: "Enter the organization's name." })
  .trim()
  .min(2, "The name needs at least 2 characters.")
  .max(80, "The name can have at most 80 characters.");

export const organizationSlugSchema = z
  .string({ error: "Enter a URL slug." })
  .trim()
  .toLowerCase()
  .min(2, "The slug needs at least 2 characters.")
  .max(SLUG_MAX_LENGTH, `The slug can have at most ${SLUG_MAX_LENGTH} characters.`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, numbers and single hyphens (not at the start or end).")
  .refine((slug) => !(RESERVED_SLUGS as readonly string[]).includes(slug), "This slug is reserved; choose another.");

export const createOrganizationSchema = z.object({ name: organizationNameSchema, slug: organizationSlugSchema });
export type CreateOrganizationInput = z.infer<typeof createOrganizationSchema>;

/** Roles a new member may get by default: any but Owner (Owners are made deliberately). */
export const DEFAULT_ROLE_CHOICES = ["admin", "manager", "developer", "analyst", "viewer"] as const satisfies readonly Role[];
export const INVITATION_EXPIRY_DAYS = { min: 1, max: 90 } as const;

export const updateOrganizationSchema = z.object({
  name: organizationNameSchema,
  slug: organizationSlugSchema,
  defaultRole: z.enum(DEFAULT_ROLE_CHOICES, { error: "Choose a role other than Owner." }),
  invitationExpiryDays: z.coerce
    .number({ error: "Enter a number of days." })
    .int("Enter a whole number of days.")
    .min(INVITATION_EXPIRY_DAYS.min, `Invitations must last at least ${INVITATION_EXPIRY_DAYS.min} day.`)
    .max(INVITATION_EXPIRY_DAYS.max, `Invitations can last at most ${INVITATION_EXPIRY_DAYS.max} days.`),
});
export type UpdateOrganizationInput = z.input<typeof updateOrganizationSchema>;

/**
 * The Seats & Plan form and its action. `max` is the operator's largest seat limit
 * (ROSTER_MAX_SEAT_LIMIT): the action builds the schema from the environment, the form from the
 * value its page passes down, since the browser can't read the server's environment.
 */
export function seatLimitSchemaFor(max: number) {
  return z.object({
    seatLimit: z.coerce
      .number({ error: "Enter a number of seats." })
      .int("Enter a whole number of seats.")
      .min(1, "The organization needs at least 1 seat.")
      .max(max, `The seat limit can be at most ${max.toLocaleString("en-US")} on this server (the maximum its operator allows).`),
  });
}
export type SeatLimitInput = z.input<ReturnType<typeof seatLimitSchemaFor>>;

export const reauthPurposeSchema = z.enum(reauthPurposeEnum.enumValues, { error: "Unknown purpose." });
export const sendReauthCodeSchema = z.object({ purpose: reauthPurposeSchema });

export const REAUTH_CODE_LENGTH = 6;

/** The emailed code; optional when the session is a recent sign-in. Empty means "none". */
export const reauthCodeSchema = z
  .string({ error: "Enter the code we emailed you." })
  .trim()
  .refine((code) => code === "" || new RegExp(`^\\d{${REAUTH_CODE_LENGTH}}$`).test(code), `Enter the ${REAUTH_CODE_LENGTH}-digit code.`)
  .optional()
  .transform((code) => (code ? code : undefined));

/** What the user types to confirm: the organization's slug (compared by the action). */
const confirmSlugSchema = z.string({ error: "Type the organization's URL slug to confirm." }).trim().toLowerCase().max(100);

export const transferOwnershipSchema = z.object({
  memberId: z.uuid({ error: "Choose an Admin to become the Owner." }),
  confirmSlug: confirmSlugSchema,
  code: reauthCodeSchema,
});
export type TransferOwnershipInput = z.input<typeof transferOwnershipSchema>;

export const deleteOrganizationSchema = z.object({ confirmSlug: confirmSlugSchema, code: reauthCodeSchema });
export type DeleteOrganizationInput = z.input<typeof deleteOrganizationSchema>;
