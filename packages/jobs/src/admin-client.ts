// The admin half of the Job API (`/jobs/admin/*`, job-service roles): launch any job on behalf
// of any user, and read every user's jobs.
import type { Transport } from "@provena-sdk/http-core";
import { collect, listing, onePage, type JobListing, type ListAllOptions, type ListOptions } from "./listing.js";
import type { AdminLaunchJobRequest, AdminLaunchJobResponse, JobStatusTable } from "./models.js";
import { fetchJob, launchJob, type CallOptions, type JobsPage } from "./requests.js";

/** Options of {@link JobsAdminClient.list} and {@link JobsAdminClient.listPage}. */
export interface AdminListOptions extends ListOptions {
  /** Only this user's jobs (all users' by default). */
  usernameFilter?: string | undefined;
}

/** Options of {@link JobsAdminClient.listAll}: a user filter plus the collection limit. */
export interface AdminListAllOptions extends AdminListOptions, ListAllOptions {}

/**
 * The Job API's admin routes (`/jobs/admin/*`): launch jobs, read and list any user's jobs.
 * Reached as `jobs.admin`; the caller needs the job-service roles (401 otherwise).
 */
export class JobsAdminClient {
  readonly #transport: Transport;

  constructor(transport: Transport) {
    this.#transport = transport;
  }

  /** Launches a job; the payload must fit the sub-type (400 otherwise). */
  launch(request: AdminLaunchJobRequest, options?: CallOptions): Promise<AdminLaunchJobResponse> {
    return launchJob(this.#transport, request, options);
  }

  /** Any user's job. BadRequestError (400) while the job's record does not exist yet. */
  fetch(sessionId: string, options?: CallOptions): Promise<JobStatusTable> {
    return fetchJob(this.#transport, "admin", sessionId, options);
  }

  /** Every job (or one user's), newest first, fetched page by page as you iterate. */
  list(options: AdminListOptions = {}): JobListing {
    return listing(this.#transport, "admin", "list", { username_filter: options.usernameFilter }, options);
  }

  /** One page of every job (or one user's); its `pagination_key` (null at the end) resumes the listing. */
  listPage(options: AdminListOptions = {}): Promise<JobsPage> {
    return onePage(this.#transport, "admin", "list", { username_filter: options.usernameFilter }, options);
  }

  /** Every job (or one user's), newest first, in an array (see `limit` / `onLimit`). */
  listAll(options: AdminListAllOptions = {}): Promise<JobStatusTable[]> {
    return collect(this.list(options), options);
  }

  /**
   * Every job of a batch. With `usernameFilter`, a batch holding another user's job is a
   * BadRequestError (400), as upstream.
   */
  listBatch(batchId: string, options: AdminListAllOptions = {}): Promise<JobStatusTable[]> {
    return collect(this.iterateBatch(batchId, options), options);
  }

  /** The jobs of a batch, fetched page by page as you iterate (`.pages()` for pages). */
  iterateBatch(batchId: string, options: AdminListOptions = {}): JobListing {
    return listing(this.#transport, "admin", "list_batch", { batch_id: batchId, username_filter: options.usernameFilter }, options);
  }

  /** One page of a batch's jobs; its `pagination_key` (null at the end) resumes the listing. */
  listBatchPage(batchId: string, options: AdminListOptions = {}): Promise<JobsPage> {
    return onePage(this.#transport, "admin", "list_batch", { batch_id: batchId, username_filter: options.usernameFilter }, options);
  }
}
