// GENERATED FILE: do not edit by hand.
// Source: specs/provena/data-store.json (48 component schemas, plus 4 shared ones from @provena-sdk/http-core).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import { z } from "zod";
import { buildCommonModels, type BuildModelsOptions, defineModels, type ModelKit, type ModelSet, type UnknownString } from "@provena-sdk/http-core";
import type { Status, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
export type { Status, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";

// ---- Types (what parsing returns in lenient mode; strict mode returns a subset) ----

/**
 * Access Info
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface AccessInfo {
  /**
   * Data Storage
   * @defaultValue true
   */
  reposited?: boolean | null;
  /** Dataset URI */
  uri?: string | null;
  /** Access Description */
  description?: string | null;
}

export interface ActionApprovalRequest {
  dataset_id: string;
  approve: boolean;
  notes: string;
}

export interface ActionApprovalRequestResponse {
  dataset_id: string;
  approved: boolean;
  details: string;
}

/**
 * Dataset Metadata
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface CollectionFormat {
  associations: CollectionFormatAssociations;
  approvals: CollectionFormatApprovals;
  dataset_info: CollectionFormatDatasetInfo;
}

/**
 * Dataset Approvals
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface CollectionFormatApprovals {
  ethics_registration: DatasetEthicsRegistrationCheck;
  ethics_access: DatasetEthicsAccessCheck;
  indigenous_knowledge: IndigenousKnowledgeCheck;
  export_controls: ExportControls;
}

/**
 * Dataset Associations
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface CollectionFormatAssociations {
  /** Record Creator Organisation */
  organisation_id: string;
  /** Dataset Custodian */
  data_custodian_id?: string | null;
  point_of_contact?: string | null;
}

/**
 * Dataset Information
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface CollectionFormatDatasetInfo {
  /** Dataset name */
  name: string;
  description: string;
  access_info: AccessInfo;
  /** Publisher */
  publisher_id: string;
  created_date: CreatedDate;
  published_date: PublishedDate;
  /** Usage license */
  license: string;
  /** Dataset Purpose */
  purpose?: string | null;
  /** Dataset Rights Holder */
  rights_holder?: string | null;
  usage_limitations?: string | null;
  /** Preferred dataset citation */
  preferred_citation?: string | null;
  spatial_info?: CollectionFormatSpatialInfo | null;
  temporal_info?: CollectionFormatTemporalInfo | null;
  /** Dataset File Formats */
  formats?: string[] | null;
  keywords?: string[] | null;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

/**
 * Dataset Spatial Information
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface CollectionFormatSpatialInfo {
  /** Spatial Coverage */
  coverage?: string | null;
  /** Spatial Resolution */
  resolution?: string | null;
  /** Spatial Extent */
  extent?: string | null;
}

/**
 * Dataset Temporal Information
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface CollectionFormatTemporalInfo {
  duration?: TemporalDurationInfo | null;
  /** Temporal Resolution */
  resolution?: string | null;
}

/**
 * Dataset Creation Date
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface CreatedDate {
  /** @defaultValue false */
  relevant?: boolean | null;
  value?: string | null;
}

export interface CredentialResponse {
  status: Status;
  credentials: Credentials;
  console_session_url?: string | null;
}

export interface Credentials {
  aws_access_key_id: string;
  aws_secret_access_key: string;
  aws_session_token: string;
  expiry: string;
}

export interface CredentialsRequest {
  dataset_id: string;
  console_session_required: boolean;
}

export interface DatasetDomainInfo {
  display_name: string;
  collection_format: CollectionFormat;
  s3: S3Location;
  /** @defaultValue [] */
  release_history?: ReleaseHistoryEntry[] | null;
  release_status: ReleasedStatus;
  release_approver?: string | null;
  release_timestamp?: number | null;
  access_info_uri?: string | null;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

/**
 * Dataset Access Ethics and Privacy
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface DatasetEthicsAccessCheck {
  /** @defaultValue false */
  relevant?: boolean | null;
  /** @defaultValue false */
  obtained?: boolean | null;
}

