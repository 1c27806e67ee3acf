// GENERATED FILE: do not edit by hand.
// Source: specs/provena/prov.json (28 component schemas, plus 5 shared ones from @provena-sdk/http-core).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import { z } from "zod";
import { buildCommonModels, type BuildModelsOptions, defineModels, type ModelKit, type ModelSet, type UnknownString } from "@provena-sdk/http-core";
import type { Status, StatusResponse, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
export type { Status, StatusResponse, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";

// ---- Types (what parsing returns in lenient mode; strict mode returns a subset) ----

export interface AddStudyLinkResponse {
  status: Status;
  model_run_id: string;
  study_id: string;
  session_id: string;
}

export interface AssociationInfo {
  modeller_id: string;
  requesting_organisation_id?: string | null;
}

export interface Body_convert_model_runs_csv {
  csv_file: Blob;
}

export interface ConvertModelRunsResponse {
  status: Status;
  new_records?: ModelRunRecord[] | null;
  existing_records?: string[] | null;
  warnings?: string[] | null;
}

export const DatasetTypeValues = ["DATA_STORE"] as const;
/** One of {@link DatasetTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type DatasetType = (typeof DatasetTypeValues)[number] | UnknownString;

export interface GenerateReportRequest {
  id: string;
  item_subtype: ItemSubType;
  depth: number;
}

export interface GenerateReportResponse {
  session_id: string;
}

/** HistoryEntry[ModelRunDomainInfo] */
export interface HistoryEntry_ModelRunDomainInfo_ {
  id: number;
  timestamp: number;
  reason: string;
  username: string;
  item: ModelRunDomainInfo;
}

export const ItemCategoryValues = ["ACTIVITY", "AGENT", "ENTITY"] as const;
/** One of {@link ItemCategoryValues}; lenient parsing keeps values this SDK does not know yet. */
export type ItemCategory = (typeof ItemCategoryValues)[number] | UnknownString;

export interface ItemModelRun {
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  record_status: WorkflowRunCompletionStatus;
  record: ModelRunRecord;
  prov_serialisation: string;
  history: HistoryEntry_ModelRunDomainInfo_[];
  id: string;
  owner_username: string;
  created_timestamp: number;
  updated_timestamp: number;
  /** @defaultValue "ACTIVITY" */
  item_category?: ItemCategory | null;
  /** @defaultValue "MODEL_RUN" */
  item_subtype?: ItemSubType | null;
  record_type: RecordType;
  workflow_links?: WorkflowLinks | null;
  versioning_info?: VersioningInfo | null;
}

export const ItemSubTypeValues = [
  "WORKFLOW_RUN",
  "MODEL_RUN",
  "STUDY",
  "CREATE",
  "VERSION",
  "PERSON",
  "ORGANISATION",
  "SOFTWARE",
  "MODEL",
  "WORKFLOW_TEMPLATE",
  "MODEL_RUN_WORKFLOW_TEMPLATE",
  "DATASET",
  "DATASET_TEMPLATE",
] as const;
/** One of {@link ItemSubTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type ItemSubType = (typeof ItemSubTypeValues)[number] | UnknownString;

export interface LineageResponse {
  status: Status;
  record_count?: number | null;
  graph?: Record<string, unknown> | null;
}

export interface ModelRunDomainInfo {
  display_name: string;
  record_status: WorkflowRunCompletionStatus;
  record: ModelRunRecord;
  prov_serialisation: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

export interface ModelRunRecord {
  workflow_template_id: string;
  model_version?: string | null;
  inputs: TemplatedDataset[];
  outputs: TemplatedDataset[];
  annotations?: Record<string, string> | null;
  display_name: string;
  description: string;
  study_id?: string | null;
  associations: AssociationInfo;
  start_time: number;
  end_time: number;
}

export interface PostDeleteGraphRequest {
  record_id: string;
  /** @defaultValue false */
  trial_mode?: boolean | null;
}

export interface PostDeleteGraphResponse {
  diff: Record<string, unknown>[];
}

export interface PostUpdateModelRunInput {
  model_run_id: string;
  reason: string;
  record: ModelRunRecord;
}

export interface PostUpdateModelRunResponse {
  session_id: string;
}

export interface ProvenanceRecordInfo {
  id: string;
  prov_json: string;
  record: ModelRunRecord;
}

export const RecordTypeValues = ["SEED_ITEM", "COMPLETE_ITEM"] as const;
/** One of {@link RecordTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type RecordType = (typeof RecordTypeValues)[number] | UnknownString;

export interface RegisterBatchModelRunRequest {
  records: ModelRunRecord[];
}

export interface RegisterBatchModelRunResponse {
  status: Status;
  session_id?: string | null;
}

export interface RegisterModelRunResponse {
  status: Status;
  session_id?: string | null;
}

export interface SyncRegisterModelRunResponse {
  status: Status;
  record_info: ProvenanceRecordInfo;
}

export interface TemplatedDataset {
  dataset_template_id: string;
  dataset_id: string;
  dataset_type: DatasetType;
  resources?: Record<string, string> | null;
}

export interface VersioningInfo {
  previous_version?: string | null;
  version: number;
  reason?: string | null;
  next_version?: string | null;
}

export interface WorkflowLinks {
  create_activity_workflow_id?: string | null;
  version_activity_workflow_id?: string | null;
}

export const WorkflowRunCompletionStatusValues = ["INCOMPLETE", "COMPLETE", "LODGED"] as const;
/** One of {@link WorkflowRunCompletionStatusValues}; lenient parsing keeps values this SDK does not know yet. */
export type WorkflowRunCompletionStatus = (typeof WorkflowRunCompletionStatusValues)[number] | UnknownString;

// ---- Models ----

/** Every Prov model, as built for one validation mode. */
export interface ProvModelSet {
  readonly Status: z.ZodType<Status>;
  readonly StatusResponse: z.ZodType<StatusResponse>;
  readonly User: z.ZodType<User>;
  readonly HTTPValidationError: z.ZodType<HTTPValidationError>;
  readonly ValidationError: z.ZodType<ValidationError>;
  readonly AddStudyLinkResponse: z.ZodType<AddStudyLinkResponse>;
  readonly AssociationInfo: z.ZodType<AssociationInfo>;
  readonly Body_convert_model_runs_csv: z.ZodType<Body_convert_model_runs_csv>;
  readonly DatasetType: z.ZodType<DatasetType>;
  readonly TemplatedDataset: z.ZodType<TemplatedDataset>;
  readonly ModelRunRecord: z.ZodType<ModelRunRecord>;
  readonly ConvertModelRunsResponse: z.ZodType<ConvertModelRunsResponse>;
  readonly ItemSubType: z.ZodType<ItemSubType>;
  readonly GenerateReportRequest: z.ZodType<GenerateReportRequest>;
  readonly GenerateReportResponse: z.ZodType<GenerateReportResponse>;
  readonly WorkflowRunCompletionStatus: z.ZodType<WorkflowRunCompletionStatus>;
  readonly ModelRunDomainInfo: z.ZodType<ModelRunDomainInfo>;
  readonly HistoryEntry_ModelRunDomainInfo_: z.ZodType<HistoryEntry_ModelRunDomainInfo_>;
  readonly ItemCategory: z.ZodType<ItemCategory>;
  readonly RecordType: z.ZodType<RecordType>;
  readonly WorkflowLinks: z.ZodType<WorkflowLinks>;
  readonly VersioningInfo: z.ZodType<VersioningInfo>;
  readonly ItemModelRun: z.ZodType<ItemModelRun>;
  readonly LineageResponse: z.ZodType<LineageResponse>;
  readonly PostDeleteGraphRequest: z.ZodType<PostDeleteGraphRequest>;
  readonly PostDeleteGraphResponse: z.ZodType<PostDeleteGraphResponse>;
  readonly PostUpdateModelRunInput: z.ZodType<PostUpdateModelRunInput>;
  readonly PostUpdateModelRunResponse: z.ZodType<PostUpdateModelRunResponse>;
  readonly ProvenanceRecordInfo: z.ZodType<ProvenanceRecordInfo>;
  readonly RegisterBatchModelRunRequest: z.ZodType<RegisterBatchModelRunRequest>;
  readonly RegisterBatchModelRunResponse: z.ZodType<RegisterBatchModelRunResponse>;
  readonly RegisterModelRunResponse: z.ZodType<RegisterModelRunResponse>;
  readonly SyncRegisterModelRunResponse: z.ZodType<SyncRegisterModelRunResponse>;
}

export type ProvModelName = keyof ProvModelSet;

/** Models whose upstream class forbids unknown keys (`additionalProperties: false`). */
export const PROV_FORBIDS_EXTRA: ReadonlySet<ProvModelName> = new Set<ProvModelName>([]);

/** Field defaults from the spec, for building requests; parsing never fills them in. */
export const ProvDefaults = {
  ItemModelRun: {
    item_category: "ACTIVITY",
    item_subtype: "MODEL_RUN",
  },
  PostDeleteGraphRequest: {
    trial_mode: false,
  },
} as const;

/** Builds every Prov model for the kit's mode. Most callers want {@link ProvModels}. */
export function buildProvModels(k: ModelKit, options: BuildModelsOptions = {}): ProvModelSet {
  const { Status, StatusResponse, User, HTTPValidationError, ValidationError } = buildCommonModels(k, options);
  // A field that always carries one value for this model: checked in strict mode, the plain
  // enum in lenient mode so a server change never breaks parsing.
  const literalInStrict = <V extends string, T>(value: V, lenient: z.ZodType<T>): z.ZodType<T | V> => (k.mode === "strict" ? z.literal(value) : lenient);

  const AddStudyLinkResponse: z.ZodType<AddStudyLinkResponse> = k.object({
    status: Status,
    model_run_id: z.string(),
    study_id: z.string(),
    session_id: z.string(),
  });
  const AssociationInfo: z.ZodType<AssociationInfo> = k.object({
    modeller_id: z.string(),
    requesting_organisation_id: k.optional(z.string()),
  });
  const Body_convert_model_runs_csv: z.ZodType<Body_convert_model_runs_csv> = k.object({
    csv_file: z.instanceof(Blob),
  });
  const DatasetType: z.ZodType<DatasetType> = k.enum(DatasetTypeValues);
  const TemplatedDataset: z.ZodType<TemplatedDataset> = k.object({
    dataset_template_id: z.string(),
    dataset_id: z.string(),
    dataset_type: DatasetType,
    resources: k.optional(z.record(z.string(), z.string())),
  });
  const ModelRunRecord: z.ZodType<ModelRunRecord> = k.object({
    workflow_template_id: z.string(),
    model_version: k.optional(z.string()),
    inputs: z.array(TemplatedDataset),
    outputs: z.array(TemplatedDataset),
    annotations: k.optional(z.record(z.string(), z.string())),
    display_name: z.string(),
    description: z.string(),
    study_id: k.optional(z.string()),
    associations: AssociationInfo,
    start_time: z.number().int(),
    end_time: z.number().int(),
  });
  const ConvertModelRunsResponse: z.ZodType<ConvertModelRunsResponse> = k.object({
    status: Status,
    new_records: k.optional(z.array(ModelRunRecord)),
    existing_records: k.optional(z.array(z.string())),
    warnings: k.optional(z.array(z.string())),
  });
  const ItemSubType: z.ZodType<ItemSubType> = k.enum(ItemSubTypeValues);
  const GenerateReportRequest: z.ZodType<GenerateReportRequest> = k.object({
    id: z.string(),
    item_subtype: ItemSubType,
    depth: z.number().int().min(1).max(3),
  });
  const GenerateReportResponse: z.ZodType<GenerateReportResponse> = k.object({
    session_id: z.string(),
  });
  const WorkflowRunCompletionStatus: z.ZodType<WorkflowRunCompletionStatus> = k.enum(WorkflowRunCompletionStatusValues);
  const ModelRunDomainInfo: z.ZodType<ModelRunDomainInfo> = k.object({
    display_name: z.string(),
    record_status: WorkflowRunCompletionStatus,
    record: ModelRunRecord,
    prov_serialisation: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_ModelRunDomainInfo_: z.ZodType<HistoryEntry_ModelRunDomainInfo_> = k.object({
    id: z.number().int(),
    timestamp: z.number().int(),
    reason: z.string(),
    username: z.string(),
    item: ModelRunDomainInfo,
  });
  const ItemCategory: z.ZodType<ItemCategory> = k.enum(ItemCategoryValues);
  const RecordType: z.ZodType<RecordType> = k.enum(RecordTypeValues);
  const WorkflowLinks: z.ZodType<WorkflowLinks> = k.object({
    create_activity_workflow_id: k.optional(z.string()),
    version_activity_workflow_id: k.optional(z.string()),
  });
  const VersioningInfo: z.ZodType<VersioningInfo> = k.object({
    previous_version: k.optional(z.string()),
    version: z.number().int(),
    reason: k.optional(z.string()),
    next_version: k.optional(z.string()),
  });
  const ItemModelRun: z.ZodType<ItemModelRun> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    record_status: WorkflowRunCompletionStatus,
    record: ModelRunRecord,
    prov_serialisation: z.string(),
    history: z.array(HistoryEntry_ModelRunDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().int(),
    updated_timestamp: z.number().int(),
    item_category: k.optional(literalInStrict("ACTIVITY", ItemCategory)),
    item_subtype: k.optional(literalInStrict("MODEL_RUN", ItemSubType)),
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
  });
  const LineageResponse: z.ZodType<LineageResponse> = k.object({
    status: Status,
    record_count: k.optional(z.number().int()),
    graph: k.optional(z.record(z.string(), z.unknown())),
  });
  const PostDeleteGraphRequest: z.ZodType<PostDeleteGraphRequest> = k.object({
    record_id: z.string(),
    trial_mode: k.optional(z.boolean()),
  });
  const PostDeleteGraphResponse: z.ZodType<PostDeleteGraphResponse> = k.object({
    diff: z.array(z.record(z.string(), z.unknown())),
  });
  const PostUpdateModelRunInput: z.ZodType<PostUpdateModelRunInput> = k.object({
    model_run_id: z.string(),
    reason: z.string(),
    record: ModelRunRecord,
  });
  const PostUpdateModelRunResponse: z.ZodType<PostUpdateModelRunResponse> = k.object({
    session_id: z.string(),
  });
  const ProvenanceRecordInfo: z.ZodType<ProvenanceRecordInfo> = k.object({
    id: z.string(),
    prov_json: z.string(),
    record: ModelRunRecord,
  });
  const RegisterBatchModelRunRequest: z.ZodType<RegisterBatchModelRunRequest> = k.object({
    records: z.array(ModelRunRecord),
  });
  const RegisterBatchModelRunResponse: z.ZodType<RegisterBatchModelRunResponse> = k.object({
    status: Status,
    session_id: k.optional(z.string()),
  });
  const RegisterModelRunResponse: z.ZodType<RegisterModelRunResponse> = k.object({
    status: Status,
    session_id: k.optional(z.string()),
  });
  const SyncRegisterModelRunResponse: z.ZodType<SyncRegisterModelRunResponse> = k.object({
    status: Status,
    record_info: ProvenanceRecordInfo,
  });

  return {
    Status,
    StatusResponse,
    User,
    HTTPValidationError,
    ValidationError,
    AddStudyLinkResponse,
    AssociationInfo,
    Body_convert_model_runs_csv,
    DatasetType,
    TemplatedDataset,
    ModelRunRecord,
    ConvertModelRunsResponse,
    ItemSubType,
    GenerateReportRequest,
    GenerateReportResponse,
    WorkflowRunCompletionStatus,
    ModelRunDomainInfo,
    HistoryEntry_ModelRunDomainInfo_,
    ItemCategory,
    RecordType,
    WorkflowLinks,
    VersioningInfo,
    ItemModelRun,
    LineageResponse,
    PostDeleteGraphRequest,
    PostDeleteGraphResponse,
    PostUpdateModelRunInput,
    PostUpdateModelRunResponse,
    ProvenanceRecordInfo,
    RegisterBatchModelRunRequest,
    RegisterBatchModelRunResponse,
    RegisterModelRunResponse,
    SyncRegisterModelRunResponse,
  };
}

/** The Prov models, built lazily per mode: `ProvModels.lenient.X` (default) or `.strict.X` (tests). */
export const ProvModels: ModelSet<ProvModelSet> = defineModels((k) => buildProvModels(k));
