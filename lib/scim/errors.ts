// SCIM error responses (RFC 7644 §3.12): `status` as a string, `scimType` where the RFC defines
// one, a human `detail`. Also how an action's typed refusal becomes one, and how an action says
// which scimType it meant (field errors "scimType"/"scimStatus", set with scimRefusal below).
import { ActionError, type ActionResult, type ErrorCode } from "@/lib/errors";
import { LAST_OWNER_MESSAGE } from "@/lib/members/rules";
import { SCIM_ERROR_SCHEMA } from "./constants";

export type ScimType =
  | "invalidFilter"
  | "tooMany"
  | "uniqueness"
  | "mutability"
  | "invalidSyntax"
  | "invalidPath"
  | "noTarget"
  | "invalidValue"
  | "invalidVers"
  | "sensitive";

/** A request the SCIM layer refuses before (or instead of) running an action. */
export class ScimError extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly scimType?: ScimType,
  ) {
    super(detail);
    this.name = "ScimError";
  }
}

export interface ScimErrorBody {
  schemas: [typeof SCIM_ERROR_SCHEMA];
  status: string;
  scimType?: ScimType;
  detail: string;
}

export function scimErrorBody(error: ScimError): ScimErrorBody {
  return { schemas: [SCIM_ERROR_SCHEMA], status: String(error.status), ...(error.scimType ? { scimType: error.scimType } : {}), detail: error.detail };
}

const STATUS: Record<ErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  // "Creation or activation beyond the seat limit answers 403."
  seat_limit: 403,
  rate_limited: 429,
  internal: 500,
};

const DEFAULT_TYPE: Partial<Record<ErrorCode, ScimType>> = { invalid_input: "invalidValue", conflict: "uniqueness" };

/** Thrown inside a SCIM action: ends it with this HTTP status and scimType (via the action's field errors). */
export function scimRefusal(code: ErrorCode, detail: string, options: { scimType?: ScimType | null; status?: number } = {}): ActionError {
  const fieldErrors: Record<string, string[]> = {};
  if (options.scimType !== undefined) fieldErrors.scimType = [options.scimType ?? ""];
  if (options.status) fieldErrors.scimStatus = [String(options.status)];
  return new ActionError(code, detail, fieldErrors);
}

/** An action's refusal as a SCIM error. Field errors from zod name the attribute in the detail. */
export function scimErrorFromFailure(result: Extract<ActionResult<unknown>, { ok: false }>): ScimError {
  // Invariant 1 is a conflict with the organization's state, not a missing right.
  if (result.code === "forbidden" && result.error === LAST_OWNER_MESSAGE) {
    return new ScimError(409, "This member is the organization's last active Owner: SCIM can't deactivate or delete them. Make another member Owner first.");
  }
  const fields = result.fieldErrors ?? {};
  const status = Number(fields.scimStatus?.[0]) || STATUS[result.code];
  const chosen = fields.scimType?.[0];
  const scimType = chosen !== undefined ? (chosen || undefined) as ScimType | undefined : DEFAULT_TYPE[result.code];
  const fieldDetails = Object.entries(fields)
    .filter(([key, messages]) => key !== "scimType" && key !== "scimStatus" && messages?.length)
    .map(([key, messages]) => `${key}: ${messages![0]}`);
  const detail = result.code === "invalid_input" && fieldDetails.length > 0 ? fieldDetails.join("; ") : result.error;
  return new ScimError(status, detail, scimType);
}

/** A ScimError met inside an action, as the refusal that carries its status and scimType out. */
export function scimErrorAsRefusal(error: ScimError): ActionError {
  const code: ErrorCode = error.status === 409 ? "conflict" : error.status === 404 ? "not_found" : error.status === 403 ? "forbidden" : "invalid_input";
  return scimRefusal(code, error.detail, { scimType: error.scimType ?? null, status: error.status });
}