/**
 * Dataset Registration Ethics and Privacy
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface DatasetEthicsRegistrationCheck {
  /** @defaultValue false */
  relevant?: boolean | null;
  /** @defaultValue false */
  obtained?: boolean | null;
}

export interface DatasetListResponse {
  status: Status;
  items?: ItemDataset[] | null;
  seed_items?: SeededItem[] | null;
  unparsable_items?: Record<string, unknown>[] | null;
  total_item_count?: number | null;
  complete_item_count?: number | null;
  seed_item_count?: number | null;
  unparsable_item_count?: number | null;
  not_authorised_count?: number | null;
  pagination_key?: Record<string, unknown> | null;
}

/**
 * Export Controls
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface ExportControls {
  /** @defaultValue false */
  relevant?: boolean | null;
  /** @defaultValue false */
  obtained?: boolean | null;
}

/** HistoryEntry[DatasetDomainInfo] */
export interface HistoryEntry_DatasetDomainInfo_ {
  id: number;
  timestamp: number;
  reason: string;
  username: string;
  item: DatasetDomainInfo;
}

/**
 * Indigenous Knowledge and Consent
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface IndigenousKnowledgeCheck {
  /** @defaultValue false */
  relevant?: boolean | null;
  /** @defaultValue false */
  obtained?: boolean | null;
}

export const ItemCategoryValues = ["ACTIVITY", "AGENT", "ENTITY"] as const;
/** One of {@link ItemCategoryValues}; lenient parsing keeps values this SDK does not know yet. */
export type ItemCategory = (typeof ItemCategoryValues)[number] | UnknownString;

export interface ItemDataset {
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  collection_format: CollectionFormat;
  s3: S3Location;
  /** @defaultValue [] */
  release_history?: ReleaseHistoryEntry[] | null;
  release_status: ReleasedStatus;
  release_approver?: string | null;
  release_timestamp?: number | null;
  access_info_uri?: string | null;
  history: HistoryEntry_DatasetDomainInfo_[];
  id: string;
  owner_username: string;
  created_timestamp: number;
  updated_timestamp: number;
  /** @defaultValue "ENTITY" */
  item_category?: ItemCategory | null;
  /** @defaultValue "DATASET" */
  item_subtype?: ItemSubType | null;
  record_type: RecordType;
  workflow_links?: WorkflowLinks | null;
  versioning_info?: VersioningInfo | null;
}

export interface ItemRevertRequest {
  id: string;
  history_id: number;
  reason: string;
}

export interface ItemRevertResponse {
  status: Status;
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

export interface MintResponse {
  status: Status;
  handle?: string | null;
  s3_location?: S3Location | null;
  register_create_activity_session_id?: string | null;
}

export interface NoFilterSubtypeListRequest {
  sort_by?: SortOptions | null;
  pagination_key?: Record<string, unknown> | null;
  /** @defaultValue 20 */
  page_size?: number | null;
}

export interface PresignedURLRequest {
  dataset_id: string;
  file_path: string;
  /** @defaultValue 10800 */
  expires_in?: number | null;
}

export interface PresignedURLResponse {
  dataset_id: string;
  file_path: string;
  presigned_url: string;
}

/**
 * Dataset Publication Date
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface PublishedDate {
  /** @defaultValue false */
  relevant?: boolean | null;
  value?: string | null;
}

export const RecordTypeValues = ["SEED_ITEM", "COMPLETE_ITEM"] as const;
/** One of {@link RecordTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type RecordType = (typeof RecordTypeValues)[number] | UnknownString;

export interface RegistryFetchResponse {
  status: Status;
  item?: ItemDataset | null;
  roles?: string[] | null;
  locked?: boolean | null;
}

export const ReleaseActionValues = ["REQUEST", "APPROVE", "REJECT"] as const;
/** One of {@link ReleaseActionValues}; lenient parsing keeps values this SDK does not know yet. */
export type ReleaseAction = (typeof ReleaseActionValues)[number] | UnknownString;

export interface ReleaseApprovalRequest {
  dataset_id: string;
  approver_id: string;
  notes: string;
}

export interface ReleaseApprovalRequestResponse {
  dataset_id: string;
  approver_id: string;
  details: string;
}

