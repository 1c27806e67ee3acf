// GENERATED FILE: do not edit by hand.
// Source: specs/provena/job.json (18 component schemas, plus 3 shared ones from @provena-sdk/http-core).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import * as z from "zod/mini";
import { type BuildModelsOptions, defineModel, defineModels, HTTPValidationErrorSchema, type ModelKit, type ModelSet, type UnknownString, UserSchema, ValidationErrorSchema } from "@provena-sdk/http-core";
import type { User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
export type { User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";

// ---- Types (what parsing returns in lenient mode; strict mode returns a subset) ----

/** The `AdminGetJobResponse` model of the Jobs API. */
export interface AdminGetJobResponse {
  /** Job */
  job: JobStatusTable;
}

/** The `AdminLaunchJobRequest` model of the Jobs API. */
export interface AdminLaunchJobRequest {
  /** Username */
  username?: string | null;
  /**
   * Request Batch Id
   * @defaultValue false
   */
  request_batch_id?: boolean | null;
  /** Add To Batch */
  add_to_batch?: string | null;
  /** Job Type */
  job_type: JobType;
  /** Job Sub Type */
  job_sub_type: JobSubType;
  /** Job Payload */
  job_payload: Record<string, unknown>;
}

/** The `AdminLaunchJobResponse` model of the Jobs API. */
export interface AdminLaunchJobResponse {
  /** Session Id */
  session_id: string;
  /** Batch Id */
  batch_id?: string | null;
}

/** The `AdminListByBatchRequest` model of the Jobs API. */
export interface AdminListByBatchRequest {
  /** Batch Id */
  batch_id: string;
  /** Username Filter */
  username_filter?: string | null;
  /** Pagination Key */
  pagination_key?: Record<string, unknown> | null;
  /**
   * Limit
   * @defaultValue 10
   */
  limit?: number | null;
}

/** The `AdminListByBatchResponse` model of the Jobs API. */
export interface AdminListByBatchResponse {
  /** Jobs */
  jobs: JobStatusTable[];
  /** Pagination Key */
  pagination_key?: Record<string, unknown> | null;
}

/** The `AdminListJobsRequest` model of the Jobs API. */
export interface AdminListJobsRequest {
  /** Username Filter */
  username_filter?: string | null;
  /**
   * Limit
   * @defaultValue 10
   */
  limit?: number | null;
  /** Pagination Key */
  pagination_key?: Record<string, unknown> | null;
}

/** The `AdminListJobsResponse` model of the Jobs API. */
export interface AdminListJobsResponse {
  /** Jobs */
  jobs: JobStatusTable[];
  /** Pagination Key */
  pagination_key?: Record<string, unknown> | null;
}

/** The `AdminRetryJobResponse` model of the Jobs API. */
export interface AdminRetryJobResponse {
  /** Session Id */
  session_id: string;
}

/** The `GetJobResponse` model of the Jobs API. */
export interface GetJobResponse {
  /** Job */
  job: JobStatusTable;
}

/** The `JobStatus` model of the Jobs API. */
export const JobStatusValues = ["PENDING", "DEQUEUED", "IN_PROGRESS", "SUCCEEDED", "FAILED"] as const;
/** One of {@link JobStatusValues}; lenient parsing keeps values this SDK does not know yet. */
export type JobStatus = (typeof JobStatusValues)[number] | UnknownString;

/** The `JobStatusTable` model of the Jobs API. */
export interface JobStatusTable {
  /** Session Id */
  session_id: string;
  /** Created Timestamp */
  created_timestamp: number;
  /** Username */
  username: string;
  /** Batch Id */
  batch_id?: string | null;
  /** Payload */
  payload: Record<string, unknown>;
  /** Job Type */
  job_type: JobType;
  /** Job Sub Type */
  job_sub_type: JobSubType;
  /**
   * Gsi Status
   * @defaultValue "ok"
   */
  gsi_status?: string | null;
  /** Status */
  status: JobStatus;
  /** Info */
  info?: string | null;
  /** Result */
  result?: Record<string, unknown> | null;
}

/** The `JobSubType` model of the Jobs API. */
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

/** The `JobType` model of the Jobs API. */
export const JobTypeValues = ["PROV_LODGE", "REGISTRY", "EMAIL", "REPORT"] as const;
/** One of {@link JobTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type JobType = (typeof JobTypeValues)[number] | UnknownString;

/** The `ListByBatchRequest` model of the Jobs API. */
export interface ListByBatchRequest {
  /** Batch Id */
  batch_id: string;
  /** Pagination Key */
  pagination_key?: Record<string, unknown> | null;
  /**
   * Limit
   * @defaultValue 10
   */
  limit?: number | null;
}

/** The `ListByBatchResponse` model of the Jobs API. */
export interface ListByBatchResponse {
  /** Jobs */
  jobs: JobStatusTable[];
  /** Pagination Key */
  pagination_key?: Record<string, unknown> | null;
}

/** The `ListJobsRequest` model of the Jobs API. */
export interface ListJobsRequest {
  /** Pagination Key */
  pagination_key?: Record<string, unknown> | null;
  /**
   * Limit
   * @defaultValue 10
   */
  limit?: number | null;
}

/** The `ListJobsResponse` model of the Jobs API. */
export interface ListJobsResponse {
  /** Jobs */
  jobs: JobStatusTable[];
  /** Pagination Key */
  pagination_key?: Record<string, unknown> | null;
}

/** The `RetryJobResponse` model of the Jobs API. */
export interface RetryJobResponse {
  /** Session Id */
  session_id: string;
}

// ---- Models (each built on first use, per validation mode) ----

/** Validates a {@link JobType}; built on first use per validation mode (`JobTypeSchema("lenient")`). */
export const JobTypeSchema = /* @__PURE__ */ defineModel<JobType>((k, _o) =>
  k.enum(JobTypeValues),
);

/** Validates a {@link JobSubType}; built on first use per validation mode (`JobSubTypeSchema("lenient")`). */
export const JobSubTypeSchema = /* @__PURE__ */ defineModel<JobSubType>((k, _o) =>
  k.enum(JobSubTypeValues),
);

/** Validates a {@link JobStatus}; built on first use per validation mode (`JobStatusSchema("lenient")`). */
export const JobStatusSchema = /* @__PURE__ */ defineModel<JobStatus>((k, _o) =>
  k.enum(JobStatusValues),
);

/** Validates a {@link JobStatusTable}; built on first use per validation mode (`JobStatusTableSchema("lenient")`). */
export const JobStatusTableSchema = /* @__PURE__ */ defineModel<JobStatusTable>((k, o) =>
  k.object({
      session_id: z.string(),
      created_timestamp: z.number().check(z.int()),
      username: z.string(),
      batch_id: k.optional(z.string()),
      payload: z.record(z.string(), z.unknown()),
      job_type: JobTypeSchema(k, o),
      job_sub_type: JobSubTypeSchema(k, o),
      gsi_status: k.optional(z.string()),
      status: JobStatusSchema(k, o),
      info: k.optional(z.string()),
      result: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link AdminGetJobResponse}; built on first use per validation mode (`AdminGetJobResponseSchema("lenient")`). */
export const AdminGetJobResponseSchema = /* @__PURE__ */ defineModel<AdminGetJobResponse>((k, o) =>
  k.object({
      job: JobStatusTableSchema(k, o),
    }),
);

/** Validates a {@link AdminLaunchJobRequest}; built on first use per validation mode (`AdminLaunchJobRequestSchema("lenient")`). */
export const AdminLaunchJobRequestSchema = /* @__PURE__ */ defineModel<AdminLaunchJobRequest>((k, o) =>
  k.object({
      username: k.optional(z.string()),
      request_batch_id: k.optional(z.boolean()),
      add_to_batch: k.optional(z.string()),
      job_type: JobTypeSchema(k, o),
      job_sub_type: JobSubTypeSchema(k, o),
      job_payload: z.record(z.string(), z.unknown()),
    }),
);

/** Validates a {@link AdminLaunchJobResponse}; built on first use per validation mode (`AdminLaunchJobResponseSchema("lenient")`). */
export const AdminLaunchJobResponseSchema = /* @__PURE__ */ defineModel<AdminLaunchJobResponse>((k, _o) =>
  k.object({
      session_id: z.string(),
      batch_id: k.optional(z.string()),
    }),
);

/** Validates a {@link AdminListByBatchRequest}; built on first use per validation mode (`AdminListByBatchRequestSchema("lenient")`). */
export const AdminListByBatchRequestSchema = /* @__PURE__ */ defineModel<AdminListByBatchRequest>((k, _o) =>
  k.object({
      batch_id: z.string(),
      username_filter: k.optional(z.string()),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
      limit: k.optional(z.number().check(z.int())),
    }),
);

/** Validates a {@link AdminListByBatchResponse}; built on first use per validation mode (`AdminListByBatchResponseSchema("lenient")`). */
export const AdminListByBatchResponseSchema = /* @__PURE__ */ defineModel<AdminListByBatchResponse>((k, o) =>
  k.object({
      jobs: z.array(JobStatusTableSchema(k, o)),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link AdminListJobsRequest}; built on first use per validation mode (`AdminListJobsRequestSchema("lenient")`). */
export const AdminListJobsRequestSchema = /* @__PURE__ */ defineModel<AdminListJobsRequest>((k, _o) =>
  k.object({
      username_filter: k.optional(z.string()),
      limit: k.optional(z.number().check(z.int())),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link AdminListJobsResponse}; built on first use per validation mode (`AdminListJobsResponseSchema("lenient")`). */
export const AdminListJobsResponseSchema = /* @__PURE__ */ defineModel<AdminListJobsResponse>((k, o) =>
  k.object({
      jobs: z.array(JobStatusTableSchema(k, o)),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link AdminRetryJobResponse}; built on first use per validation mode (`AdminRetryJobResponseSchema("lenient")`). */
export const AdminRetryJobResponseSchema = /* @__PURE__ */ defineModel<AdminRetryJobResponse>((k, _o) =>
  k.object({
      session_id: z.string(),
    }),
);

/** Validates a {@link GetJobResponse}; built on first use per validation mode (`GetJobResponseSchema("lenient")`). */
export const GetJobResponseSchema = /* @__PURE__ */ defineModel<GetJobResponse>((k, o) =>
  k.object({
      job: JobStatusTableSchema(k, o),
    }),
);

/** Validates a {@link ListByBatchRequest}; built on first use per validation mode (`ListByBatchRequestSchema("lenient")`). */
export const ListByBatchRequestSchema = /* @__PURE__ */ defineModel<ListByBatchRequest>((k, _o) =>
  k.object({
      batch_id: z.string(),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
      limit: k.optional(z.number().check(z.int())),
    }),
);

/** Validates a {@link ListByBatchResponse}; built on first use per validation mode (`ListByBatchResponseSchema("lenient")`). */
export const ListByBatchResponseSchema = /* @__PURE__ */ defineModel<ListByBatchResponse>((k, o) =>
  k.object({
      jobs: z.array(JobStatusTableSchema(k, o)),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link ListJobsRequest}; built on first use per validation mode (`ListJobsRequestSchema("lenient")`). */
export const ListJobsRequestSchema = /* @__PURE__ */ defineModel<ListJobsRequest>((k, _o) =>
  k.object({
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
      limit: k.optional(z.number().check(z.int())),
    }),
);

/** Validates a {@link ListJobsResponse}; built on first use per validation mode (`ListJobsResponseSchema("lenient")`). */
export const ListJobsResponseSchema = /* @__PURE__ */ defineModel<ListJobsResponse>((k, o) =>
  k.object({
      jobs: z.array(JobStatusTableSchema(k, o)),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link RetryJobResponse}; built on first use per validation mode (`RetryJobResponseSchema("lenient")`). */
export const RetryJobResponseSchema = /* @__PURE__ */ defineModel<RetryJobResponse>((k, _o) =>
  k.object({
      session_id: z.string(),
    }),
);

/** Every Jobs model, as built for one validation mode. */
export interface JobsModelSet {
  /** Validates a {@link User}. */
  readonly User: z.ZodMiniType<User>;
  /** Validates a {@link HTTPValidationError}. */
  readonly HTTPValidationError: z.ZodMiniType<HTTPValidationError>;
  /** Validates a {@link ValidationError}. */
  readonly ValidationError: z.ZodMiniType<ValidationError>;
  /** Validates a {@link JobType}. */
  readonly JobType: z.ZodMiniType<JobType>;
  /** Validates a {@link JobSubType}. */
  readonly JobSubType: z.ZodMiniType<JobSubType>;
  /** Validates a {@link JobStatus}. */
  readonly JobStatus: z.ZodMiniType<JobStatus>;
  /** Validates a {@link JobStatusTable}. */
  readonly JobStatusTable: z.ZodMiniType<JobStatusTable>;
  /** Validates a {@link AdminGetJobResponse}. */
  readonly AdminGetJobResponse: z.ZodMiniType<AdminGetJobResponse>;
  /** Validates a {@link AdminLaunchJobRequest}. */
  readonly AdminLaunchJobRequest: z.ZodMiniType<AdminLaunchJobRequest>;
  /** Validates a {@link AdminLaunchJobResponse}. */
  readonly AdminLaunchJobResponse: z.ZodMiniType<AdminLaunchJobResponse>;
  /** Validates a {@link AdminListByBatchRequest}. */
  readonly AdminListByBatchRequest: z.ZodMiniType<AdminListByBatchRequest>;
  /** Validates a {@link AdminListByBatchResponse}. */
  readonly AdminListByBatchResponse: z.ZodMiniType<AdminListByBatchResponse>;
  /** Validates a {@link AdminListJobsRequest}. */
  readonly AdminListJobsRequest: z.ZodMiniType<AdminListJobsRequest>;
  /** Validates a {@link AdminListJobsResponse}. */
  readonly AdminListJobsResponse: z.ZodMiniType<AdminListJobsResponse>;
  /** Validates a {@link AdminRetryJobResponse}. */
  readonly AdminRetryJobResponse: z.ZodMiniType<AdminRetryJobResponse>;
  /** Validates a {@link GetJobResponse}. */
  readonly GetJobResponse: z.ZodMiniType<GetJobResponse>;
  /** Validates a {@link ListByBatchRequest}. */
  readonly ListByBatchRequest: z.ZodMiniType<ListByBatchRequest>;
  /** Validates a {@link ListByBatchResponse}. */
  readonly ListByBatchResponse: z.ZodMiniType<ListByBatchResponse>;
  /** Validates a {@link ListJobsRequest}. */
  readonly ListJobsRequest: z.ZodMiniType<ListJobsRequest>;
  /** Validates a {@link ListJobsResponse}. */
  readonly ListJobsResponse: z.ZodMiniType<ListJobsResponse>;
  /** Validates a {@link RetryJobResponse}. */
  readonly RetryJobResponse: z.ZodMiniType<RetryJobResponse>;
}

/** The name of one Jobs model. */
export type JobsModelName = keyof JobsModelSet;

/** Models whose upstream class forbids unknown keys (`additionalProperties: false`). */
export const JOBS_FORBIDS_EXTRA: ReadonlySet<JobsModelName> = /* @__PURE__ */ new Set<JobsModelName>([]);

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

/** Builds every Jobs model for the kit's mode. Most callers want {@link JobsModels}, or one `<Name>Schema`. */
export function buildJobsModels(k: ModelKit, options: BuildModelsOptions = {}): JobsModelSet {
  return {
    User: UserSchema(k, options),
    HTTPValidationError: HTTPValidationErrorSchema(k, options),
    ValidationError: ValidationErrorSchema(k, options),
    JobType: JobTypeSchema(k, options),
    JobSubType: JobSubTypeSchema(k, options),
    JobStatus: JobStatusSchema(k, options),
    JobStatusTable: JobStatusTableSchema(k, options),
    AdminGetJobResponse: AdminGetJobResponseSchema(k, options),
    AdminLaunchJobRequest: AdminLaunchJobRequestSchema(k, options),
    AdminLaunchJobResponse: AdminLaunchJobResponseSchema(k, options),
    AdminListByBatchRequest: AdminListByBatchRequestSchema(k, options),
    AdminListByBatchResponse: AdminListByBatchResponseSchema(k, options),
    AdminListJobsRequest: AdminListJobsRequestSchema(k, options),
    AdminListJobsResponse: AdminListJobsResponseSchema(k, options),
    AdminRetryJobResponse: AdminRetryJobResponseSchema(k, options),
    GetJobResponse: GetJobResponseSchema(k, options),
    ListByBatchRequest: ListByBatchRequestSchema(k, options),
    ListByBatchResponse: ListByBatchResponseSchema(k, options),
    ListJobsRequest: ListJobsRequestSchema(k, options),
    ListJobsResponse: ListJobsResponseSchema(k, options),
    RetryJobResponse: RetryJobResponseSchema(k, options),
  };
}

/** The Jobs models, built lazily per mode: `JobsModels.lenient.X` (default) or `.strict.X` (tests). */
export const JobsModels: ModelSet<JobsModelSet> = /* @__PURE__ */ defineModels((k) => buildJobsModels(k));
