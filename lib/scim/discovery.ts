// The discovery documents (RFC 7644 §4, RFC 7643 §5–7): what this service provider supports, its
// resource types and the schemas of the attributes it keeps. Served without a token.
import {
  SCIM_ENTERPRISE_SCHEMA,
  SCIM_GROUP_SCHEMA,
  SCIM_LIST_SCHEMA,
  SCIM_MAX_PAGE_SIZE,
  SCIM_RESOURCE_TYPE_SCHEMA,
  SCIM_SCHEMA_SCHEMA,
  SCIM_SPC_SCHEMA,
  SCIM_USER_SCHEMA,
} from "./constants";

export function serviceProviderConfig(baseUrl: string) {
  return {
    schemas: [SCIM_SPC_SCHEMA],
    documentationUri: `${baseUrl.replace(/\/api\/scim\/v2$/, "")}/`,
    patch: { supported: true },
    bulk: { supported: false, maxOperations: 0, maxPayloadSize: 0 },
    filter: { supported: true, maxResults: SCIM_MAX_PAGE_SIZE },
    changePassword: { supported: false },
    sort: { supported: false },
    etag: { supported: false },
    authenticationSchemes: [
      {
        type: "oauthbearertoken",
        name: "Bearer token",
        description: "The organization's SCIM token from Settings → SCIM, sent as Authorization: Bearer <token>.",
        primary: true,
      },
    ],
    meta: { resourceType: "ServiceProviderConfig", location: `${baseUrl}/ServiceProviderConfig` },
  };
}

export function resourceTypes(baseUrl: string) {
  return [
    {
      schemas: [SCIM_RESOURCE_TYPE_SCHEMA],
      id: "User",
      name: "User",
      endpoint: "/Users",
      description: "A member of the organization",
      schema: SCIM_USER_SCHEMA,
      schemaExtensions: [{ schema: SCIM_ENTERPRISE_SCHEMA, required: false }],
      meta: { resourceType: "ResourceType", location: `${baseUrl}/ResourceTypes/User` },
    },
    {
      schemas: [SCIM_RESOURCE_TYPE_SCHEMA],
      id: "Group",
      name: "Group",
      endpoint: "/Groups",
      description: "A team of the organization",
      schema: SCIM_GROUP_SCHEMA,
      meta: { resourceType: "ResourceType", location: `${baseUrl}/ResourceTypes/Group` },
    },
  ];
}

type Attribute = {
  name: string;
  type: "string" | "boolean" | "complex" | "reference" | "dateTime";
  multiValued: boolean;
  required: boolean;
  mutability: "readOnly" | "readWrite" | "immutable";
  returned: "always" | "default";
  uniqueness: "none" | "server";
  caseExact: boolean;
  description: string;
  subAttributes?: Attribute[];
  referenceTypes?: string[];
};

function attribute(name: string, description: string, options: Partial<Attribute> = {}): Attribute {
  return { name, type: "string", multiValued: false, required: false, mutability: "readWrite", returned: "default", uniqueness: "none", caseExact: false, description, ...options };
}

const multiValued = (name: string, description: string) =>
  attribute(name, description, {
    type: "complex",
    multiValued: true,
    subAttributes: [attribute("value", "The value (the work one is kept)"), attribute("type", "\"work\""), attribute("primary", "Whether primary", { type: "boolean" })],
  });

export function schemaDocuments(baseUrl: string) {
  const meta = (id: string) => ({ resourceType: "Schema", location: `${baseUrl}/Schemas/${id}` });
  return [
    {
      schemas: [SCIM_SCHEMA_SCHEMA],
      id: SCIM_USER_SCHEMA,
      name: "User",
      description: "A member of the organization",
      attributes: [
        attribute("userName", "The member's email address (unique, case-insensitive)", { required: true, uniqueness: "server" }),
        attribute("name", "The member's full name", {
          type: "complex",
          subAttributes: [attribute("formatted", "Full name"), attribute("givenName", "Given name"), attribute("familyName", "Family name")],
        }),
        attribute("displayName", "The full name, when no name is given"),
        attribute("title", "Job title"),
        attribute("active", "Active (true) or Inactive (false)", { type: "boolean" }),
        multiValued("emails", "The member's email address (the work one)"),
        multiValued("phoneNumbers", "The member's phone number (the work one)"),
        attribute("groups", "The member's teams", { type: "complex", multiValued: true, mutability: "readOnly" }),
      ],
      meta: meta(SCIM_USER_SCHEMA),
    },
    {
      schemas: [SCIM_SCHEMA_SCHEMA],
      id: SCIM_ENTERPRISE_SCHEMA,
      name: "EnterpriseUser",
      description: "Enterprise attributes Roster keeps",
      attributes: [attribute("department", "Department")],
      meta: meta(SCIM_ENTERPRISE_SCHEMA),
    },
    {
      schemas: [SCIM_SCHEMA_SCHEMA],
      id: SCIM_GROUP_SCHEMA,
      name: "Group",
      description: "A team of the organization",
      attributes: [
        attribute("displayName", "The team's name (unique, case-insensitive)", { required: true, uniqueness: "server" }),
        attribute("members", "The team's members", {
          type: "complex",
          multiValued: true,
          subAttributes: [attribute("value", "A member's id", { mutability: "immutable" }), attribute("display", "The member's name", { mutability: "readOnly" })],
        }),
      ],
      meta: meta(SCIM_GROUP_SCHEMA),
    },
  ];
}

/** A list of discovery resources as a ListResponse. */
export function discoveryList<R>(resources: R[]) {
  return { schemas: [SCIM_LIST_SCHEMA], totalResults: resources.length, itemsPerPage: resources.length, startIndex: 1, Resources: resources };
}
