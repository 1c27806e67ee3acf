// GENERATED FILE: do not edit by hand.
// Source: specs/provena/job.json (18 component schemas, plus 3 shared ones from @provena-sdk/http-core).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import { z } from "zod";
import { buildCommonModels, type BuildModelsOptions, defineModels, type ModelKit, type ModelSet, type UnknownString } from "@provena-sdk/http-core";
import type { User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
export type { User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";

// ---- Types (what parsing returns in lenient mode; strict mode returns a subset) ----

export interface AdminGetJobResponse {
  job: JobStatusTable;
}

export interface AdminLaunchJobRequest {
  username?: string | null;
  /** @defaultValue false */
  request_batch_id?: boolean | null;
  add_to_batch?: string | null;
  job_type: JobType;
  job_sub_type: JobSubType;
  job_payload: Record<string, unknown>;
}

export interface AdminLaunchJobResponse {
  session_id: string;
  batch_id?: string | null;
}

export interface AdminListByBatchRequest {
  batch_id: string;
  username_filter?: string | null;
  pagination_key?: Record<string, unknown> | null;
  /** @defaultValue 10 */
  limit?: number | null;
}

export interface AdminListByBatchResponse {
  jobs: JobStatusTable[];
  pagination_key?: Record<string, unknown> | null;
}

export interface AdminListJobsRequest {
  username_filter?: string | null;
  /** @defaultValue 10 */
  limit?: number | null;
  pagination_key?: Record<string, unknown> | null;
}

export interface AdminListJobsResponse {
  jobs: JobStatusTable[];
  pagination_key?: Record<string, unknown> | null;
}

export interface AdminRetryJobResponse {
  session_id: string;
}

export interface GetJobResponse {
  job: JobStatusTable;
}

export const JobStatusValues = ["PENDING", "DEQUEUED", "IN_PROGRESS", "SUCCEEDED", "FAILED"] as const;
/** One of {@link JobStatusValues}; lenient parsing keeps values this SDK does not know yet. */
export type JobStatus = (typeof JobStatusValues)[number] | UnknownString;

export interface JobStatusTable {
  session_id: string;
  created_timestamp: number;
  username: string;
  batch_id?: string | null;
  payload: Record<string, unknown>;
  job_type: JobType;
  job_sub_type: JobSubType;
  /** @defaultValue "ok" */
  gsi_status?: string | null;
  status: JobStatus;
  info?: string | null;
  result?: Record<string, unknown> | null;
}

export const JobSubTypeValues = [
  "PROV_LODGE_WAKE_UP",
  "MODEL_RUN_PROV_LODGE",
  "MODEL_RUN_LODGE_ONLY",
  "MODEL_RUN_BATCH_SUBMIT",
  "LODGE_CREATE_ACTIVITY",
  "LODGE_VERSION_ACTIVITY",
  "MODEL_RUN_UPDATE",
  "MODEL_RUN_UPDATE_LODGE_ONLY",
  "REGISTRY_WAKE_UP",
  "REGISTER_CREATE_ACTIVITY",
  "REGISTER_VERSION_ACTIVITY",
  "EMAIL_WAKE_UP",
  "SEND_EMAIL",
  "GENERATE_REPORT",
] as const;
/** One of {@link JobSubTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type JobSubType = (typeof JobSubTypeValues)[number] | UnknownString;

export const JobTypeValues = ["PROV_LODGE", "REGISTRY", "EMAIL", "REPORT"] as const;
/** One of {@link JobTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type JobType = (typeof JobTypeValues)[number] | UnknownString;

export interface ListByBatchRequest {
  batch_id: string;
  pagination_key?: Record<string, unknown> | null;
  /** @defaultValue 10 */
  limit?: number | null;
}

export interface ListByBatchResponse {
  jobs: JobStatusTable[];
  pagination_key?: Record<string, unknown> | null;
}

export interface ListJobsRequest {
  pagination_key?: Record<string, unknown> | null;
  /** @defaultValue 10 */
  limit?: number | null;
}

export interface ListJobsResponse {
  jobs: JobStatusTable[];
  pagination_key?: Record<string, unknown> | null;
}

export interface RetryJobResponse {
  session_id: string;
}

// ---- Models ----

/** Every Jobs model, as built for one validation mode. */
export interface JobsModelSet {
  readonly User: z.ZodType<User>;
  readonly HTTPValidationError: z.ZodType<HTTPValidationError>;
  readonly ValidationError: z.ZodType<ValidationError>;
  readonly JobType: z.ZodType<JobType>;
  readonly JobSubType: z.ZodType<JobSubType>;
  readonly JobStatus: z.ZodType<JobStatus>;
  readonly JobStatusTable: z.ZodType<JobStatusTable>;
  readonly AdminGetJobResponse: z.ZodType<AdminGetJobResponse>;
  readonly AdminLaunchJobRequest: z.ZodType<AdminLaunchJobRequest>;
  readonly AdminLaunchJobResponse: z.ZodType<AdminLaunchJobResponse>;
  readonly AdminListByBatchRequest: z.ZodType<AdminListByBatchRequest>;
  readonly AdminListByBatchResponse: z.ZodType<AdminListByBatchResponse>;
  readonly AdminListJobsRequest: z.ZodType<AdminListJobsRequest>;
  readonly AdminListJobsResponse: z.ZodType<AdminListJobsResponse>;
  readonly AdminRetryJobResponse: z.ZodType<AdminRetryJobResponse>;
  readonly GetJobResponse: z.ZodType<GetJobResponse>;
  readonly ListByBatchRequest: z.ZodType<ListByBatchRequest>;
  readonly ListByBatchResponse: z.ZodType<ListByBatchResponse>;
  readonly ListJobsRequest: z.ZodType<ListJobsRequest>;
  readonly ListJobsResponse: z.ZodType<ListJobsResponse>;
  readonly RetryJobResponse: z.ZodType<RetryJobResponse>;
}

export type JobsModelName = keyof JobsModelSet;

/** Models whose upstream class forbids unknown keys (`additionalProperties: false`). */
export const JOBS_FORBIDS_EXTRA: ReadonlySet<JobsModelName> = new Set<JobsModelName>([]);

/** Field defaults from the spec, for building requests; parsing never fills them in. */
export const JobsDefaults = {
  JobStatusTable: {
    gsi_status: "ok",
  },
  AdminLaunchJobRequest: {
    request_batch_id: false,
  },
  AdminListByBatchRequest: {
    limit: 10,
  },
  AdminListJobsRequest: {
    limit: 10,
  },
  ListByBatchRequest: {
    limit: 10,
  },
  ListJobsRequest: {
    limit: 10,
  },
} as const;

/** Builds every Jobs model for the kit's mode. Most callers want {@link JobsModels}. */
export function buildJobsModels(k: ModelKit, options: BuildModelsOptions = {}): JobsModelSet {
  const { User, HTTPValidationError, ValidationError } = buildCommonModels(k, options);

  const JobType: z.ZodType<JobType> = k.enum(JobTypeValues);
  const JobSubType: z.ZodType<JobSubType> = k.enum(JobSubTypeValues);
  const JobStatus: z.ZodType<JobStatus> = k.enum(JobStatusValues);
  const JobStatusTable: z.ZodType<JobStatusTable> = k.object({
    session_id: z.string(),
    created_timestamp: z.number().int(),
    username: z.string(),
    batch_id: k.optional(z.string()),
    payload: z.record(z.string(), z.unknown()),
    job_type: JobType,
    job_sub_type: JobSubType,
    gsi_status: k.optional(z.string()),
    status: JobStatus,
    info: k.optional(z.string()),
    result: k.optional(z.record(z.string(), z.unknown())),
  });
  const AdminGetJobResponse: z.ZodType<AdminGetJobResponse> = k.object({
    job: JobStatusTable,
  });
  const AdminLaunchJobRequest: z.ZodType<AdminLaunchJobRequest> = k.object({
    username: k.optional(z.string()),
    request_batch_id: k.optional(z.boolean()),
    add_to_batch: k.optional(z.string()),
    job_type: JobType,
    job_sub_type: JobSubType,
    job_payload: z.record(z.string(), z.unknown()),
  });
  const AdminLaunchJobResponse: z.ZodType<AdminLaunchJobResponse> = k.object({
    session_id: z.string(),
    batch_id: k.optional(z.string()),
  });
  const AdminListByBatchRequest: z.ZodType<AdminListByBatchRequest> = k.object({
    batch_id: z.string(),
    username_filter: k.optional(z.string()),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
    limit: k.optional(z.number().int()),
  });
  const AdminListByBatchResponse: z.ZodType<AdminListByBatchResponse> = k.object({
    jobs: z.array(JobStatusTable),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const AdminListJobsRequest: z.ZodType<AdminListJobsRequest> = k.object({
    username_filter: k.optional(z.string()),
    limit: k.optional(z.number().int()),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const AdminListJobsResponse: z.ZodType<AdminListJobsResponse> = k.object({
    jobs: z.array(JobStatusTable),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const AdminRetryJobResponse: z.ZodType<AdminRetryJobResponse> = k.object({
    session_id: z.string(),
  });
  const GetJobResponse: z.ZodType<GetJobResponse> = k.object({
    job: JobStatusTable,
  });
  const ListByBatchRequest: z.ZodType<ListByBatchRequest> = k.object({
    batch_id: z.string(),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
    limit: k.optional(z.number().int()),
  });
  const ListByBatchResponse: z.ZodType<ListByBatchResponse> = k.object({
    jobs: z.array(JobStatusTable),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const ListJobsRequest: z.ZodType<ListJobsRequest> = k.object({
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
    limit: k.optional(z.number().int()),
  });
  const ListJobsResponse: z.ZodType<ListJobsResponse> = k.object({
    jobs: z.array(JobStatusTable),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const RetryJobResponse: z.ZodType<RetryJobResponse> = k.object({
    session_id: z.string(),
  });

  return {
    User,
    HTTPValidationError,
    ValidationError,
    JobType,
    JobSubType,
    JobStatus,
    JobStatusTable,
    AdminGetJobResponse,
    AdminLaunchJobRequest,
    AdminLaunchJobResponse,
    AdminListByBatchRequest,
    AdminListByBatchResponse,
    AdminListJobsRequest,
    AdminListJobsResponse,
    AdminRetryJobResponse,
    GetJobResponse,
    ListByBatchRequest,
    ListByBatchResponse,
    ListJobsRequest,
    ListJobsResponse,
    RetryJobResponse,
  };
}

/** The Jobs models, built lazily per mode: `JobsModels.lenient.X` (default) or `.strict.X` (tests). */
export const JobsModels: ModelSet<JobsModelSet> = defineModels((k) => buildJobsModels(k));
