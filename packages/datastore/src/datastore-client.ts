// The Data Store client: datasets (mint, fetch, update, revert, version, list), metadata checks,
// credentials and presigned URLs, the release workflow and the admin routes. It owns no
// connection state: everything goes through the given transport.
import type { PageIterable, Transport, TransportOptions } from "@provena-sdk/http-core";
import { checkHealth, createTransport, type HealthOptions, type ServiceHealth } from "@provena-sdk/http-core";
import { JobsClient } from "@provena-sdk/jobs";
import type { CollectionFormat, ItemDataset, PresignedURLResponse, User } from "@provena-sdk/models/datastore";
import type { DatastoreAdminClient } from "./admin/admin-client.js";
import { createAdminClient } from "./admin/admin-client.js";
import type { DatastoreContext, SignalOption } from "./context.js";
import { invoke } from "./context.js";
import type { CredentialOptions, PresignOptions } from "./credentials/credentials-client.js";
import { presignedUrl, requestCredentials } from "./credentials/credentials-client.js";
import type { CredentialAccess, DatasetCredentials } from "./credentials/dataset-credentials.js";
import { datasetSchema, fetchDataset, mint, revertMetadata, updateMetadata, validateMetadata, versionDataset } from "./datasets/dataset-actions.js";
import { listAll, listPage } from "./datasets/listing.js";
import type { DatasetListPage, FetchedDataset, ListOptions, ListPageOptions, MintResult, UpdateResult, ValidationResult, VersionResult, WaitableOptions } from "./datasets/types.js";
import type { PresignedDownloadOptions } from "./presigned/presigned-download.js";
import { downloadPresignedUrl } from "./presigned/presigned-download.js";
import type { ReleaseClient } from "./release/release-client.js";
import { createReleaseClient } from "./release/release-client.js";
import type { ActivityJobs } from "./waiting/activity-waiter.js";

/** Options of {@link DatastoreClient}; `createDatastoreClient` takes these plus the transport's. */
export interface DatastoreClientOptions {
  /** Carries endpoints, auth, retries and the validation mode (see @provena-sdk/http-core). */
  readonly transport: Transport;
  /**
   * Check mint/update bodies against `CollectionFormat` (in the transport's validation mode) and
   * the data store's field rules before sending; a bad field is a RequestValidationError naming
   * it. Default true.
   */
  readonly validateRequests?: boolean | undefined;
  /** How `{ wait: true }` waits for jobs. Default: a JobsClient on the same transport. */
  readonly jobs?: ActivityJobs | undefined;
}

/**
 * The realm roles `checkAccess` asks about: "general" any valid token; "read"
 * `entity-registry-read`; "write" also `entity-registry-write`; "admin" also `entity-registry-admin`.
 */
export type AccessLevel = "general" | "read" | "write" | "admin";

const ACCESS_ROUTES = { general: "checkGeneralAccess", read: "checkReadAccess", write: "checkWriteAccess", admin: "checkAdminAccess" } as const;

/**
 * The Provena Data Store API client: datasets (mint, fetch, update, revert, version, list),
 * metadata checks, S3 credentials and presigned URLs, the release workflow and the admin routes.
 * It holds no connection state; every call goes through the transport. Refusals are typed:
 * DatasetLockedError, DatasetInReleaseError, DatasetValidationError, and http-core's HttpError
 * family otherwise. File transfer is `DatasetFiles` (`/node`) and `uploadBlob` (`/browser`).
 */
export class DatastoreClient {
  /** The transport every call goes through (endpoints, token, retries, validation mode). */
  readonly transport: Transport;
  /** Reviewers, release requests, approve and reject. */
  readonly release: ReleaseClient;
  /** `/admin` routes (data store admins). */
  readonly admin: DatastoreAdminClient;
  readonly #context: DatastoreContext;

