/**
 * The Job API client, its waiters and errors, and the wire models.
 *
 * @module @provena-sdk/jobs
 */
export { JobsClient, createJobsClient, type JobsClientOptions } from "./client.js";
export { JobsAdminClient, type AdminListOptions, type AdminListAllOptions } from "./admin-client.js";
export type { JobListing, JobsPaginationKey, ListOptions, ListAllOptions } from "./listing.js";
export type { CallOptions, JobsPage } from "./requests.js";
export { WAIT_DEFAULTS, type ResolvedWaitOptions, type WaitForOptions } from "./wait/options.js";
export type { JobChain } from "./wait/wait-for.js";
export { ActivityWaitError, JobError, JobFailedError, JobNotFoundError, JobTimeoutError } from "./errors.js";
export { activityJobs, activityWaitOptions, waitForActivity, DEFAULT_ACTIVITY_TIMEOUT_MS } from "./wait/activity.js";
export type { ActivityJobs, ActivityProgress, ActivityTarget, ActivityWaitOption, ActivityWaitOptions, CompletedActivity } from "./wait/activity.js";
export * from "./models.js";
// What the README examples need from http-core, so one install and one import serve the common case.
export { collectAll, createTransport, AbortError, ProvenaError } from "@provena-sdk/http-core";
export type { CollectAllOptions, HealthOptions, ServiceHealth, Transport, TransportOptions, TokenProvider } from "@provena-sdk/http-core";
