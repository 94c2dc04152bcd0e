// Renders a JSON Schema from the OpenAPI document as a readable field list: names, types, whether
// required, allowed values, limits and descriptions, following references into the components.
import type { ReactNode } from "react";

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  description?: string;
  format?: string;
  maxLength?: number;
  minLength?: number;
  maxItems?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  default?: unknown;
  pattern?: string;
  additionalProperties?: boolean | JsonSchema;
};

export type Components = Record<string, JsonSchema>;

export function resolve(schema: JsonSchema, components: Components): { schema: JsonSchema; name?: string } {
  if (schema.$ref) {
    const name = schema.$ref.split("/").at(-1)!;
    return { schema: components[name] ?? {}, name };
  }
  return { schema };
}

/** "string (uuid)", "array of MemberListItem", "integer", "string | null". */
export function typeLabel(raw: JsonSchema, components: Components): string {
  const { schema, name } = resolve(raw, components);
  if (name) return name;
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map((v) => typeLabel(v, components)).join(" | ");
  const types = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? (schema.enum ? "string" : "any"));
  if (schema.type === "array" && schema.items) return `array of ${typeLabel(schema.items, components)}`;
  if (schema.type === "object" && schema.additionalProperties && typeof schema.additionalProperties === "object") {
    return `map of ${typeLabel(schema.additionalProperties, components)}`;
  }
  return schema.format ? `${types} (${schema.format})` : types;
}

function constraints(schema: JsonSchema): string[] {
  const notes: string[] = [];
  if (schema.enum) notes.push(`one of ${schema.enum.map((v) => `“${String(v)}”`).join(", ")}`);
  if (schema.items?.enum) notes.push(`each one of ${schema.items.enum.map((v) => `“${String(v)}”`).join(", ")}`);
  if (schema.minLength !== undefined && schema.minLength > 0) notes.push(`at least ${schema.minLength} characters`);
  if (schema.maxLength !== undefined) notes.push(`at most ${schema.maxLength} characters`);
  if (schema.minItems !== undefined && schema.minItems > 0) notes.push(`at least ${schema.minItems} items`);
  if (schema.maxItems !== undefined) notes.push(`at most ${schema.maxItems} items`);
  if (schema.minimum !== undefined) notes.push(`≥ ${schema.minimum}`);
  if (schema.maximum !== undefined) notes.push(`≤ ${schema.maximum}`);
  if (schema.default !== undefined) notes.push(`default ${JSON.stringify(schema.default)}`);
  return notes;
}

export function FieldRow({ name, schema: raw, required, components }: { name: string; schema: JsonSchema; required: boolean; components: Components }) {
  const { schema } = resolve(raw, components);
  const notes = constraints(schema);
  return (
    <li className="py-2">
      <p className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5">
        <code className="font-mono text-sm font-semibold text-slate-900">{name}</code>
        <span className="font-mono text-xs text-slate-600">{typeLabel(raw, components)}</span>
        {required ? <span className="text-xs font-medium text-red-700">required</span> : <span className="text-xs text-slate-500">optional</span>}
      </p>
      {schema.description ? <p className="mt-0.5 text-sm text-slate-700">{schema.description}</p> : null}
      {notes.length > 0 ? <p className="mt-0.5 text-xs text-slate-500">{notes.join("; ")}</p> : null}
    </li>
  );
}

export function SchemaFields({ schema: raw, components, empty }: { schema: JsonSchema; components: Components; empty?: ReactNode }) {
  const { schema, name } = resolve(raw, components);
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) return <>{empty ?? <p className="text-sm text-slate-600">{name ?? typeLabel(schema, components)}</p>}</>;
  const required = new Set(schema.required ?? []);
  return (
    <ul className="divide-y divide-slate-100">
      {properties.map(([field, fieldSchema]) => (
        <FieldRow key={field} name={field} schema={fieldSchema} required={required.has(field)} components={components} />
      ))}
    </ul>
  );
}
