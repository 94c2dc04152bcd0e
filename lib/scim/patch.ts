// PATCH (RFC 7644 §3.5.2) as Okta and Entra ID send it, applied with scim-patch. Before the library
// sees them, operations are put in one shape: op names lowercased; a path-less add/replace split
// into one operation per attribute (dotted keys and the enterprise extension's URN included);
// attribute names made canonical case-insensitively; attributes Roster doesn't keep dropped (so
// no path the library walks can reach an object's prototype); members values reduced to
// { value }; `id` and `meta` refused unless the value is the current id.
import { scimPatch, ScimError as PatchLibraryError, type ScimPatchOperation, type ScimResource } from "scim-patch";
import { parse } from "scim2-parse-filter";
import { SCIM_ENTERPRISE_SCHEMA, SCIM_GROUP_SCHEMA, SCIM_MAX_OPERATIONS, SCIM_PATCH_SCHEMA, SCIM_USER_SCHEMA } from "./constants";
import { ScimError, type ScimType } from "./errors";

export type ScimResourceKind = "User" | "Group";

export interface PatchOperation {
  op: "add" | "replace" | "remove";
  path?: string;
  value?: unknown;
}

interface Schema {
  core: string;
  /** Canonical top-level names by lowercase name, with their canonical sub-attributes. */
  attributes: Record<string, { name: string; sub?: Record<string, string> }>;
  extension?: { urn: string; attributes: Record<string, string> };
}

const MULTI_VALUED = { value: "value", type: "type", primary: "primary", display: "display" };

const SCHEMAS: Record<ScimResourceKind, Schema> = {
  User: {
    core: SCIM_USER_SCHEMA,
    attributes: {
      username: { name: "userName" },
      name: {
        name: "name",
        sub: { givenname: "givenName", familyname: "familyName", formatted: "formatted", middlename: "middleName", honorificprefix: "honorificPrefix", honorificsuffix: "honorificSuffix" },
      },
      displayname: { name: "displayName" },
      title: { name: "title" },
      active: { name: "active" },
      emails: { name: "emails", sub: MULTI_VALUED },
      phonenumbers: { name: "phoneNumbers", sub: MULTI_VALUED },
      externalid: { name: "externalId" },
    },
    extension: { urn: SCIM_ENTERPRISE_SCHEMA, attributes: { department: "department" } },
  },
  Group: {
    core: SCIM_GROUP_SCHEMA,
    attributes: {
      displayname: { name: "displayName" },
      externalid: { name: "externalId" },
      members: { name: "members", sub: { value: "value", display: "display", $ref: "$ref", type: "type" } },
    },
  },
};

/** Read-only attributes: changing them is refused; `schemas` and `groups` are ignored. */
const READ_ONLY = new Set(["id", "meta"]);
const IGNORED = new Set(["schemas", "groups"]);

const PATH = /^([A-Za-z][\w$-]*)(?:\[(.+)\])?(?:\.([A-Za-z$][\w$-]*))?$/;

function syntax(detail: string, scimType: ScimType = "invalidSyntax"): ScimError {
  return new ScimError(400, detail, scimType);
}

/** The request body's operations, checked for shape (not yet against a resource). */
export function readPatchOperations(body: unknown): PatchOperation[] {
  if (!body || typeof body !== "object" || Array.isArray(body)) throw syntax("The PATCH body must be a JSON object.");
  const record = body as Record<string, unknown>;
  const schemas = record.schemas;
  if (schemas !== undefined && (!Array.isArray(schemas) || !schemas.includes(SCIM_PATCH_SCHEMA))) {
    throw syntax(`The PATCH body's schemas must include "${SCIM_PATCH_SCHEMA}".`);
  }
  const key = Object.keys(record).find((k) => k.toLowerCase() === "operations");
  const operations = key ? record[key] : undefined;
  if (!Array.isArray(operations) || operations.length === 0) throw syntax("The PATCH body needs a non-empty Operations array.");
  if (operations.length > SCIM_MAX_OPERATIONS) throw new ScimError(400, `At most ${SCIM_MAX_OPERATIONS} operations per request.`, "tooMany");
  return operations.map((raw, i) => {
    if (!raw || typeof raw !== "object") throw syntax(`Operation ${i + 1} must be an object.`);
    const entry = raw as Record<string, unknown>;
    const op = typeof entry.op === "string" ? entry.op.toLowerCase() : "";
    if (op !== "add" && op !== "replace" && op !== "remove") throw syntax(`Operation ${i + 1}: "op" must be add, replace or remove.`);
    if (entry.path !== undefined && typeof entry.path !== "string") throw syntax(`Operation ${i + 1}: "path" must be a string.`, "invalidPath");
    const path = typeof entry.path === "string" && entry.path.trim() ? entry.path.trim() : undefined;
    if (op === "remove" && !path) throw syntax(`Operation ${i + 1}: remove needs a path.`, "noTarget");
    if (op !== "remove" && !("value" in entry)) throw syntax(`Operation ${i + 1}: ${op} needs a value.`);
    return { op, ...(path ? { path } : {}), ...("value" in entry ? { value: entry.value } : {}) };
  });
}

