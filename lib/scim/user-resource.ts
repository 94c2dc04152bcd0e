// A member as a SCIM User and back. userName and the work email are the member's email; name is
// the full name (formatted, else given + family, else displayName); title the job title; the work
// phone the phone; the enterprise extension's department the department; active is Active or
// Pending (true) versus Inactive (false). `groups` lists the member's teams (read-only).
import type { ScimUserRow } from "@/db/queries/scim-users";
import { emailAddressProblem } from "@/lib/validation/email";
import { SCIM_ENTERPRISE_SCHEMA, SCIM_USER_SCHEMA } from "./constants";
import { ScimError } from "./errors";

export interface ScimMultiValue {
  value: string;
  type?: string;
  primary?: boolean;
  display?: string;
}

export interface ScimUserResource {
  schemas: string[];
  id: string;
  externalId?: string;
  userName: string;
  name: { formatted: string; givenName?: string; familyName?: string };
  displayName: string;
  title?: string;
  active: boolean;
  emails: ScimMultiValue[];
  phoneNumbers?: ScimMultiValue[];
  [SCIM_ENTERPRISE_SCHEMA]?: { department?: string };
  groups?: { value: string; display: string; $ref: string }[];
  meta: { resourceType: "User"; created: Date; lastModified: Date; location: string };
}

/** What a SCIM User says about a member (before the action's own validation). */
export interface ScimUserFields {
  email: string;
  name: string;
  phone: string | null;
  department: string | null;
  jobTitle: string | null;
  externalId: string | null;
  /** Null when the request doesn't say. */
  active: boolean | null;
}

/** "Ada King Lovelace" → given "Ada", family "King Lovelace": what the IdP patches one part of. */
function splitName(name: string): { givenName?: string; familyName?: string } {
  const [given, ...family] = name.trim().split(/\s+/);
  return { ...(given ? { givenName: given } : {}), ...(family.length ? { familyName: family.join(" ") } : {}) };
}

export function toScimUser(row: ScimUserRow, teams: { id: string; name: string }[] | null, baseUrl: string): ScimUserResource {
  return {
    schemas: [SCIM_USER_SCHEMA, SCIM_ENTERPRISE_SCHEMA],
    id: row.id,
    ...(row.externalId ? { externalId: row.externalId } : {}),
    userName: row.email,
    name: { formatted: row.name, ...splitName(row.name) },
    displayName: row.name,
    ...(row.jobTitle ? { title: row.jobTitle } : {}),
    active: row.status !== "inactive",
    emails: [{ value: row.email, type: "work", primary: true }],
    ...(row.phone ? { phoneNumbers: [{ value: row.phone, type: "work", primary: true }] } : {}),
    [SCIM_ENTERPRISE_SCHEMA]: row.department ? { department: row.department } : {},
    ...(teams ? { groups: teams.map((t) => ({ value: t.id, display: t.name, $ref: `${baseUrl}/Groups/${t.id}` })) } : {}),
    meta: { resourceType: "User", created: row.createdAt, lastModified: row.updatedAt, location: `${baseUrl}/Users/${row.id}` },
  };
}

function invalid(detail: string): ScimError {
  return new ScimError(400, detail, "invalidValue");
}

/** A string attribute, trimmed; empty or absent → null; anything else is refused. */
function text(value: unknown, attribute: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== "string") throw invalid(`"${attribute}" must be a string.`);
  return value.trim() || null;
}

/** `active` as Okta and Entra send it: a boolean, or the strings "True"/"False" in any case. */
export function readActive(value: unknown): boolean | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "boolean") return value;
  if (typeof value === "string" && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === "true";
  throw invalid(`"active" must be true or false.`);
}

/** The primary entry of a multi-valued attribute, else the work one, else the first. */
function pick(list: unknown, attribute: string): string | null {
  if (list === undefined || list === null) return null;
  if (!Array.isArray(list)) throw invalid(`"${attribute}" must be a list.`);
  const entries = list.filter((e): e is ScimMultiValue => Boolean(e) && typeof e === "object");
  const chosen = entries.find((e) => e.primary === true) ?? entries.find((e) => String(e.type ?? "").toLowerCase() === "work") ?? entries[0];
  return chosen ? text(chosen.value, `${attribute}.value`) : null;
}

function record(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Reads a case-insensitively named attribute (clients differ in capitalisation). */
function attr(resource: Record<string, unknown>, name: string): unknown {
  if (name in resource) return resource[name];
  const key = Object.keys(resource).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : resource[key];
}

function joinName(name: Record<string, unknown>): string | null {
  const parts = [text(attr(name, "givenName"), "name.givenName"), text(attr(name, "familyName"), "name.familyName")].filter(Boolean);
  return parts.length ? parts.join(" ") : null;
}

function emailOf(value: string | null): string | null {
  const address = value?.toLowerCase() ?? null;
  return address && !emailAddressProblem(address) ? address : null;
}

/** The fields a whole User (POST or PUT body) gives. */
export function fieldsFromUser(body: unknown): ScimUserFields {
  const user = record(body);
  const userName = text(attr(user, "userName"), "userName");
  if (!userName) throw invalid(`"userName" is required.`);
  const email = emailOf(userName) ?? emailOf(pick(attr(user, "emails"), "emails"));
  if (!email) throw invalid(`"userName" (or a work email) must be an email address, like name@example.com.`);
  const name = record(attr(user, "name"));
  const fullName = text(attr(name, "formatted"), "name.formatted") ?? joinName(name) ?? text(attr(user, "displayName"), "displayName") ?? email.split("@")[0]!;
  return {
    email,
    name: fullName,
    phone: pick(attr(user, "phoneNumbers"), "phoneNumbers"),
    department: text(record(attr(user, SCIM_ENTERPRISE_SCHEMA)).department, "department"),
    jobTitle: text(attr(user, "title"), "title"),
    externalId: text(attr(user, "externalId"), "externalId"),
    active: readActive(attr(user, "active")),
  };
}

/**
 * The fields after a PATCH, from the User before and after it: the email follows userName when the
 * patch changed it, else the email when that changed; the name follows name.formatted, else the
 * given/family names, else displayName — whichever the patch changed.
 */
export function fieldsFromPatchedUser(before: ScimUserResource, after: Record<string, unknown>, previous: { email: string; name: string }): ScimUserFields {
  const changed = (a: unknown, b: unknown) => JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);
  const afterName = record(after.name);
  let email = previous.email;
  if (changed(before.userName, after.userName)) {
    const next = emailOf(text(after.userName, "userName"));
    if (!next) throw invalid(`"userName" must be an email address, like name@example.com.`);
    email = next;
  } else if (changed(before.emails, after.emails)) {
    const next = emailOf(pick(after.emails, "emails"));
    if (!next) throw invalid(`The work email must be an email address, like name@example.com.`);
    email = next;
  }
  let name = previous.name;
  if (changed(before.name.formatted, afterName.formatted) && text(afterName.formatted, "name.formatted")) name = text(afterName.formatted, "name.formatted")!;
  else if (changed(before.name.givenName, afterName.givenName) || changed(before.name.familyName, afterName.familyName)) name = joinName(afterName) ?? name;
  else if (changed(before.displayName, after.displayName) && text(after.displayName, "displayName")) name = text(after.displayName, "displayName")!;
  return {
    email,
    name,
    phone: pick(after.phoneNumbers, "phoneNumbers"),
    department: text(record(after[SCIM_ENTERPRISE_SCHEMA]).department, "department"),
    jobTitle: text(after.title, "title"),
    externalId: text(after.externalId, "externalId"),
    active: readActive(after.active),
  };
}
