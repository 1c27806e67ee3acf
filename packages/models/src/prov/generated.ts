// GENERATED FILE: do not edit by hand.
// Source: specs/provena/prov.json (15 component schemas, plus 5 shared ones from @provena-sdk/http-core and 13 from ../registry/generated.js).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import * as z from "zod/mini";
import { type BuildModelsOptions, defineModel, defineModels, HTTPValidationErrorSchema, type ModelKit, type ModelSet, StatusResponseSchema, StatusSchema, UserSchema, ValidationErrorSchema } from "@provena-sdk/http-core";
import type { Status, StatusResponse, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
export type { Status, StatusResponse, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
import { AssociationInfoSchema, DatasetTypeSchema, TemplatedDatasetSchema, ModelRunRecordSchema, ItemSubTypeSchema, WorkflowRunCompletionStatusSchema, ModelRunDomainInfoSchema, HistoryEntry_ModelRunDomainInfo_Schema, ItemCategorySchema, RecordTypeSchema, WorkflowLinksSchema, VersioningInfoSchema, ItemModelRunSchema } from "../registry/generated.js";
import type { AssociationInfo, DatasetType, TemplatedDataset, ModelRunRecord, ItemSubType, WorkflowRunCompletionStatus, ModelRunDomainInfo, HistoryEntry_ModelRunDomainInfo_, ItemCategory, RecordType, WorkflowLinks, VersioningInfo, ItemModelRun } from "../registry/generated.js";
export { DatasetTypeValues, ItemSubTypeValues, WorkflowRunCompletionStatusValues, ItemCategoryValues, RecordTypeValues, AssociationInfoSchema, DatasetTypeSchema, TemplatedDatasetSchema, ModelRunRecordSchema, ItemSubTypeSchema, WorkflowRunCompletionStatusSchema, ModelRunDomainInfoSchema, HistoryEntry_ModelRunDomainInfo_Schema, ItemCategorySchema, RecordTypeSchema, WorkflowLinksSchema, VersioningInfoSchema, ItemModelRunSchema } from "../registry/generated.js";
export type { AssociationInfo, DatasetType, TemplatedDataset, ModelRunRecord, ItemSubType, WorkflowRunCompletionStatus, ModelRunDomainInfo, HistoryEntry_ModelRunDomainInfo_, ItemCategory, RecordType, WorkflowLinks, VersioningInfo, ItemModelRun } from "../registry/generated.js";

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

/** The `LineageResponse` model of the Prov API. */
export interface LineageResponse {
  /** Status */
  status: Status;
  /** Record Count */
  record_count?: number | null;
  /** Graph */
  graph?: Record<string, unknown> | null;
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

// ---- Models (each built on first use, per validation mode) ----

/** Validates a {@link AddStudyLinkResponse}; built on first use per validation mode (`AddStudyLinkResponseSchema("lenient")`). */
export const AddStudyLinkResponseSchema = /* @__PURE__ */ defineModel<AddStudyLinkResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      model_run_id: z.string(),
      study_id: z.string(),
      session_id: z.string(),
    }),
);

/** Validates a {@link Body_convert_model_runs_csv}; built on first use per validation mode (`Body_convert_model_runs_csvSchema("lenient")`). */
export const Body_convert_model_runs_csvSchema = /* @__PURE__ */ defineModel<Body_convert_model_runs_csv>((k, _o) =>
  k.object({
      csv_file: z.instanceof(Blob),
    }),
);

/** Validates a {@link ConvertModelRunsResponse}; built on first use per validation mode (`ConvertModelRunsResponseSchema("lenient")`). */
export const ConvertModelRunsResponseSchema = /* @__PURE__ */ defineModel<ConvertModelRunsResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      new_records: k.optional(z.array(ModelRunRecordSchema(k, o))),
      existing_records: k.optional(z.array(z.string())),
      warnings: k.optional(z.array(z.string())),
    }),
);

/** Validates a {@link GenerateReportRequest}; built on first use per validation mode (`GenerateReportRequestSchema("lenient")`). */
export const GenerateReportRequestSchema = /* @__PURE__ */ defineModel<GenerateReportRequest>((k, o) =>
  k.object({
      id: z.string(),
      item_subtype: ItemSubTypeSchema(k, o),
      depth: z.number().check(z.int(), z.gte(1), z.lte(3)),
    }),
);

/** Validates a {@link GenerateReportResponse}; built on first use per validation mode (`GenerateReportResponseSchema("lenient")`). */
export const GenerateReportResponseSchema = /* @__PURE__ */ defineModel<GenerateReportResponse>((k, _o) =>
  k.object({
      session_id: z.string(),
    }),
);

/** Validates a {@link LineageResponse}; built on first use per validation mode (`LineageResponseSchema("lenient")`). */
export const LineageResponseSchema = /* @__PURE__ */ defineModel<LineageResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      record_count: k.optional(z.number().check(z.int())),
      graph: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link PostDeleteGraphRequest}; built on first use per validation mode (`PostDeleteGraphRequestSchema("lenient")`). */
export const PostDeleteGraphRequestSchema = /* @__PURE__ */ defineModel<PostDeleteGraphRequest>((k, _o) =>
  k.object({
      record_id: z.string(),
      trial_mode: k.optional(z.boolean()),
    }),
);