/** A path made canonical, or null when it names something Roster doesn't keep. */
function canonicalPath(path: string, schema: Schema, currentId: string, op: PatchOperation): string | null {
  let rest = path;
  let extension = false;
  const lower = path.toLowerCase();
  if (lower.startsWith("urn:")) {
    if (schema.extension && lower.startsWith(`${schema.extension.urn.toLowerCase()}:`)) {
      extension = true;
      rest = path.slice(schema.extension.urn.length + 1);
    } else if (lower.startsWith(`${schema.core.toLowerCase()}:`)) {
      rest = path.slice(schema.core.length + 1);
    } else {
      return null; // another extension's attribute
    }
  }
  const match = PATH.exec(rest);
  if (!match) throw syntax(`The path "${path}" is not valid.`, "invalidPath");
  const [, attribute = "", filter, sub] = match;
  const key = attribute.toLowerCase();
  if (extension) {
    const name = schema.extension!.attributes[key];
    return name && !filter && !sub ? `${schema.extension!.urn}:${name}` : null;
  }
  if (READ_ONLY.has(key)) {
    if (key === "id" && op.op !== "remove" && !filter && !sub && op.value === currentId) return null;
    throw new ScimError(400, `"${attribute}" is read-only and can't be changed.`, "mutability");
  }
  if (IGNORED.has(key)) return null;
  const known = schema.attributes[key];
  if (!known) return null;
  if (filter !== undefined) {
    try {
      parse(filter);
    } catch {
      throw syntax(`The filter in "${path}" could not be parsed.`, "invalidPath");
    }
  }
  let subName = "";
  if (sub) {
    const canonical = known.sub?.[sub.toLowerCase()];
    if (!canonical) return null;
    subName = `.${canonical}`;
  }
  return `${known.name}${filter !== undefined ? `[${filter}]` : ""}${subName}`;
}

/** A path-less add/replace as one operation per attribute it sets. */
function splitPathless(op: PatchOperation, schema: Schema): PatchOperation[] {
  const value = op.value;
  if (!value || typeof value !== "object" || Array.isArray(value)) throw syntax(`A ${op.op} without a path needs an object value.`);
  const split: PatchOperation[] = [];
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (schema.extension && key.toLowerCase() === schema.extension.urn.toLowerCase()) {
      if (!inner || typeof inner !== "object" || Array.isArray(inner)) throw syntax(`"${key}" must be an object.`);
      for (const [subKey, subValue] of Object.entries(inner as Record<string, unknown>)) {
        split.push({ op: op.op, path: `${schema.extension.urn}:${subKey}`, value: subValue });
      }
    } else {
      split.push({ op: op.op, path: key, value: inner });
    }
  }
  return split;
}

/** Group members as scim-patch compares them: { value } only (Okta adds display, Entra "$ref": null). */
function memberValues(value: unknown): { value: string }[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => {
    const id = item && typeof item === "object" ? (item as { value?: unknown }).value : undefined;
    if (typeof id !== "string" || !id) throw new ScimError(400, "Each member needs a string \"value\" (the member's id).", "invalidValue");
    return { value: id };
  });
}

/** The operations in the shape scim-patch applies, for a resource of `kind` whose id is `currentId`. */
export function canonicalOperations(operations: PatchOperation[], kind: ScimResourceKind, currentId: string): ScimPatchOperation[] {
  const schema = SCHEMAS[kind];
  const result: ScimPatchOperation[] = [];
  const expanded = operations.flatMap((op) => (op.path ? [op] : splitPathless(op, schema)));
  for (const op of expanded) {
    const path = canonicalPath(op.path!, schema, currentId, op);
    if (!path) continue;
    let value = op.value;
    if (kind === "Group" && path === "members" && value !== undefined) value = memberValues(value);
    result.push(op.op === "remove" ? { op: "remove", path, ...(value !== undefined ? { value } : {}) } : { op: op.op, path, value });
  }
  return result;
}

/** The resource with the operations applied (a copy); throws ScimError (400) when they don't apply. */
export function applyPatch<R extends ScimResource>(resource: R, operations: PatchOperation[], kind: ScimResourceKind): R {
  const canonical = canonicalOperations(operations, kind, resource.id ?? "");
  if (canonical.length === 0) return structuredClone(resource);
  try {
    let patched = structuredClone(resource);
    for (const op of canonical) {
      patched = scimPatch(patched, [op], { mutateDocument: true, treatMissingAsAdd: true });
      // scim-patch drops an emptied member list; a later members[value eq …] must still find a list.
      const record = patched as unknown as Record<string, unknown>;
      if (kind === "Group" && record.members === undefined) record.members = [];
    }
    return patched;
  } catch (error) {
    if (error instanceof PatchLibraryError) {
      const code = (error as { scimCode?: string }).scimCode;
      const scimType: ScimType = code === "noTarget" || code === "invalidPath" || code === "invalidValue" ? code : "invalidSyntax";
      throw new ScimError(400, error.message.replace(/^Invalid SCIM Patch: /, ""), scimType);
    }
    throw error;
  }
}
