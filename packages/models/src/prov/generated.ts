// GENERATED FILE: do not edit by hand.
// Source: specs/provena/prov.json (28 component schemas, plus 5 shared ones from @provena-sdk/http-core).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import * as z from "zod/mini";
import { buildCommonModels, type BuildModelsOptions, defineModels, type ModelKit, type ModelSet, type UnknownString } from "@provena-sdk/http-core";
import type { Status, StatusResponse, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
export type { Status, StatusResponse, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";

// ---- Types (what parsing returns in lenient mode; strict mode returns a subset) ----

/** The `AddStudyLinkResponse` model of the Prov API. */
export interface AddStudyLinkResponse {
  /** Status */
  status: Status;
  /** Model Run Id */
  model_run_id: string;
  /** Study Id */
  study_id: string;
  /** Session Id */
  session_id: string;
}

/** The `AssociationInfo` model of the Prov API. */
export interface AssociationInfo {
  /** Modeller Id */
  modeller_id: string;
  /** Requesting Organisation Id */
  requesting_organisation_id?: string | null;
}

/** The `Body_convert_model_runs_csv` model of the Prov API. */
export interface Body_convert_model_runs_csv {
  /** Csv File */
  csv_file: Blob;
}

/** The `ConvertModelRunsResponse` model of the Prov API. */
export interface ConvertModelRunsResponse {
  /** Status */
  status: Status;
  /** New Records */
  new_records?: ModelRunRecord[] | null;
  /** Existing Records */
  existing_records?: string[] | null;
  /** Warnings */
  warnings?: string[] | null;
}

/** The `DatasetType` model of the Prov API. */
export const DatasetTypeValues = ["DATA_STORE"] as const;
/** One of {@link DatasetTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type DatasetType = (typeof DatasetTypeValues)[number] | UnknownString;

/** The `GenerateReportRequest` model of the Prov API. */
export interface GenerateReportRequest {
  /** Id */
  id: string;
  /** Item Subtype */
  item_subtype: ItemSubType;
  /** Depth */
  depth: number;
}

/** The `GenerateReportResponse` model of the Prov API. */
export interface GenerateReportResponse {
  /** Session Id */
  session_id: string;
}

/** HistoryEntry[ModelRunDomainInfo] */
export interface HistoryEntry_ModelRunDomainInfo_ {
  /** Id */
  id: number;
  /** Timestamp */
  timestamp: number;
  /** Reason */
  reason: string;
  /** Username */
  username: string;
  /** Item */
  item: ModelRunDomainInfo;
}

/** The `ItemCategory` model of the Prov API. */
export const ItemCategoryValues = ["ACTIVITY", "AGENT", "ENTITY"] as const;
/** One of {@link ItemCategoryValues}; lenient parsing keeps values this SDK does not know yet. */
export type ItemCategory = (typeof ItemCategoryValues)[number] | UnknownString;

/** The `ItemModelRun` model of the Prov API. */
export interface ItemModelRun {
  /** Display Name */
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  /** Record Status */
  record_status: WorkflowRunCompletionStatus;
  /** Record */
  record: ModelRunRecord;
  /** Prov Serialisation */
  prov_serialisation: string;
  /** History */
  history: HistoryEntry_ModelRunDomainInfo_[];
  /** Id */
  id: string;
  /** Owner Username */
  owner_username: string;
  /** Created Timestamp */
  created_timestamp: number;
  /** Updated Timestamp */
  updated_timestamp: number;
  /**
   * Item Category
   * @defaultValue "ACTIVITY"
   */
  item_category?: ItemCategory | null;
  /**
   * Item Subtype
   * @defaultValue "MODEL_RUN"
   */
  item_subtype?: ItemSubType | null;
  /** Record Type */
  record_type: RecordType;
  /** Workflow Links */
  workflow_links?: WorkflowLinks | null;
  /** Versioning Info */
  versioning_info?: VersioningInfo | null;
}

/** The `ItemSubType` model of the Prov API. */
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

/** The `LineageResponse` model of the Prov API. */
export interface LineageResponse {
  /** Status */
  status: Status;
  /** Record Count */
  record_count?: number | null;
  /** Graph */
  graph?: Record<string, unknown> | null;
}

/** The `ModelRunDomainInfo` model of the Prov API. */
export interface ModelRunDomainInfo {
  /** Display Name */
  display_name: string;
  /** Record Status */
  record_status: WorkflowRunCompletionStatus;
  /** Record */
  record: ModelRunRecord;
  /** Prov Serialisation */
  prov_serialisation: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

/** The `ModelRunRecord` model of the Prov API. */
export interface ModelRunRecord {
  /** Workflow Template Id */
  workflow_template_id: string;
  /** Model Version */
  model_version?: string | null;
  /** Inputs */
  inputs: TemplatedDataset[];
  /** Outputs */
  outputs: TemplatedDataset[];
  /** Annotations */
  annotations?: Record<string, string> | null;
  /** Display Name */
  display_name: string;
  /** Description */
  description: string;
  /** Study Id */
  study_id?: string | null;
  /** Associations */
  associations: AssociationInfo;
  /** Start Time */
  start_time: number;
  /** End Time */
  end_time: number;
}

/** The `PostDeleteGraphRequest` model of the Prov API. */
export interface PostDeleteGraphRequest {
  /** Record Id */
  record_id: string;
  /**
   * Trial Mode
   * @defaultValue false
   */
  trial_mode?: boolean | null;
}

/** The `PostDeleteGraphResponse` model of the Prov API. */
export interface PostDeleteGraphResponse {
  /** Diff */
  diff: Record<string, unknown>[];
}

/** The `PostUpdateModelRunInput` model of the Prov API. */
export interface PostUpdateModelRunInput {
  /** Model Run Id */
  model_run_id: string;
  /** Reason */
  reason: string;
  /** Record */
  record: ModelRunRecord;
}

/** The `PostUpdateModelRunResponse` model of the Prov API. */
export interface PostUpdateModelRunResponse {
  /** Session Id */
  session_id: string;
}

/** The `ProvenanceRecordInfo` model of the Prov API. */
export interface ProvenanceRecordInfo {
  /** Id */
  id: string;
  /** Prov Json */
  prov_json: string;
  /** Record */
  record: ModelRunRecord;
}

/** The `RecordType` model of the Prov API. */
export const RecordTypeValues = ["SEED_ITEM", "COMPLETE_ITEM"] as const;
/** One of {@link RecordTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type RecordType = (typeof RecordTypeValues)[number] | UnknownString;

/** The `RegisterBatchModelRunRequest` model of the Prov API. */
export interface RegisterBatchModelRunRequest {
  /** Records */
  records: ModelRunRecord[];
}

/** The `RegisterBatchModelRunResponse` model of the Prov API. */
export interface RegisterBatchModelRunResponse {
  /** Status */
  status: Status;
  /** Session Id */
  session_id?: string | null;
}

/** The `RegisterModelRunResponse` model of the Prov API. */
export interface RegisterModelRunResponse {
  /** Status */
  status: Status;
  /** Session Id */
  session_id?: string | null;
}

/** The `SyncRegisterModelRunResponse` model of the Prov API. */
export interface SyncRegisterModelRunResponse {
  /** Status */
  status: Status;
  /** Record Info */
  record_info: ProvenanceRecordInfo;
}

/** The `TemplatedDataset` model of the Prov API. */
export interface TemplatedDataset {
  /** Dataset Template Id */
  dataset_template_id: string;
  /** Dataset Id */
  dataset_id: string;
  /** Dataset Type */
  dataset_type: DatasetType;
  /** Resources */
  resources?: Record<string, string> | null;
}

/** The `VersioningInfo` model of the Prov API. */
export interface VersioningInfo {
  /** Previous Version */
  previous_version?: string | null;
  /** Version */
  version: number;
  /** Reason */
  reason?: string | null;
  /** Next Version */
  next_version?: string | null;
}

/** The `WorkflowLinks` model of the Prov API. */
export interface WorkflowLinks {
  /** Create Activity Workflow Id */
  create_activity_workflow_id?: string | null;
  /** Version Activity Workflow Id */
  version_activity_workflow_id?: string | null;
}

/** The `WorkflowRunCompletionStatus` model of the Prov API. */
export const WorkflowRunCompletionStatusValues = ["INCOMPLETE", "COMPLETE", "LODGED"] as const;
/** One of {@link WorkflowRunCompletionStatusValues}; lenient parsing keeps values this SDK does not know yet. */
export type WorkflowRunCompletionStatus = (typeof WorkflowRunCompletionStatusValues)[number] | UnknownString;

// ---- Models ----

/** Every Prov model, as built for one validation mode. */
export interface ProvModelSet {
  /** Validates a {@link Status}. */
  readonly Status: z.ZodMiniType<Status>;
  /** Validates a {@link StatusResponse}. */
  readonly StatusResponse: z.ZodMiniType<StatusResponse>;
  /** Validates a {@link User}. */
  readonly User: z.ZodMiniType<User>;
  /** Validates a {@link HTTPValidationError}. */
  readonly HTTPValidationError: z.ZodMiniType<HTTPValidationError>;
  /** Validates a {@link ValidationError}. */
  readonly ValidationError: z.ZodMiniType<ValidationError>;
  /** Validates a {@link AddStudyLinkResponse}. */
  readonly AddStudyLinkResponse: z.ZodMiniType<AddStudyLinkResponse>;
  /** Validates a {@link AssociationInfo}. */
  readonly AssociationInfo: z.ZodMiniType<AssociationInfo>;
  /** Validates a {@link Body_convert_model_runs_csv}. */
  readonly Body_convert_model_runs_csv: z.ZodMiniType<Body_convert_model_runs_csv>;
  /** Validates a {@link DatasetType}. */
  readonly DatasetType: z.ZodMiniType<DatasetType>;
  /** Validates a {@link TemplatedDataset}. */
  readonly TemplatedDataset: z.ZodMiniType<TemplatedDataset>;
  /** Validates a {@link ModelRunRecord}. */
  readonly ModelRunRecord: z.ZodMiniType<ModelRunRecord>;
  /** Validates a {@link ConvertModelRunsResponse}. */
  readonly ConvertModelRunsResponse: z.ZodMiniType<ConvertModelRunsResponse>;
  /** Validates a {@link ItemSubType}. */
  readonly ItemSubType: z.ZodMiniType<ItemSubType>;
  /** Validates a {@link GenerateReportRequest}. */
  readonly GenerateReportRequest: z.ZodMiniType<GenerateReportRequest>;
  /** Validates a {@link GenerateReportResponse}. */
  readonly GenerateReportResponse: z.ZodMiniType<GenerateReportResponse>;
  /** Validates a {@link WorkflowRunCompletionStatus}. */
  readonly WorkflowRunCompletionStatus: z.ZodMiniType<WorkflowRunCompletionStatus>;
  /** Validates a {@link ModelRunDomainInfo}. */
  readonly ModelRunDomainInfo: z.ZodMiniType<ModelRunDomainInfo>;
  /** Validates a {@link HistoryEntry_ModelRunDomainInfo_}. */
  readonly HistoryEntry_ModelRunDomainInfo_: z.ZodMiniType<HistoryEntry_ModelRunDomainInfo_>;
  /** Validates a {@link ItemCategory}. */
  readonly ItemCategory: z.ZodMiniType<ItemCategory>;
  /** Validates a {@link RecordType}. */
  readonly RecordType: z.ZodMiniType<RecordType>;
  /** Validates a {@link WorkflowLinks}. */
  readonly WorkflowLinks: z.ZodMiniType<WorkflowLinks>;
  /** Validates a {@link VersioningInfo}. */
  readonly VersioningInfo: z.ZodMiniType<VersioningInfo>;
  /** Validates a {@link ItemModelRun}. */
  readonly ItemModelRun: z.ZodMiniType<ItemModelRun>;
  /** Validates a {@link LineageResponse}. */
  readonly LineageResponse: z.ZodMiniType<LineageResponse>;
  /** Validates a {@link PostDeleteGraphRequest}. */
  readonly PostDeleteGraphRequest: z.ZodMiniType<PostDeleteGraphRequest>;
  /** Validates a {@link PostDeleteGraphResponse}. */
  readonly PostDeleteGraphResponse: z.ZodMiniType<PostDeleteGraphResponse>;
  /** Validates a {@link PostUpdateModelRunInput}. */
  readonly PostUpdateModelRunInput: z.ZodMiniType<PostUpdateModelRunInput>;
  /** Validates a {@link PostUpdateModelRunResponse}. */
  readonly PostUpdateModelRunResponse: z.ZodMiniType<PostUpdateModelRunResponse>;
  /** Validates a {@link ProvenanceRecordInfo}. */
  readonly ProvenanceRecordInfo: z.ZodMiniType<ProvenanceRecordInfo>;
  /** Validates a {@link RegisterBatchModelRunRequest}. */
  readonly RegisterBatchModelRunRequest: z.ZodMiniType<RegisterBatchModelRunRequest>;
  /** Validates a {@link RegisterBatchModelRunResponse}. */
  readonly RegisterBatchModelRunResponse: z.ZodMiniType<RegisterBatchModelRunResponse>;
  /** Validates a {@link RegisterModelRunResponse}. */
  readonly RegisterModelRunResponse: z.ZodMiniType<RegisterModelRunResponse>;
  /** Validates a {@link SyncRegisterModelRunResponse}. */
  readonly SyncRegisterModelRunResponse: z.ZodMiniType<SyncRegisterModelRunResponse>;
}

/** The name of one Prov model. */
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
  const literalInStrict = <V extends string, T>(value: V, lenient: z.ZodMiniType<T>): z.ZodMiniType<T | V> => (k.mode === "strict" ? z.literal(value) : lenient);

  const AddStudyLinkResponse: z.ZodMiniType<AddStudyLinkResponse> = k.object({
    status: Status,
    model_run_id: z.string(),
    study_id: z.string(),
    session_id: z.string(),
  });
  const AssociationInfo: z.ZodMiniType<AssociationInfo> = k.object({
    modeller_id: z.string(),
    requesting_organisation_id: k.optional(z.string()),
  });
  const Body_convert_model_runs_csv: z.ZodMiniType<Body_convert_model_runs_csv> = k.object({
    csv_file: z.instanceof(Blob),
  });
  const DatasetType: z.ZodMiniType<DatasetType> = k.enum(DatasetTypeValues);
  const TemplatedDataset: z.ZodMiniType<TemplatedDataset> = k.object({
    dataset_template_id: z.string(),
    dataset_id: z.string(),
    dataset_type: DatasetType,
    resources: k.optional(z.record(z.string(), z.string())),
  });
  const ModelRunRecord: z.ZodMiniType<ModelRunRecord> = k.object({
    workflow_template_id: z.string(),
    model_version: k.optional(z.string()),
    inputs: z.array(TemplatedDataset),
    outputs: z.array(TemplatedDataset),
    annotations: k.optional(z.record(z.string(), z.string())),
    display_name: z.string(),
    description: z.string(),
    study_id: k.optional(z.string()),
    associations: AssociationInfo,
    start_time: z.number().check(z.int()),
    end_time: z.number().check(z.int()),
  });
  const ConvertModelRunsResponse: z.ZodMiniType<ConvertModelRunsResponse> = k.object({
    status: Status,
    new_records: k.optional(z.array(ModelRunRecord)),
    existing_records: k.optional(z.array(z.string())),
    warnings: k.optional(z.array(z.string())),
  });
  const ItemSubType: z.ZodMiniType<ItemSubType> = k.enum(ItemSubTypeValues);
  const GenerateReportRequest: z.ZodMiniType<GenerateReportRequest> = k.object({
    id: z.string(),
    item_subtype: ItemSubType,
    depth: z.number().check(z.int(), z.gte(1), z.lte(3)),
  });
  const GenerateReportResponse: z.ZodMiniType<GenerateReportResponse> = k.object({
    session_id: z.string(),
  });
  const WorkflowRunCompletionStatus: z.ZodMiniType<WorkflowRunCompletionStatus> = k.enum(WorkflowRunCompletionStatusValues);
  const ModelRunDomainInfo: z.ZodMiniType<ModelRunDomainInfo> = k.object({
    display_name: z.string(),
    record_status: WorkflowRunCompletionStatus,
    record: ModelRunRecord,
    prov_serialisation: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_ModelRunDomainInfo_: z.ZodMiniType<HistoryEntry_ModelRunDomainInfo_> = k.object({
    id: z.number().check(z.int()),
    timestamp: z.number().check(z.int()),
    reason: z.string(),
    username: z.string(),
    item: ModelRunDomainInfo,
  });
  const ItemCategory: z.ZodMiniType<ItemCategory> = k.enum(ItemCategoryValues);
  const RecordType: z.ZodMiniType<RecordType> = k.enum(RecordTypeValues);
  const WorkflowLinks: z.ZodMiniType<WorkflowLinks> = k.object({
    create_activity_workflow_id: k.optional(z.string()),
    version_activity_workflow_id: k.optional(z.string()),
  });
  const VersioningInfo: z.ZodMiniType<VersioningInfo> = k.object({
    previous_version: k.optional(z.string()),
    version: z.number().check(z.int()),
    reason: k.optional(z.string()),
    next_version: k.optional(z.string()),
  });
  const ItemModelRun: z.ZodMiniType<ItemModelRun> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    record_status: WorkflowRunCompletionStatus,
    record: ModelRunRecord,
    prov_serialisation: z.string(),
    history: z.array(HistoryEntry_ModelRunDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().check(z.int()),
    updated_timestamp: z.number().check(z.int()),
    item_category: k.optional(literalInStrict("ACTIVITY", ItemCategory)),
    item_subtype: k.optional(literalInStrict("MODEL_RUN", ItemSubType)),
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
  });
  const LineageResponse: z.ZodMiniType<LineageResponse> = k.object({
    status: Status,
    record_count: k.optional(z.number().check(z.int())),
    graph: k.optional(z.record(z.string(), z.unknown())),
  });
  const PostDeleteGraphRequest: z.ZodMiniType<PostDeleteGraphRequest> = k.object({
    record_id: z.string(),
    trial_mode: k.optional(z.boolean()),
  });
  const PostDeleteGraphResponse: z.ZodMiniType<PostDeleteGraphResponse> = k.object({
    diff: z.array(z.record(z.string(), z.unknown())),
  });
  const PostUpdateModelRunInput: z.ZodMiniType<PostUpdateModelRunInput> = k.object({
    model_run_id: z.string(),
    reason: z.string(),
    record: ModelRunRecord,
  });
  const PostUpdateModelRunResponse: z.ZodMiniType<PostUpdateModelRunResponse> = k.object({
    session_id: z.string(),
  });
  const ProvenanceRecordInfo: z.ZodMiniType<ProvenanceRecordInfo> = k.object({
    id: z.string(),
    prov_json: z.string(),
    record: ModelRunRecord,
  });
  const RegisterBatchModelRunRequest: z.ZodMiniType<RegisterBatchModelRunRequest> = k.object({
    records: z.array(ModelRunRecord),
  });
  const RegisterBatchModelRunResponse: z.ZodMiniType<RegisterBatchModelRunResponse> = k.object({
    status: Status,
    session_id: k.optional(z.string()),
  });
  const RegisterModelRunResponse: z.ZodMiniType<RegisterModelRunResponse> = k.object({
    status: Status,
    session_id: k.optional(z.string()),
  });
  const SyncRegisterModelRunResponse: z.ZodMiniType<SyncRegisterModelRunResponse> = k.object({
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
