// The REST API's error answers: a stable `code`, a human `message`, and field errors for input
// that broke a schema. Kernel codes map through lib/errors.ts's HTTP_STATUS; the rest are the HTTP
// layer's own (malformed JSON, size, scopes, idempotency).
import { HTTP_STATUS, type ErrorCode, type FieldErrors } from "@/lib/errors";

export type ApiErrorCode =
  | ErrorCode
  | "invalid_json"
  | "payload_too_large"
  | "unsupported_media_type"
  | "insufficient_scope"
  | "api_access_denied"
  | "member_inactive"
  | "invalid_idempotency_key"
  | "idempotency_key_reused"
  | "idempotency_key_in_use";

const HTTP_LAYER_STATUS: Record<Exclude<ApiErrorCode, ErrorCode>, number> = {
  invalid_json: 400,
  payload_too_large: 413,
  unsupported_media_type: 415,
  insufficient_scope: 403,
  api_access_denied: 403,
  member_inactive: 403,
  invalid_idempotency_key: 400,
  idempotency_key_reused: 422,
  idempotency_key_in_use: 409,
};

export const API_ERROR_CODES = [...(Object.keys(HTTP_STATUS) as ErrorCode[]), ...(Object.keys(HTTP_LAYER_STATUS) as (keyof typeof HTTP_LAYER_STATUS)[])];

export function statusOf(code: ApiErrorCode): number {
  return code in HTTP_STATUS ? HTTP_STATUS[code as ErrorCode] : HTTP_LAYER_STATUS[code as keyof typeof HTTP_LAYER_STATUS];
}

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  fieldErrors?: FieldErrors;
}

export function apiErrorBody(code: ApiErrorCode, message: string, fieldErrors?: FieldErrors): ApiErrorBody {
  return { code, message, ...(fieldErrors && Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}) };
}
