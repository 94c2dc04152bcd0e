// SCIM 2.0's fixed names (RFC 7643/7644) and Roster's limits for the SCIM endpoints.
export const SCIM_USER_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:User";
export const SCIM_ENTERPRISE_SCHEMA = "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User";
export const SCIM_GROUP_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Group";
export const SCIM_LIST_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:ListResponse";
export const SCIM_PATCH_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:PatchOp";
export const SCIM_ERROR_SCHEMA = "urn:ietf:params:scim:api:messages:2.0:Error";
export const SCIM_SPC_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
export const SCIM_RESOURCE_TYPE_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:ResourceType";
export const SCIM_SCHEMA_SCHEMA = "urn:ietf:params:scim:schemas:core:2.0:Schema";

/** Where the endpoints live, below the app's public URL. */
export const SCIM_BASE_PATH = "/api/scim/v2";
export const SCIM_CONTENT_TYPE = "application/scim+json";

/** Request bodies are refused beyond this, before they are buffered. */
export const SCIM_MAX_BODY_BYTES = 1024 * 1024;
/** The most resources one list page returns (count above it is lowered, as RFC 7644 allows). */
export const SCIM_MAX_PAGE_SIZE = 100;
/** At most this many PATCH operations in one request. */
export const SCIM_MAX_OPERATIONS = 1000;
/** A Group's members given in one request (POST, PUT or one PATCH value). */
export const SCIM_MAX_GROUP_MEMBERS = 10_000;
