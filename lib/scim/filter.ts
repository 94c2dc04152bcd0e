// SCIM filters (RFC 7644 §3.4.2.2) through scim2-parse-filter, narrowed to what Roster answers:
// `eq` joined by `and`/`or` on userName, externalId, emails(.value / [type eq "work"].value),
// active and id for Users; displayName, externalId, id and members[value eq …] for Groups.
// Attribute names and operators are case-insensitive. Anything else is 400 invalidFilter.
import { parse, type Compare, type Filter } from "scim2-parse-filter";
import type { ScimFilterNode } from "@/db/queries/scim-filter";
import type { ScimGroupFilter } from "@/db/queries/scim-groups";
import type { ScimUserFilter } from "@/db/queries/scim-users";
import { SCIM_ENTERPRISE_SCHEMA, SCIM_GROUP_SCHEMA, SCIM_USER_SCHEMA } from "./constants";
import { ScimError } from "./errors";

const MAX_FILTER_LENGTH = 1000;
const MAX_FILTER_DEPTH = 10;

type Value = string | boolean | number | null;

interface Vocabulary<A extends string> {
  /** Plain attributes → the stored attribute and the value type it takes. */
  attributes: Record<string, { attribute: A; type: "string" | "boolean" }>;
  /** A multi-valued attribute with a value filter (emails[…], members[…]). */
  valuePath: (attrPath: string, inner: Filter, depth: number) => ScimFilterNode<A>;
}

function invalid(detail: string): ScimError {
  return new ScimError(400, detail, "invalidFilter");
}

/** The attribute's name without the core schema's URN, lowercased (names are case-insensitive). */
function attributeKey(attrPath: string, coreSchema: string): string {
  const lower = attrPath.toLowerCase();
  const prefix = `${coreSchema.toLowerCase()}:`;
  return lower.startsWith(prefix) ? lower.slice(prefix.length) : lower;
}

function translate<A extends string>(filter: Filter, vocabulary: Vocabulary<A>, coreSchema: string, depth: number): ScimFilterNode<A> {
  if (depth > MAX_FILTER_DEPTH) throw invalid("The filter is nested too deeply.");
  const op = filter.op.toLowerCase();
  if (op === "and" || op === "or") {
    const { filters } = filter as Extract<Filter, { filters: Filter[] }>;
    return { kind: op, nodes: filters.map((f) => translate(f, vocabulary, coreSchema, depth + 1)) };
  }
  if (op === "[]") {
    const { attrPath, valFilter } = filter as Extract<Filter, { op: "[]" }>;
    return vocabulary.valuePath(attributeKey(attrPath, coreSchema), valFilter, depth + 1);
  }
  if (op !== "eq") throw invalid(`Only the "eq" operator (with "and" and "or") is supported, not "${filter.op}".`);
  const { attrPath, compValue } = filter as Compare;
  const known = vocabulary.attributes[attributeKey(attrPath, coreSchema)];
  if (!known) throw invalid(`Filtering on "${attrPath}" is not supported.`);
  return { kind: "eq", attribute: known.attribute, value: checkedValue(compValue, known.type, attrPath) };
}

function checkedValue(value: Value, type: "string" | "boolean", attrPath: string): string | boolean {
  if (type === "boolean" && typeof value === "boolean") return value;
  if (type === "string" && typeof value === "string") return value;
  throw invalid(`"${attrPath}" is compared with a ${type === "boolean" ? "boolean (true or false)" : "quoted string"}.`);
}

function parseFilter(text: string): Filter {
  if (text.length > MAX_FILTER_LENGTH) throw invalid("The filter is too long.");
  try {
    return parse(text);
  } catch {
    throw invalid("The filter could not be parsed.");
  }
}

/** Inside emails[…]: the work address is the only one Roster keeps, and it is primary. */
function emailValuePath(inner: Filter, depth: number): ScimUserFilter {
  if (depth > MAX_FILTER_DEPTH) throw invalid("The filter is nested too deeply.");
  const op = inner.op.toLowerCase();
  if (op === "and" || op === "or") {
    const { filters } = inner as Extract<Filter, { filters: Filter[] }>;
    return { kind: op, nodes: filters.map((f) => emailValuePath(f, depth + 1)) };
  }
  if (op !== "eq") throw invalid(`Only "eq" is supported inside emails[…], not "${inner.op}".`);
  const { attrPath, compValue } = inner as Compare;
  switch (attrPath.toLowerCase()) {
    case "type":
      return { kind: "const", value: typeof compValue === "string" && compValue.toLowerCase() === "work" };
    case "primary":
      return { kind: "const", value: compValue === true };
    case "value":
      return { kind: "eq", attribute: "email", value: checkedValue(compValue, "string", "emails.value") };
    default:
      throw invalid(`Filtering on "emails.${attrPath}" is not supported.`);
  }
}

const USERS: Vocabulary<ScimUserFilter extends ScimFilterNode<infer A> ? A : never> = {
  attributes: {
    username: { attribute: "email", type: "string" },
    "emails.value": { attribute: "email", type: "string" },
    emails: { attribute: "email", type: "string" },
    externalid: { attribute: "externalId", type: "string" },
    active: { attribute: "active", type: "boolean" },
    id: { attribute: "id", type: "string" },
  },
  valuePath: (attrPath, inner, depth) => {
    if (attrPath !== "emails") throw invalid(`Filtering on "${attrPath}[…]" is not supported.`);
    return emailValuePath(inner, depth);
  },
};

const GROUPS: Vocabulary<ScimGroupFilter extends ScimFilterNode<infer A> ? A : never> = {
  attributes: {
    displayname: { attribute: "name", type: "string" },
    externalid: { attribute: "externalId", type: "string" },
    id: { attribute: "id", type: "string" },
    "members.value": { attribute: "member", type: "string" },
  },
  valuePath: (attrPath, inner) => {
    const { op, attrPath: innerPath, compValue } = inner as Compare;
    if (attrPath !== "members" || op.toLowerCase() !== "eq" || innerPath.toLowerCase() !== "value") {
      throw invalid(`Filtering on "${attrPath}[…]" is supported only as members[value eq "…"].`);
    }
    return { kind: "eq", attribute: "member", value: checkedValue(compValue, "string", "members.value") };
  },
};

/** A Users filter as the query's tree, or null when there is none; throws 400 invalidFilter. */
export function parseUserFilter(text: string | null | undefined): ScimUserFilter | null {
  if (!text?.trim()) return null;
  // The enterprise extension has nothing filterable here; naming it is an unsupported filter.
  if (text.toLowerCase().includes(SCIM_ENTERPRISE_SCHEMA.toLowerCase())) throw invalid("Filtering on enterprise attributes is not supported.");
  return translate(parseFilter(text), USERS, SCIM_USER_SCHEMA, 0);
}

/** A Groups filter as the query's tree, or null when there is none; throws 400 invalidFilter. */
export function parseGroupFilter(text: string | null | undefined): ScimGroupFilter | null {
  if (!text?.trim()) return null;
  return translate(parseFilter(text), GROUPS, SCIM_GROUP_SCHEMA, 0);
}