  /** Sends nothing: the jobs client `wait` needs is made on first use. */
  constructor(options: DatastoreClientOptions) {
    const { transport } = options;
    let jobs = options.jobs;
    this.#context = {
      transport,
      validateRequests: options.validateRequests ?? true,
      jobs: () => (jobs ??= new JobsClient({ transport })),
    };
    this.transport = transport;
    this.release = createReleaseClient(this.#context);
    this.admin = createAdminClient(this.#context);
  }

  /**
   * Registers a dataset (`POST /register/mint-dataset`; `entity-registry-read` + `write` and a
   * Person linked to the caller): validates the metadata, seeds and completes the registry item,
   * writes `metadata.json` to its storage prefix. Bad metadata is a RequestValidationError before
   * sending (with `validateRequests`) or a DatasetValidationError from the server. With `wait`,
   * resolves once the Create activity is registered and lodged; a failed wait is an
   * ActivityWaitError carrying the new dataset's handle as `itemId` (the dataset exists regardless).
   */
  mint(metadata: CollectionFormat, options?: WaitableOptions): Promise<MintResult> {
    return mint(this.#context, metadata, options);
  }

  /**
   * The dataset with the caller's roles on it and its lock state (`GET /registry/items/fetch-dataset`;
   * `entity-registry-read`). An unknown id or a seed is a BadRequestError (400), as upstream; no
   * access to the item an UnauthorizedError (401).
   */
  fetch(id: string, options?: SignalOption): Promise<FetchedDataset> {
    return fetchDataset(this.#context, id, options);
  }

  /**
   * Replaces the metadata (`POST /register/update-metadata`): a new history entry with `reason`,
   * `metadata.json` rewritten, files and release state untouched. Needs item role
   * `metadata-write`, `dataset-data-write` or `admin`; refused while locked (DatasetLockedError);
   * metadata the server rejects is a BadRequestError (400), not a soft failure.
   */
  update(id: string, metadata: CollectionFormat, reason: string, options?: SignalOption): Promise<UpdateResult> {
    return updateMetadata(this.#context, id, metadata, reason, options);
  }

  /**
   * Restores the metadata (`collection_format` only) of history entry `historyId`, as a new
   * history entry (`PUT /register/revert-metadata`); storage and release state are kept. Same
   * access rules as `update`.
   */
  revert(id: string, historyId: number, reason: string, options?: SignalOption): Promise<void> {
    return revertMetadata(this.#context, id, historyId, reason, options);
  }

  /**
   * A new version of the dataset with its own storage prefix (`POST /register/version`): files are
   * not copied, release state starts over. Item admin, on the latest version only (else 400).
   * `wait` works as for `mint`, with the new version's id as `itemId`.
   */
  version(id: string, reason: string, options?: WaitableOptions): Promise<VersionResult> {
    return versionDataset(this.#context, id, reason, options);
  }

  /** One page of the datasets the caller may read (`POST /registry/items/list`; `entity-registry-read`). */
  list(options?: ListPageOptions): Promise<DatasetListPage> {
    return listPage(this.#context, options);
  }

  /**
   * Every dataset the caller may read, across pages, fetched as iteration goes (`.pages()` for
   * whole pages); each page is validated when reached, so a bad page fails the iteration there.
   */
  listAll(options?: ListOptions): PageIterable<ItemDataset, DatasetListPage> {
    return listAll(this.#context, options);
  }

  /**
   * Asks the server whether the metadata would mint (`POST /metadata/validate-metadata`: schema,
   * field rules, registry references); no client-side check first. A body the server cannot
   * parse at all (422) throws an UnprocessableEntityError instead.
   */
  validate(metadata: CollectionFormat, options?: SignalOption): Promise<ValidationResult> {
    return validateMetadata(this.#context, metadata, options);
  }

  /** The JSON schema of `CollectionFormat`, for building forms (`GET /metadata/dataset-schema`). */
  schema(options?: SignalOption): Promise<Record<string, unknown>> {
    return datasetSchema(this.#context, options);
  }

  /**
   * Temporary S3 credentials scoped to the dataset's prefix
   * (`POST /registry/credentials/generate-{read,write}-access-credentials`; upstream's last 8 h).
   * "read" needs item role `dataset-data-read`, "write" `dataset-data-write` (either also item
   * `admin` or realm `entity-registry-admin`), else UnauthorizedError; "write" also needs an
   * unlocked dataset (DatasetLockedError) and no release pending or approved (DatasetInReleaseError).
   * For transfers use `DatasetFiles` (`/node`) or `uploadBlob` (`/browser`), which renew them.
   */
  credentials(datasetId: string, access: CredentialAccess, options?: CredentialOptions): Promise<DatasetCredentials> {
    return requestCredentials(this.#context, datasetId, access, options);
  }

  /**
   * A presigned GET URL for one file (`POST /registry/items/generate-presigned-url`; item role
   * `dataset-data-read`, else 401). `..`, `//`, `\`, a missing file or an unknown dataset is a
   * BadRequestError (400). The URL is a credential until it expires: do not log it.
   */
  presignedUrl(datasetId: string, filePath: string, options?: PresignOptions): Promise<PresignedURLResponse> {
    return presignedUrl(this.#context, datasetId, filePath, options);
  }

  /**
   * Downloads one file into memory through a presigned URL with plain fetch (browser-safe), with
   * progress; a non-2xx from storage is an HttpError (its URL without the signature).
   */
  async downloadFile(datasetId: string, filePath: string, options: PresignOptions & Omit<PresignedDownloadOptions, "file"> = {}): Promise<Blob> {
    const { presigned_url } = await this.presignedUrl(datasetId, filePath, options);
    return downloadPresignedUrl(presigned_url, { ...options, file: filePath });
  }

  /** The caller's user and realm roles, if they hold the roles of `level` (`GET /check-access/check-<level>-access`); else UnauthorizedError. */
  checkAccess(level: AccessLevel, options: SignalOption = {}): Promise<User> {
    return invoke(this.#context, ACCESS_ROUTES[level], { signal: options.signal });
  }

  /** The public health check (`GET /`): `{ service: "datastore", message }`, as every service client's; sends no token. */
  health(options?: HealthOptions): Promise<ServiceHealth> {
    return checkHealth(this.transport, "datastore", options);
  }
}

/**
 * A client with its own transport: `createDatastoreClient({ domain, tokenProvider })`. Takes
 * http-core's transport options (endpoints, token, retries, validation mode) and the client's own.
 */
export function createDatastoreClient(options: TransportOptions & Omit<DatastoreClientOptions, "transport">): DatastoreClient {
  const { validateRequests, jobs, ...transportOptions } = options;
  return new DatastoreClient({ transport: createTransport(transportOptions), validateRequests, jobs });
}