export interface ReleaseHistoryEntry {
  action: ReleaseAction;
  timestamp: number;
  approver: string;
  requester?: string | null;
  notes: string;
}

export const ReleasedStatusValues = ["NOT_RELEASED", "PENDING", "RELEASED"] as const;
/** One of {@link ReleasedStatusValues}; lenient parsing keeps values this SDK does not know yet. */
export type ReleasedStatus = (typeof ReleasedStatusValues)[number] | UnknownString;

export interface S3Location {
  bucket_name: string;
  path: string;
  s3_uri: string;
}

export interface Schema {
  json_schema: Record<string, unknown>;
}

export interface SeededItem {
  id: string;
  owner_username: string;
  created_timestamp: number;
  updated_timestamp: number;
  item_category: ItemCategory;
  item_subtype: ItemSubType;
  record_type: RecordType;
  workflow_links?: WorkflowLinks | null;
  versioning_info?: VersioningInfo | null;
}

export interface SortOptions {
  sort_type?: SortType | null;
  /** @defaultValue false */
  ascending?: boolean | null;
  begins_with?: string | null;
}

export const SortTypeValues = [
  "CREATED_TIME",
  "UPDATED_TIME",
  "DISPLAY_NAME",
  "RELEASE_TIMESTAMP",
  "ACCESS_INFO_URI_BEGINS_WITH",
] as const;
/** One of {@link SortTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type SortType = (typeof SortTypeValues)[number] | UnknownString;

/**
 * Temporal Duration
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface TemporalDurationInfo {
  /** Start Date */
  begin_date: string;
  end_date: string;
}

export interface UpdateMetadataResponse {
  status: Status;
  handle: string;
  s3_location: S3Location;
}

export interface VersionRequest {
  id: string;
  reason: string;
}

