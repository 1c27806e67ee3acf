/**
 * The Auth API client, its errors, and the wire models.
 *
 * @module @provena-sdk/auth
 */
export { AuthClient, createAuthClient, type AuthClientOptions, type AuthAdminClient } from "./client.js";
export { AccessClient, type RequestChangeOptions } from "./access-client.js";
export { GroupsClient } from "./groups-client.js";
export { LinksClient } from "./links-client.js";
export { AccessAdminClient, type ChangeStateOptions, type RequestRef } from "./admin/access-admin.js";
export { GroupsAdminClient, type ImportOptions } from "./admin/groups-admin.js";
export { LinksAdminClient, type AdminAssignLink } from "./admin/links-admin.js";
export { withRoleChanges, UnknownRoleError, type RoleChanges } from "./report-changes.js";
export type { CallOptions } from "./request.js";
export {
  AuthSoftFailureError,
  AccessRequestRefusedError,
  AccessRequestNotFoundError,
  GroupNotFoundError,
  NotGroupMemberError,
  LinkValidationError,
  GroupImportError,
  type AccessRequestRefusal,
} from "./errors.js";
export * from "./models.js";
// What the README examples need from http-core, so one install and one import serve the common case.
export { collectAll, createTransport, AbortError, ProvenaError } from "@provena-sdk/http-core";
export type { CollectAllOptions, HealthOptions, ServiceHealth, Transport, TransportOptions, TokenProvider } from "@provena-sdk/http-core";
