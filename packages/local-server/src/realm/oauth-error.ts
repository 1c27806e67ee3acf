// Keycloak's OAuth error body `{error, error_description}`.
import { jsonReply, type Reply } from "../http/reply.js";

export type OAuthErrorCode =
  | "invalid_request"
  | "invalid_grant"
  | "invalid_client"
  | "invalid_scope"
  | "unauthorized_client"
  | "unsupported_grant_type"
  | "authorization_pending"
  | "slow_down"
  | "expired_token"
  | "access_denied"
  | "invalid_token";

export class OAuthFailure extends Error {
  constructor(
    readonly status: 400 | 401,
    readonly code: OAuthErrorCode,
    readonly description: string,
  ) {
    super(`${code}: ${description}`);
  }

  toReply(): Reply {
    return jsonReply(this.status, { error: this.code, error_description: this.description }, { "cache-control": "no-store" });
  }
}
