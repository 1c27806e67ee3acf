// Every Data Store route (specs/provena/data-store.json, behaviour.md §3.1) in one table: method,
// path, the model a request body is checked against, the model the response is validated with,
// and how the response is enveloped. The client methods are thin shapes over this table, and a
// test holds the table against the spec so a route can be neither missing nor misspelt.
import type { DatastoreModelName } from "@provena-sdk/models/datastore";

/**
 * How a route's response is typed: the name of a model in `@provena-sdk/models/datastore`, or
 * one of the shapes upstream left untyped (`"untyped-object"`: any JSON object;
 * `"string-record"`: string values; `"string-array"`; `"null"`).
 */
export type ResponseModel = DatastoreModelName | "untyped-object" | "string-record" | "string-array" | "null";

/** One row of {@link DATASTORE_ROUTES}: how a client method reaches its Data Store route. */
export interface RouteEntry {
  /** The HTTP method upstream declares for the route. */
  readonly method: "GET" | "POST" | "PUT" | "DELETE";
  /** The path below the data store's base URL (the transport's `endpoints.datastore`), e.g. `/register/mint-dataset`. */
  readonly path: string;
  /** The model the JSON body is checked against client-side (when request checks are on). */
  readonly request?: DatastoreModelName;
  /** The model a 2xx body is validated with, in the transport's validation mode. */
  readonly response: ResponseModel;
  /**
   * `true`: a `{status}` envelope whose `success=false` is a soft failure; `"bare"`: the body is
   * itself a Status; `false`: no envelope (the route's upstream response model says which).
   */
  readonly envelope: boolean | "bare";
  /** A POST that only reads, so the transport may retry it. */
  readonly idempotent?: boolean;
}

/**
 * Every Data Store API route, keyed by the name the client uses for it (`mint`, `fetch`,
 * `writeCredentials`, ...): method, path, request and response models, envelope and retry
 * safety. The client methods are built on it; use it to see which route a method hits, or to
 * call a route through `Transport.request` directly.
 */
export const DATASTORE_ROUTES = {
  health: { method: "GET", path: "/", response: "string-record", envelope: false },
  checkGeneralAccess: { method: "GET", path: "/check-access/check-general-access", response: "User", envelope: false },
  checkAdminAccess: { method: "GET", path: "/check-access/check-admin-access", response: "User", envelope: false },
  checkReadAccess: { method: "GET", path: "/check-access/check-read-access", response: "User", envelope: false },
  checkWriteAccess: { method: "GET", path: "/check-access/check-write-access", response: "User", envelope: false },
  validate: { method: "POST", path: "/metadata/validate-metadata", request: "CollectionFormat", response: "Status", envelope: "bare", idempotent: true },
  schema: { method: "GET", path: "/metadata/dataset-schema", response: "Schema", envelope: false },
  mint: { method: "POST", path: "/register/mint-dataset", request: "CollectionFormat", response: "MintResponse", envelope: true },
  updateMetadata: { method: "POST", path: "/register/update-metadata", request: "CollectionFormat", response: "UpdateMetadataResponse", envelope: true },
  revertMetadata: { method: "PUT", path: "/register/revert-metadata", request: "ItemRevertRequest", response: "ItemRevertResponse", envelope: true },
  version: { method: "POST", path: "/register/version", request: "VersionRequest", response: "VersionResponse", envelope: false },
  // A page with unparsable records says success=false but still carries the rest: keep it.
  list: { method: "POST", path: "/registry/items/list", request: "NoFilterSubtypeListRequest", response: "DatasetListResponse", envelope: false, idempotent: true },
  fetch: { method: "GET", path: "/registry/items/fetch-dataset", response: "RegistryFetchResponse", envelope: true },
  presignedUrl: { method: "POST", path: "/registry/items/generate-presigned-url", request: "PresignedURLRequest", response: "PresignedURLResponse", envelope: false },
  readCredentials: { method: "POST", path: "/registry/credentials/generate-read-access-credentials", request: "CredentialsRequest", response: "CredentialResponse", envelope: true },
  writeCredentials: { method: "POST", path: "/registry/credentials/generate-write-access-credentials", request: "CredentialsRequest", response: "CredentialResponse", envelope: true },
  adminConfig: { method: "GET", path: "/admin/config", response: "untyped-object", envelope: false },
  adminSentryDebug: { method: "GET", path: "/admin/sentry-debug", response: "string-record", envelope: false },
  reviewersList: { method: "GET", path: "/release/sys-reviewers/list", response: "string-array", envelope: false },
  reviewersAdd: { method: "POST", path: "/release/sys-reviewers/add", response: "null", envelope: false },
  reviewersDelete: { method: "DELETE", path: "/release/sys-reviewers/delete", response: "null", envelope: false },
  approvalRequest: { method: "POST", path: "/release/approval-request", request: "ReleaseApprovalRequest", response: "ReleaseApprovalRequestResponse", envelope: false },
  actionApprovalRequest: { method: "PUT", path: "/release/action-approval-request", request: "ActionApprovalRequest", response: "ActionApprovalRequestResponse", envelope: false },
} as const satisfies Record<string, RouteEntry>;

/** The name of a Data Store route: a key of {@link DATASTORE_ROUTES}. */
export type RouteName = keyof typeof DATASTORE_ROUTES;