export interface VersionResponse {
  new_version_id: string;
  version_job_session_id: string;
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

// ---- Models ----

/** Every Datastore model, as built for one validation mode. */
export interface DatastoreModelSet {
  readonly Status: z.ZodType<Status>;
  readonly User: z.ZodType<User>;
  readonly HTTPValidationError: z.ZodType<HTTPValidationError>;
  readonly ValidationError: z.ZodType<ValidationError>;
  readonly AccessInfo: z.ZodType<AccessInfo>;
  readonly ActionApprovalRequest: z.ZodType<ActionApprovalRequest>;
  readonly ActionApprovalRequestResponse: z.ZodType<ActionApprovalRequestResponse>;
  readonly CollectionFormatAssociations: z.ZodType<CollectionFormatAssociations>;
  readonly DatasetEthicsRegistrationCheck: z.ZodType<DatasetEthicsRegistrationCheck>;
  readonly DatasetEthicsAccessCheck: z.ZodType<DatasetEthicsAccessCheck>;
  readonly IndigenousKnowledgeCheck: z.ZodType<IndigenousKnowledgeCheck>;
  readonly ExportControls: z.ZodType<ExportControls>;
  readonly CollectionFormatApprovals: z.ZodType<CollectionFormatApprovals>;
  readonly CreatedDate: z.ZodType<CreatedDate>;
  readonly PublishedDate: z.ZodType<PublishedDate>;
  readonly CollectionFormatSpatialInfo: z.ZodType<CollectionFormatSpatialInfo>;
  readonly TemporalDurationInfo: z.ZodType<TemporalDurationInfo>;
  readonly CollectionFormatTemporalInfo: z.ZodType<CollectionFormatTemporalInfo>;
  readonly CollectionFormatDatasetInfo: z.ZodType<CollectionFormatDatasetInfo>;
  readonly CollectionFormat: z.ZodType<CollectionFormat>;
  readonly Credentials: z.ZodType<Credentials>;
  readonly CredentialResponse: z.ZodType<CredentialResponse>;
  readonly CredentialsRequest: z.ZodType<CredentialsRequest>;
  readonly S3Location: z.ZodType<S3Location>;
  readonly ReleaseAction: z.ZodType<ReleaseAction>;
  readonly ReleaseHistoryEntry: z.ZodType<ReleaseHistoryEntry>;
  readonly ReleasedStatus: z.ZodType<ReleasedStatus>;
  readonly DatasetDomainInfo: z.ZodType<DatasetDomainInfo>;
  readonly HistoryEntry_DatasetDomainInfo_: z.ZodType<HistoryEntry_DatasetDomainInfo_>;
  readonly ItemCategory: z.ZodType<ItemCategory>;
  readonly ItemSubType: z.ZodType<ItemSubType>;
  readonly RecordType: z.ZodType<RecordType>;
  readonly WorkflowLinks: z.ZodType<WorkflowLinks>;
  readonly VersioningInfo: z.ZodType<VersioningInfo>;
  readonly ItemDataset: z.ZodType<ItemDataset>;
  readonly SeededItem: z.ZodType<SeededItem>;
  readonly DatasetListResponse: z.ZodType<DatasetListResponse>;
  readonly ItemRevertRequest: z.ZodType<ItemRevertRequest>;
  readonly ItemRevertResponse: z.ZodType<ItemRevertResponse>;
  readonly MintResponse: z.ZodType<MintResponse>;
  readonly SortType: z.ZodType<SortType>;
  readonly SortOptions: z.ZodType<SortOptions>;
  readonly NoFilterSubtypeListRequest: z.ZodType<NoFilterSubtypeListRequest>;
  readonly PresignedURLRequest: z.ZodType<PresignedURLRequest>;
  readonly PresignedURLResponse: z.ZodType<PresignedURLResponse>;
  readonly RegistryFetchResponse: z.ZodType<RegistryFetchResponse>;
  readonly ReleaseApprovalRequest: z.ZodType<ReleaseApprovalRequest>;
  readonly ReleaseApprovalRequestResponse: z.ZodType<ReleaseApprovalRequestResponse>;
  readonly Schema: z.ZodType<Schema>;
  readonly UpdateMetadataResponse: z.ZodType<UpdateMetadataResponse>;
  readonly VersionRequest: z.ZodType<VersionRequest>;
  readonly VersionResponse: z.ZodType<VersionResponse>;
}

export type DatastoreModelName = keyof DatastoreModelSet;

/** Models whose upstream class forbids unknown keys (`additionalProperties: false`). */
export const DATASTORE_FORBIDS_EXTRA: ReadonlySet<DatastoreModelName> = new Set<DatastoreModelName>(["AccessInfo", "CollectionFormatAssociations", "DatasetEthicsRegistrationCheck", "DatasetEthicsAccessCheck", "IndigenousKnowledgeCheck", "ExportControls", "CollectionFormatApprovals", "CreatedDate", "PublishedDate", "CollectionFormatSpatialInfo", "TemporalDurationInfo", "CollectionFormatTemporalInfo", "CollectionFormatDatasetInfo", "CollectionFormat"]);

/** Field defaults from the spec, for building requests; parsing never fills them in. */
export const DatastoreDefaults = {
  AccessInfo: {
    reposited: true,
  },
  DatasetEthicsRegistrationCheck: {
    relevant: false,
    obtained: false,
  },
  DatasetEthicsAccessCheck: {
    relevant: false,
    obtained: false,
  },
  IndigenousKnowledgeCheck: {
    relevant: false,
    obtained: false,
  },
  ExportControls: {
    relevant: false,
    obtained: false,
  },
  CreatedDate: {
    relevant: false,
  },
  PublishedDate: {
    relevant: false,
  },
  DatasetDomainInfo: {
    release_history: [],
  },
  ItemDataset: {
    release_history: [],
    item_category: "ENTITY",
    item_subtype: "DATASET",
  },
  SortOptions: {
    ascending: false,
  },
  NoFilterSubtypeListRequest: {
    page_size: 20,
  },
  PresignedURLRequest: {
    expires_in: 10800,
  },
} as const;

/** Builds every Datastore model for the kit's mode. Most callers want {@link DatastoreModels}. */
export function buildDatastoreModels(k: ModelKit, options: BuildModelsOptions = {}): DatastoreModelSet {
  const { Status, User, HTTPValidationError, ValidationError } = buildCommonModels(k, options);
  // Upstream rejects unknown keys on these models (Extra.forbid): always in strict mode, and in
  // lenient mode too when the caller asks for it (a server checking request bodies).
  const closedObject = <S extends z.ZodRawShape>(shape: S) => (options.forbidExtra === true ? z.strictObject(shape) : k.object(shape));
  // A field that always carries one value for this model: checked in strict mode, the plain
  // enum in lenient mode so a server change never breaks parsing.
  const literalInStrict = <V extends string, T>(value: V, lenient: z.ZodType<T>): z.ZodType<T | V> => (k.mode === "strict" ? z.literal(value) : lenient);

  const AccessInfo: z.ZodType<AccessInfo> = closedObject({
    reposited: k.optional(z.boolean()),
    uri: k.optional(z.string().min(1)),
    description: k.optional(z.string().min(1)),
  });
  const ActionApprovalRequest: z.ZodType<ActionApprovalRequest> = k.object({
    dataset_id: z.string(),
    approve: z.boolean(),
    notes: z.string(),
  });
  const ActionApprovalRequestResponse: z.ZodType<ActionApprovalRequestResponse> = k.object({
    dataset_id: z.string(),
    approved: z.boolean(),
    details: z.string(),
  });
  const CollectionFormatAssociations: z.ZodType<CollectionFormatAssociations> = closedObject({
    organisation_id: z.string().min(1),
    data_custodian_id: k.optional(z.string().min(1)),
    point_of_contact: k.optional(z.string().min(1)),
  });
  const DatasetEthicsRegistrationCheck: z.ZodType<DatasetEthicsRegistrationCheck> = closedObject({
    relevant: k.optional(z.boolean()),
    obtained: k.optional(z.boolean()),
  });
  const DatasetEthicsAccessCheck: z.ZodType<DatasetEthicsAccessCheck> = closedObject({
    relevant: k.optional(z.boolean()),
    obtained: k.optional(z.boolean()),
  });
  const IndigenousKnowledgeCheck: z.ZodType<IndigenousKnowledgeCheck> = closedObject({
    relevant: k.optional(z.boolean()),
    obtained: k.optional(z.boolean()),
  });
  const ExportControls: z.ZodType<ExportControls> = closedObject({
    relevant: k.optional(z.boolean()),
    obtained: k.optional(z.boolean()),
  });
  const CollectionFormatApprovals: z.ZodType<CollectionFormatApprovals> = closedObject({
    ethics_registration: DatasetEthicsRegistrationCheck,
    ethics_access: DatasetEthicsAccessCheck,
    indigenous_knowledge: IndigenousKnowledgeCheck,
    export_controls: ExportControls,
  });
  const CreatedDate: z.ZodType<CreatedDate> = closedObject({
    relevant: k.optional(z.boolean()),
    value: k.optional(z.string().min(1)),
  });
  const PublishedDate: z.ZodType<PublishedDate> = closedObject({
    relevant: k.optional(z.boolean()),
    value: k.optional(z.string().min(1)),
  });
  const CollectionFormatSpatialInfo: z.ZodType<CollectionFormatSpatialInfo> = closedObject({
    coverage: k.optional(z.string().min(1).max(50000)),
    resolution: k.optional(z.string().min(1)),
    extent: k.optional(z.string().min(1).max(50000)),
  });
  const TemporalDurationInfo: z.ZodType<TemporalDurationInfo> = closedObject({
    begin_date: z.string().min(1),
    end_date: z.string().min(1),
  });
  const CollectionFormatTemporalInfo: z.ZodType<CollectionFormatTemporalInfo> = closedObject({
    duration: k.optional(TemporalDurationInfo),
    resolution: k.optional(z.string().min(1)),
  });
  const CollectionFormatDatasetInfo: z.ZodType<CollectionFormatDatasetInfo> = closedObject({
    name: z.string().min(1),
    description: z.string().min(1),
    access_info: AccessInfo,
    publisher_id: z.string().min(1),
    created_date: CreatedDate,
    published_date: PublishedDate,
    license: z.string().min(1).max(65536),
    purpose: k.optional(z.string().min(1)),
    rights_holder: k.optional(z.string().min(1)),
    usage_limitations: k.optional(z.string().min(1)),
    preferred_citation: k.optional(z.string().min(1)),
    spatial_info: k.optional(CollectionFormatSpatialInfo),
    temporal_info: k.optional(CollectionFormatTemporalInfo),
    formats: k.optional(z.array(z.string().min(1))),
    keywords: k.optional(z.array(z.string().min(1))),
    user_metadata: k.optional(z.record(z.string().min(1), z.string().min(1))),
  });
  const CollectionFormat: z.ZodType<CollectionFormat> = closedObject({
    associations: CollectionFormatAssociations,
    approvals: CollectionFormatApprovals,
    dataset_info: CollectionFormatDatasetInfo,
  });
  const Credentials: z.ZodType<Credentials> = k.object({
    aws_access_key_id: z.string(),
    aws_secret_access_key: z.string(),
    aws_session_token: z.string(),
    expiry: z.string(),
  });
  const CredentialResponse: z.ZodType<CredentialResponse> = k.object({
    status: Status,
    credentials: Credentials,
    console_session_url: k.optional(z.string()),
  });
  const CredentialsRequest: z.ZodType<CredentialsRequest> = k.object({
    dataset_id: z.string(),
    console_session_required: z.boolean(),
  });
  const S3Location: z.ZodType<S3Location> = k.object({
    bucket_name: z.string(),
    path: z.string(),
    s3_uri: z.string(),
  });
  const ReleaseAction: z.ZodType<ReleaseAction> = k.enum(ReleaseActionValues);
  const ReleaseHistoryEntry: z.ZodType<ReleaseHistoryEntry> = k.object({
    action: ReleaseAction,
    timestamp: z.number().int(),
    approver: z.string(),
    requester: k.optional(z.string()),
    notes: z.string(),
  });
  const ReleasedStatus: z.ZodType<ReleasedStatus> = k.enum(ReleasedStatusValues);
  const DatasetDomainInfo: z.ZodType<DatasetDomainInfo> = k.object({
    display_name: z.string(),
    collection_format: CollectionFormat,
    s3: S3Location,
    release_history: k.optional(z.array(ReleaseHistoryEntry)),
    release_status: ReleasedStatus,
    release_approver: k.optional(z.string()),
    release_timestamp: k.optional(z.number().int()),
    access_info_uri: k.optional(z.string()),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_DatasetDomainInfo_: z.ZodType<HistoryEntry_DatasetDomainInfo_> = k.object({
    id: z.number().int(),
    timestamp: z.number().int(),
    reason: z.string(),
    username: z.string(),
    item: DatasetDomainInfo,
  });
  const ItemCategory: z.ZodType<ItemCategory> = k.enum(ItemCategoryValues);
  const ItemSubType: z.ZodType<ItemSubType> = k.enum(ItemSubTypeValues);
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
  const ItemDataset: z.ZodType<ItemDataset> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    collection_format: CollectionFormat,
    s3: S3Location,
    release_history: k.optional(z.array(ReleaseHistoryEntry)),
    release_status: ReleasedStatus,
    release_approver: k.optional(z.string()),
    release_timestamp: k.optional(z.number().int()),
    access_info_uri: k.optional(z.string()),
    history: z.array(HistoryEntry_DatasetDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().int(),
    updated_timestamp: z.number().int(),
    item_category: k.optional(literalInStrict("ENTITY", ItemCategory)),
    item_subtype: k.optional(literalInStrict("DATASET", ItemSubType)),
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
  });
  const SeededItem: z.ZodType<SeededItem> = k.object({
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().int(),
    updated_timestamp: z.number().int(),
    item_category: ItemCategory,
    item_subtype: ItemSubType,
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
  });
  const DatasetListResponse: z.ZodType<DatasetListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemDataset)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().int()),
    complete_item_count: k.optional(z.number().int()),
    seed_item_count: k.optional(z.number().int()),
    unparsable_item_count: k.optional(z.number().int()),
    not_authorised_count: k.optional(z.number().int()),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const ItemRevertRequest: z.ZodType<ItemRevertRequest> = k.object({
    id: z.string(),
    history_id: z.number().int(),
    reason: z.string(),
  });
  const ItemRevertResponse: z.ZodType<ItemRevertResponse> = k.object({
    status: Status,
  });
  const MintResponse: z.ZodType<MintResponse> = k.object({
    status: Status,
    handle: k.optional(z.string()),
    s3_location: k.optional(S3Location),
    register_create_activity_session_id: k.optional(z.string()),
  });
  const SortType: z.ZodType<SortType> = k.enum(SortTypeValues);
  const SortOptions: z.ZodType<SortOptions> = k.object({
    sort_type: k.optional(SortType),
    ascending: k.optional(z.boolean()),
    begins_with: k.optional(z.string()),
  });
  const NoFilterSubtypeListRequest: z.ZodType<NoFilterSubtypeListRequest> = k.object({
    sort_by: k.optional(SortOptions),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
    page_size: k.optional(z.number().int()),
  });
  const PresignedURLRequest: z.ZodType<PresignedURLRequest> = k.object({
    dataset_id: z.string(),
    file_path: z.string(),
    expires_in: k.optional(z.number().int().min(1).max(86400)),
  });
  const PresignedURLResponse: z.ZodType<PresignedURLResponse> = k.object({
    dataset_id: z.string(),
    file_path: z.string(),
    presigned_url: z.string(),
  });
  const RegistryFetchResponse: z.ZodType<RegistryFetchResponse> = k.object({
    status: Status,
    item: k.optional(ItemDataset),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
  });
  const ReleaseApprovalRequest: z.ZodType<ReleaseApprovalRequest> = k.object({
    dataset_id: z.string(),
    approver_id: z.string(),
    notes: z.string(),
  });
  const ReleaseApprovalRequestResponse: z.ZodType<ReleaseApprovalRequestResponse> = k.object({
    dataset_id: z.string(),
    approver_id: z.string(),
    details: z.string(),
  });
  const Schema: z.ZodType<Schema> = k.object({
    json_schema: z.record(z.string(), z.unknown()),
  });
  const UpdateMetadataResponse: z.ZodType<UpdateMetadataResponse> = k.object({
    status: Status,
    handle: z.string(),
    s3_location: S3Location,
  });
  const VersionRequest: z.ZodType<VersionRequest> = k.object({
    id: z.string(),
    reason: z.string(),
  });
  const VersionResponse: z.ZodType<VersionResponse> = k.object({
    new_version_id: z.string(),
    version_job_session_id: z.string(),
  });

