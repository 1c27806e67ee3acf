/**
 * One client over every Provena service. Each service package is also re-exported whole under a
 * namespace (their model names overlap); the errors, whose names are unique, are also exported
 * flat so `catch (e) { if (e instanceof NotFoundError) ... }` needs one import.
 *
 * @module provena-sdk
 */
export { ProvenaClient, createProvenaClient, type ProvenaClientOptions, type WhoAmI } from "./client.js";
export type { CredentialOptions, CredentialSource, FileLayer, LocalOptions, ProvenaConfigFile } from "./settings.js";
export { DEFAULT_LOCAL_ORIGIN, DEFAULT_LOCAL_PORT, DEFAULT_REALM, localEndpoints, localIssuer } from "./local.js";
export { NoCredentialsError } from "./errors.js";

export * as HttpCore from "@provena-sdk/http-core";
export * as AuthCore from "@provena-sdk/auth-core";
export * as Registry from "@provena-sdk/registry";
export * as Datastore from "@provena-sdk/datastore";
export * as Prov from "@provena-sdk/prov";
export * as Search from "@provena-sdk/search";
export * as Auth from "@provena-sdk/auth";
export * as Jobs from "@provena-sdk/jobs";
export * as Handle from "@provena-sdk/handle";

// Every error class, flat (http-core's family first: the service errors extend it).
export {
  ProvenaError, HttpError, BadRequestError, UnauthorizedError, NotAuthenticatedError, TokenExpiredError, PermissionDeniedError,
  ForbiddenError, NotFoundError, ConflictError,
  UnprocessableEntityError, RateLimitError, ServerError, NetworkError, TimeoutError, AbortError, SoftFailureError,
  ResponseValidationError, RequestValidationError, ConfigurationError, PaginationError,
} from "@provena-sdk/http-core";
export {
  AuthConfigurationError, AuthError, IdentityProviderError, IssuerNotFoundError, RealmNotFoundError, InvalidClientError,
  InvalidGrantError, OAuthError, LoginRequiredError,
  AccessDeniedError, DeviceCodeExpiredError, DeviceFlowError, MalformedTokenError, MissingTokenError, TokenRefreshError,
  CorruptTokenStoreError, TokenStoreError,
  // the token providers, so one import serves the common case
  deviceFlow, offlineToken, clientCredentials, passwordGrant, staticToken, externalToken, memoryTokenStore,
} from "@provena-sdk/auth-core";
export { ItemNotFoundError, RegistryValidationError, SeedItemError } from "@provena-sdk/registry";
export { ActivityWaitError, DatasetInReleaseError, DatasetLockedError, DatasetValidationError } from "@provena-sdk/datastore";
export { CsvTemplateError, LineageDepthError, ProvJobResultError, LineageGraph, toMermaid } from "@provena-sdk/prov";
export { InvalidSearchOptionsError, HitNotFoundError, HitLoadError } from "@provena-sdk/search";
export {
  AuthSoftFailureError, AccessRequestRefusedError, AccessRequestNotFoundError, GroupNotFoundError, NotGroupMemberError,
  LinkValidationError, GroupImportError, UnknownRoleError,
} from "@provena-sdk/auth";
export { JobError, JobFailedError, JobNotFoundError, JobTimeoutError } from "@provena-sdk/jobs";
export { HandleRequestError } from "@provena-sdk/handle";
export { collectAll } from "@provena-sdk/http-core";
export type { TokenProvider, TransportOptions, ServiceEndpoints } from "@provena-sdk/http-core";
