// The Job API's operations as transport calls. Job responses have no status envelope, and the
// list endpoints are read-only POSTs, so they are marked idempotent (retried like GETs).
import type { Transport } from "@provena-sdk/http-core";
import {
  AdminLaunchJobResponseSchema,
  GetJobResponseSchema,
  ListJobsResponseSchema,
  type AdminLaunchJobRequest,
  type AdminLaunchJobResponse,
  type JobStatusTable,
  type ListJobsResponse,
} from "./models.js";

/** Options every single-request job call accepts. */
export interface CallOptions {
  /** Aborts the call (rejects with http-core's AbortError). */
  signal?: AbortSignal | undefined;
}

/** One page of a job listing: `jobs` and the `pagination_key` to continue from (null at the end). */
export type JobsPage = ListJobsResponse;

type Scope = "user" | "admin";

export async function fetchJob(transport: Transport, scope: Scope, sessionId: string, options: CallOptions = {}): Promise<JobStatusTable> {
  const response = await transport.request({
    service: "jobs",
    method: "GET",
    path: `/jobs/${scope}/fetch`,
    query: { session_id: sessionId },
    envelope: false,
    schema: GetJobResponseSchema,
    signal: options.signal,
    operationName: `jobs.${scope}.fetch`,
  });
  return response.job;
}

export function listPage(
  transport: Transport,
  scope: Scope,
  endpoint: "list" | "list_batch",
  body: Record<string, unknown>,
  signal: AbortSignal | undefined,
): Promise<JobsPage> {
  return transport.request({
    service: "jobs",
    method: "POST",
    path: `/jobs/${scope}/${endpoint}`,
    json: body,
    envelope: false,
    idempotent: true,
    // Every list response (user/admin, all/batch) has the same `{jobs, pagination_key}` shape.
    schema: ListJobsResponseSchema,
    signal,
    operationName: `jobs.${scope}.${endpoint}`,
  });
}

export function launchJob(transport: Transport, request: AdminLaunchJobRequest, options: CallOptions = {}): Promise<AdminLaunchJobResponse> {
  return transport.request({
    service: "jobs",
    method: "POST",
    path: "/jobs/admin/launch",
    json: request,
    envelope: false,
    schema: AdminLaunchJobResponseSchema,
    signal: options.signal,
    operationName: "jobs.admin.launch",
  });
}