  return {
    Status,
    User,
    HTTPValidationError,
    ValidationError,
    AccessInfo,
    ActionApprovalRequest,
    ActionApprovalRequestResponse,
    CollectionFormatAssociations,
    DatasetEthicsRegistrationCheck,
    DatasetEthicsAccessCheck,
    IndigenousKnowledgeCheck,
    ExportControls,
    CollectionFormatApprovals,
    CreatedDate,
    PublishedDate,
    CollectionFormatSpatialInfo,
    TemporalDurationInfo,
    CollectionFormatTemporalInfo,
    CollectionFormatDatasetInfo,
    CollectionFormat,
    Credentials,
    CredentialResponse,
    CredentialsRequest,
    S3Location,
    ReleaseAction,
    ReleaseHistoryEntry,
    ReleasedStatus,
    DatasetDomainInfo,
    HistoryEntry_DatasetDomainInfo_,
    ItemCategory,
    ItemSubType,
    RecordType,
    WorkflowLinks,
    VersioningInfo,
    ItemDataset,
    SeededItem,
    DatasetListResponse,
    ItemRevertRequest,
    ItemRevertResponse,
    MintResponse,
    SortType,
    SortOptions,
    NoFilterSubtypeListRequest,
    PresignedURLRequest,
    PresignedURLResponse,
    RegistryFetchResponse,
    ReleaseApprovalRequest,
    ReleaseApprovalRequestResponse,
    Schema,
    UpdateMetadataResponse,
    VersionRequest,
    VersionResponse,
  };
}

/** The Datastore models, built lazily per mode: `DatastoreModels.lenient.X` (default) or `.strict.X` (tests). */
export const DatastoreModels: ModelSet<DatastoreModelSet> = defineModels((k) => buildDatastoreModels(k));