/** Validates a {@link PostDeleteGraphResponse}; built on first use per validation mode (`PostDeleteGraphResponseSchema("lenient")`). */
export const PostDeleteGraphResponseSchema = /* @__PURE__ */ defineModel<PostDeleteGraphResponse>((k, _o) =>
  k.object({
      diff: z.array(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link PostUpdateModelRunInput}; built on first use per validation mode (`PostUpdateModelRunInputSchema("lenient")`). */
export const PostUpdateModelRunInputSchema = /* @__PURE__ */ defineModel<PostUpdateModelRunInput>((k, o) =>
  k.object({
      model_run_id: z.string(),
      reason: z.string(),
      record: ModelRunRecordSchema(k, o),
    }),
);

/** Validates a {@link PostUpdateModelRunResponse}; built on first use per validation mode (`PostUpdateModelRunResponseSchema("lenient")`). */
export const PostUpdateModelRunResponseSchema = /* @__PURE__ */ defineModel<PostUpdateModelRunResponse>((k, _o) =>
  k.object({
      session_id: z.string(),
    }),
);

/** Validates a {@link ProvenanceRecordInfo}; built on first use per validation mode (`ProvenanceRecordInfoSchema("lenient")`). */
export const ProvenanceRecordInfoSchema = /* @__PURE__ */ defineModel<ProvenanceRecordInfo>((k, o) =>
  k.object({
      id: z.string(),
      prov_json: z.string(),
      record: ModelRunRecordSchema(k, o),
    }),
);

/** Validates a {@link RegisterBatchModelRunRequest}; built on first use per validation mode (`RegisterBatchModelRunRequestSchema("lenient")`). */
export const RegisterBatchModelRunRequestSchema = /* @__PURE__ */ defineModel<RegisterBatchModelRunRequest>((k, o) =>
  k.object({
      records: z.array(ModelRunRecordSchema(k, o)),
    }),
);

/** Validates a {@link RegisterBatchModelRunResponse}; built on first use per validation mode (`RegisterBatchModelRunResponseSchema("lenient")`). */
export const RegisterBatchModelRunResponseSchema = /* @__PURE__ */ defineModel<RegisterBatchModelRunResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      session_id: k.optional(z.string()),
    }),
);

/** Validates a {@link RegisterModelRunResponse}; built on first use per validation mode (`RegisterModelRunResponseSchema("lenient")`). */
export const RegisterModelRunResponseSchema = /* @__PURE__ */ defineModel<RegisterModelRunResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      session_id: k.optional(z.string()),
    }),
);

/** Validates a {@link SyncRegisterModelRunResponse}; built on first use per validation mode (`SyncRegisterModelRunResponseSchema("lenient")`). */
export const SyncRegisterModelRunResponseSchema = /* @__PURE__ */ defineModel<SyncRegisterModelRunResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      record_info: ProvenanceRecordInfoSchema(k, o),
    }),
);

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
export const PROV_FORBIDS_EXTRA: ReadonlySet<ProvModelName> = /* @__PURE__ */ new Set<ProvModelName>([]);

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

/** Builds every Prov model for the kit's mode. Most callers want {@link ProvModels}, or one `<Name>Schema`. */
export function buildProvModels(k: ModelKit, options: BuildModelsOptions = {}): ProvModelSet {
  return {
    Status: StatusSchema(k, options),
    StatusResponse: StatusResponseSchema(k, options),
    User: UserSchema(k, options),
    HTTPValidationError: HTTPValidationErrorSchema(k, options),
    ValidationError: ValidationErrorSchema(k, options),
    AddStudyLinkResponse: AddStudyLinkResponseSchema(k, options),
    AssociationInfo: AssociationInfoSchema(k, options),
    Body_convert_model_runs_csv: Body_convert_model_runs_csvSchema(k, options),
    DatasetType: DatasetTypeSchema(k, options),
    TemplatedDataset: TemplatedDatasetSchema(k, options),
    ModelRunRecord: ModelRunRecordSchema(k, options),
    ConvertModelRunsResponse: ConvertModelRunsResponseSchema(k, options),
    ItemSubType: ItemSubTypeSchema(k, options),
    GenerateReportRequest: GenerateReportRequestSchema(k, options),
    GenerateReportResponse: GenerateReportResponseSchema(k, options),
    WorkflowRunCompletionStatus: WorkflowRunCompletionStatusSchema(k, options),
    ModelRunDomainInfo: ModelRunDomainInfoSchema(k, options),
    HistoryEntry_ModelRunDomainInfo_: HistoryEntry_ModelRunDomainInfo_Schema(k, options),
    ItemCategory: ItemCategorySchema(k, options),
    RecordType: RecordTypeSchema(k, options),
    WorkflowLinks: WorkflowLinksSchema(k, options),
    VersioningInfo: VersioningInfoSchema(k, options),
    ItemModelRun: ItemModelRunSchema(k, options),
    LineageResponse: LineageResponseSchema(k, options),
    PostDeleteGraphRequest: PostDeleteGraphRequestSchema(k, options),
    PostDeleteGraphResponse: PostDeleteGraphResponseSchema(k, options),
    PostUpdateModelRunInput: PostUpdateModelRunInputSchema(k, options),
    PostUpdateModelRunResponse: PostUpdateModelRunResponseSchema(k, options),
    ProvenanceRecordInfo: ProvenanceRecordInfoSchema(k, options),
    RegisterBatchModelRunRequest: RegisterBatchModelRunRequestSchema(k, options),
    RegisterBatchModelRunResponse: RegisterBatchModelRunResponseSchema(k, options),
    RegisterModelRunResponse: RegisterModelRunResponseSchema(k, options),
    SyncRegisterModelRunResponse: SyncRegisterModelRunResponseSchema(k, options),
  };
}

/** The Prov models, built lazily per mode: `ProvModels.lenient.X` (default) or `.strict.X` (tests). */
export const ProvModels: ModelSet<ProvModelSet> = /* @__PURE__ */ defineModels((k) => buildProvModels(k));
