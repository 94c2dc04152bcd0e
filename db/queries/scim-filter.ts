// The SCIM filters Roster answers, as a small typed tree the SCIM layer builds from a parsed
// filter (lib/scim/filter.ts) and db/ turns into SQL here: only equality on a fixed list of
// attributes, joined by and/or — every value goes in as a bound parameter.
import { and, or, sql, type SQL } from "drizzle-orm";

export type ScimFilterNode<A extends string> =
  | { kind: "and" | "or"; nodes: ScimFilterNode<A>[] }
  | { kind: "eq"; attribute: A; value: string | boolean }
  /** A part of the filter that is always true or always false here (e.g. emails[type eq "work"]). */
  | { kind: "const"; value: boolean };

/** The tree as SQL, with `leaf` translating each comparison. */
export function filterToSql<A extends string>(node: ScimFilterNode<A>, leaf: (attribute: A, value: string | boolean) => SQL): SQL {
  switch (node.kind) {
    case "const":
      return node.value ? sql`true` : sql`false`;
    case "eq":
      return leaf(node.attribute, node.value);
    case "and":
      return and(...node.nodes.map((n) => filterToSql(n, leaf))) ?? sql`true`;
    case "or":
      return or(...node.nodes.map((n) => filterToSql(n, leaf))) ?? sql`false`;
  }
}
