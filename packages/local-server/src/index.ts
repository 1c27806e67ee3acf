/**
 * An offline, Provena-compatible server for development and tests: every Provena service API, a
 * Keycloak-compatible realm issuing real RS256 tokens, and an S3-compatible endpoint, on one
 * origin. Start it in process with {@link startLocalServer} or from the shell with `provena-local`.
 *
 * @packageDocumentation
 */
export { startLocalServer, type LocalServer } from "./server.js";
export type { LocalServerOptions } from "./options.js";
export { localEndpoints, localIssuer, servicePrefix, DEFAULT_REALM } from "./endpoints.js";
export { LocalServerError, UsersFileError, RealmLookupError } from "./errors.js";
export type { MintTokenOptions } from "./realm/realm.js";
export type { RealmUserInfo, UserInput } from "./realm/users.js";
export { DEFAULT_USERS, stableUserId } from "./realm/users.js";
export type { RealmClientConfig } from "./realm/clients.js";
export { DEFAULT_CLIENTS } from "./realm/clients.js";
export { REALM_ROLE_CATALOGUE, type CatalogueRole } from "./realm/roles.js";
export { parseUsersDocument, loadUsersFile } from "./realm/users-file.js";
export { OPERATIONS } from "./spec/operations.js";
export type { OperationSpec, OperationAuth, QueryParamSpec, QueryParamType, HttpMethod } from "./spec/operation-spec.js";
export { implementedOperations } from "./services/mount.js";
export { memoryStorage } from "./store/memory-storage.js";
export { sqliteStorage, SCHEMA_VERSION, DATABASE_FILE } from "./store/sqlite-storage.js";
export type { Storage, Table, TableListener, StoredValue } from "./store/storage.js";
export type { DatasetStorage, CredentialScope, IssuedCredentials } from "./s3/dataset-storage.js";
export type { ThrottleOptions } from "./gateway/throttle.js";
export type { FaultOptions } from "./gateway/faults.js";
export { parseThrottle } from "./gateway/throttle.js";
export { parseFaults } from "./gateway/faults.js";
