// GENERATED FILE: do not edit by hand.
// Source: specs/provena/data-store.json (48 component schemas, plus 4 shared ones from @provena-sdk/http-core).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import * as z from "zod/mini";
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

/** The `ActionApprovalRequest` model of the Data Store API. */
export interface ActionApprovalRequest {
  /** Dataset Id */
  dataset_id: string;
  /** Approve */
  approve: boolean;
  /** Notes */
  notes: string;
}

/** The `ActionApprovalRequestResponse` model of the Data Store API. */
export interface ActionApprovalRequestResponse {
  /** Dataset Id */
  dataset_id: string;
  /** Approved */
  approved: boolean;
  /** Details */
  details: string;
}

/**
 * Dataset Metadata
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface CollectionFormat {
  /** Associations */
  associations: CollectionFormatAssociations;
  /** Approvals */
  approvals: CollectionFormatApprovals;
  /** Dataset Info */
  dataset_info: CollectionFormatDatasetInfo;
}

/**
 * Dataset Approvals
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface CollectionFormatApprovals {
  /** Ethics Registration */
  ethics_registration: DatasetEthicsRegistrationCheck;
  /** Ethics Access */
  ethics_access: DatasetEthicsAccessCheck;
  /** Indigenous Knowledge */
  indigenous_knowledge: IndigenousKnowledgeCheck;
  /** Export Controls */
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
  /** Point of Contact */
  point_of_contact?: string | null;
}

/**
 * Dataset Information
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface CollectionFormatDatasetInfo {
  /** Dataset name */
  name: string;
  /** Description */
  description: string;
  /** Access Info */
  access_info: AccessInfo;
  /** Publisher */
  publisher_id: string;
  /** Created Date */
  created_date: CreatedDate;
  /** Published Date */
  published_date: PublishedDate;
  /** Usage license */
  license: string;
  /** Dataset Purpose */
  purpose?: string | null;
  /** Dataset Rights Holder */
  rights_holder?: string | null;
  /** Usage Limitations */
  usage_limitations?: string | null;
  /** Preferred dataset citation */
  preferred_citation?: string | null;
  /** Spatial Info */
  spatial_info?: CollectionFormatSpatialInfo | null;
  /** Temporal Info */
  temporal_info?: CollectionFormatTemporalInfo | null;
  /** Dataset File Formats */
  formats?: string[] | null;
  /** Keywords */
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
  /** Duration */
  duration?: TemporalDurationInfo | null;
  /** Temporal Resolution */
  resolution?: string | null;
}

/**
 * Dataset Creation Date
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface CreatedDate {
  /**
   * Relevant
   * @defaultValue false
   */
  relevant?: boolean | null;
  /** Value */
  value?: string | null;
}

/** The `CredentialResponse` model of the Data Store API. */
export interface CredentialResponse {
  /** Status */
  status: Status;
  /** Credentials */
  credentials: Credentials;
  /** Console Session Url */
  console_session_url?: string | null;
}

/** The `Credentials` model of the Data Store API. */
export interface Credentials {
  /** Aws Access Key Id */
  aws_access_key_id: string;
  /** Aws Secret Access Key */
  aws_secret_access_key: string;
  /** Aws Session Token */
  aws_session_token: string;
  /** Expiry */
  expiry: string;
}

/** The `CredentialsRequest` model of the Data Store API. */
export interface CredentialsRequest {
  /** Dataset Id */
  dataset_id: string;
  /** Console Session Required */
  console_session_required: boolean;
}

/** The `DatasetDomainInfo` model of the Data Store API. */
export interface DatasetDomainInfo {
  /** Display Name */
  display_name: string;
  /** Collection Format */
  collection_format: CollectionFormat;
  /** S3 */
  s3: S3Location;
  /**
   * Release History
   * @defaultValue []
   */
  release_history?: ReleaseHistoryEntry[] | null;
  /** Release Status */
  release_status: ReleasedStatus;
  /** Release Approver */
  release_approver?: string | null;
  /** Release Timestamp */
  release_timestamp?: number | null;
  /** Access Info Uri */
  access_info_uri?: string | null;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

/**
 * Dataset Access Ethics and Privacy
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface DatasetEthicsAccessCheck {
  /**
   * Relevant
   * @defaultValue false
   */
  relevant?: boolean | null;
  /**
   * Obtained
   * @defaultValue false
   */
  obtained?: boolean | null;
}

/**
 * Dataset Registration Ethics and Privacy
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface DatasetEthicsRegistrationCheck {
  /**
   * Relevant
   * @defaultValue false
   */
  relevant?: boolean | null;
  /**
   * Obtained
   * @defaultValue false
   */
  obtained?: boolean | null;
}

/** The `DatasetListResponse` model of the Data Store API. */
export interface DatasetListResponse {
  /** Status */
  status: Status;
  /** Items */
  items?: ItemDataset[] | null;
  /** Seed Items */
  seed_items?: SeededItem[] | null;
  /** Unparsable Items */
  unparsable_items?: Record<string, unknown>[] | null;
  /** Total Item Count */
  total_item_count?: number | null;
  /** Complete Item Count */
  complete_item_count?: number | null;
  /** Seed Item Count */
  seed_item_count?: number | null;
  /** Unparsable Item Count */
  unparsable_item_count?: number | null;
  /** Not Authorised Count */
  not_authorised_count?: number | null;
  /** Pagination Key */
  pagination_key?: Record<string, unknown> | null;
}

/**
 * Export Controls
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface ExportControls {
  /**
   * Relevant
   * @defaultValue false
   */
  relevant?: boolean | null;
  /**
   * Obtained
   * @defaultValue false
   */
  obtained?: boolean | null;
}

/** HistoryEntry[DatasetDomainInfo] */
export interface HistoryEntry_DatasetDomainInfo_ {
  /** Id */
  id: number;
  /** Timestamp */
  timestamp: number;
  /** Reason */
  reason: string;
  /** Username */
  username: string;
  /** Item */
  item: DatasetDomainInfo;
}

/**
 * Indigenous Knowledge and Consent
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface IndigenousKnowledgeCheck {
  /**
   * Relevant
   * @defaultValue false
   */
  relevant?: boolean | null;
  /**
   * Obtained
   * @defaultValue false
   */
  obtained?: boolean | null;
}

/** The `ItemCategory` model of the Data Store API. */
export const ItemCategoryValues = ["ACTIVITY", "AGENT", "ENTITY"] as const;
/** One of {@link ItemCategoryValues}; lenient parsing keeps values this SDK does not know yet. */
export type ItemCategory = (typeof ItemCategoryValues)[number] | UnknownString;

/** The `ItemDataset` model of the Data Store API. */
export interface ItemDataset {
  /** Display Name */
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  /** Collection Format */
  collection_format: CollectionFormat;
  /** S3 */
  s3: S3Location;
  /**
   * Release History
   * @defaultValue []
   */
  release_history?: ReleaseHistoryEntry[] | null;
  /** Release Status */
  release_status: ReleasedStatus;
  /** Release Approver */
  release_approver?: string | null;
  /** Release Timestamp */
  release_timestamp?: number | null;
  /** Access Info Uri */
  access_info_uri?: string | null;
  /** History */
  history: HistoryEntry_DatasetDomainInfo_[];
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
   * @defaultValue "ENTITY"
   */
  item_category?: ItemCategory | null;
  /**
   * Item Subtype
   * @defaultValue "DATASET"
   */
  item_subtype?: ItemSubType | null;
  /** Record Type */
  record_type: RecordType;
  /** Workflow Links */
  workflow_links?: WorkflowLinks | null;
  /** Versioning Info */
  versioning_info?: VersioningInfo | null;
}

/** The `ItemRevertRequest` model of the Data Store API. */
export interface ItemRevertRequest {
  /** Id */
  id: string;
  /** History Id */
  history_id: number;
  /** Reason */
  reason: string;
}

/** The `ItemRevertResponse` model of the Data Store API. */
export interface ItemRevertResponse {
  /** Status */
  status: Status;
}

/** The `ItemSubType` model of the Data Store API. */
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

/** The `MintResponse` model of the Data Store API. */
export interface MintResponse {
  /** Status */
  status: Status;
  /** Handle */
  handle?: string | null;
  /** S3 Location */
  s3_location?: S3Location | null;
  /** Register Create Activity Session Id */
  register_create_activity_session_id?: string | null;
}

/** The `NoFilterSubtypeListRequest` model of the Data Store API. */
export interface NoFilterSubtypeListRequest {
  /** Sort By */
  sort_by?: SortOptions | null;
  /** Pagination Key */
  pagination_key?: Record<string, unknown> | null;
  /**
   * Page Size
   * @defaultValue 20
   */
  page_size?: number | null;
}

/** The `PresignedURLRequest` model of the Data Store API. */
export interface PresignedURLRequest {
  /** Dataset Id */
  dataset_id: string;
  /** File Path */
  file_path: string;
  /**
   * Expires In
   * @defaultValue 10800
   */
  expires_in?: number | null;
}

/** The `PresignedURLResponse` model of the Data Store API. */
export interface PresignedURLResponse {
  /** Dataset Id */
  dataset_id: string;
  /** File Path */
  file_path: string;
  /** Presigned Url */
  presigned_url: string;
}

/**
 * Dataset Publication Date
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface PublishedDate {
  /**
   * Relevant
   * @defaultValue false
   */
  relevant?: boolean | null;
  /** Value */
  value?: string | null;
}

/** The `RecordType` model of the Data Store API. */
export const RecordTypeValues = ["SEED_ITEM", "COMPLETE_ITEM"] as const;
/** One of {@link RecordTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type RecordType = (typeof RecordTypeValues)[number] | UnknownString;

/** The `RegistryFetchResponse` model of the Data Store API. */
export interface RegistryFetchResponse {
  /** Status */
  status: Status;
  /** Item */
  item?: ItemDataset | null;
  /** Roles */
  roles?: string[] | null;
  /** Locked */
  locked?: boolean | null;
}

/** The `ReleaseAction` model of the Data Store API. */
export const ReleaseActionValues = ["REQUEST", "APPROVE", "REJECT"] as const;
/** One of {@link ReleaseActionValues}; lenient parsing keeps values this SDK does not know yet. */
export type ReleaseAction = (typeof ReleaseActionValues)[number] | UnknownString;

/** The `ReleaseApprovalRequest` model of the Data Store API. */
export interface ReleaseApprovalRequest {
  /** Dataset Id */
  dataset_id: string;
  /** Approver Id */
  approver_id: string;
  /** Notes */
  notes: string;
}

/** The `ReleaseApprovalRequestResponse` model of the Data Store API. */
export interface ReleaseApprovalRequestResponse {
  /** Dataset Id */
  dataset_id: string;
  /** Approver Id */
  approver_id: string;
  /** Details */
  details: string;
}

/** The `ReleaseHistoryEntry` model of the Data Store API. */
export interface ReleaseHistoryEntry {
  /** Action */
  action: ReleaseAction;
  /** Timestamp */
  timestamp: number;
  /** Approver */
  approver: string;
  /** Requester */
  requester?: string | null;
  /** Notes */
  notes: string;
}

/** The `ReleasedStatus` model of the Data Store API. */
export const ReleasedStatusValues = ["NOT_RELEASED", "PENDING", "RELEASED"] as const;
/** One of {@link ReleasedStatusValues}; lenient parsing keeps values this SDK does not know yet. */
export type ReleasedStatus = (typeof ReleasedStatusValues)[number] | UnknownString;

/** The `S3Location` model of the Data Store API. */
export interface S3Location {
  /** Bucket Name */
  bucket_name: string;
  /** Path */
  path: string;
  /** S3 Uri */
  s3_uri: string;
}

/** The `Schema` model of the Data Store API. */
export interface Schema {
  /** Json Schema */
  json_schema: Record<string, unknown>;
}

/** The `SeededItem` model of the Data Store API. */
export interface SeededItem {
  /** Id */
  id: string;
  /** Owner Username */
  owner_username: string;
  /** Created Timestamp */
  created_timestamp: number;
  /** Updated Timestamp */
  updated_timestamp: number;
  /** Item Category */
  item_category: ItemCategory;
  /** Item Subtype */
  item_subtype: ItemSubType;
  /** Record Type */
  record_type: RecordType;
  /** Workflow Links */
  workflow_links?: WorkflowLinks | null;
  /** Versioning Info */
  versioning_info?: VersioningInfo | null;
}

/** The `SortOptions` model of the Data Store API. */
export interface SortOptions {
  /** Sort Type */
  sort_type?: SortType | null;
  /**
   * Ascending
   * @defaultValue false
   */
  ascending?: boolean | null;
  /** Begins With */
  begins_with?: string | null;
}

/** The `SortType` model of the Data Store API. */
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
  /** End Date */
  end_date: string;
}

/** The `UpdateMetadataResponse` model of the Data Store API. */
export interface UpdateMetadataResponse {
  /** Status */
  status: Status;
  /** Handle */
  handle: string;
  /** S3 Location */
  s3_location: S3Location;
}

/** The `VersionRequest` model of the Data Store API. */
export interface VersionRequest {
  /** Id */
  id: string;
  /** Reason */
  reason: string;
}

/** The `VersionResponse` model of the Data Store API. */
export interface VersionResponse {
  /** New Version Id */
  new_version_id: string;
  /** Version Job Session Id */
  version_job_session_id: string;
}

/** The `VersioningInfo` model of the Data Store API. */
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

/** The `WorkflowLinks` model of the Data Store API. */
export interface WorkflowLinks {
  /** Create Activity Workflow Id */
  create_activity_workflow_id?: string | null;
  /** Version Activity Workflow Id */
  version_activity_workflow_id?: string | null;
}

// ---- Models ----

/** Every Datastore model, as built for one validation mode. */
export interface DatastoreModelSet {
  /** Validates a {@link Status}. */
  readonly Status: z.ZodMiniType<Status>;
  /** Validates a {@link User}. */
  readonly User: z.ZodMiniType<User>;
  /** Validates a {@link HTTPValidationError}. */
  readonly HTTPValidationError: z.ZodMiniType<HTTPValidationError>;
  /** Validates a {@link ValidationError}. */
  readonly ValidationError: z.ZodMiniType<ValidationError>;
  /** Validates a {@link AccessInfo}. */
  readonly AccessInfo: z.ZodMiniType<AccessInfo>;
  /** Validates a {@link ActionApprovalRequest}. */
  readonly ActionApprovalRequest: z.ZodMiniType<ActionApprovalRequest>;
  /** Validates a {@link ActionApprovalRequestResponse}. */
  readonly ActionApprovalRequestResponse: z.ZodMiniType<ActionApprovalRequestResponse>;
  /** Validates a {@link CollectionFormatAssociations}. */
  readonly CollectionFormatAssociations: z.ZodMiniType<CollectionFormatAssociations>;
  /** Validates a {@link DatasetEthicsRegistrationCheck}. */
  readonly DatasetEthicsRegistrationCheck: z.ZodMiniType<DatasetEthicsRegistrationCheck>;
  /** Validates a {@link DatasetEthicsAccessCheck}. */
  readonly DatasetEthicsAccessCheck: z.ZodMiniType<DatasetEthicsAccessCheck>;
  /** Validates a {@link IndigenousKnowledgeCheck}. */
  readonly IndigenousKnowledgeCheck: z.ZodMiniType<IndigenousKnowledgeCheck>;
  /** Validates a {@link ExportControls}. */
  readonly ExportControls: z.ZodMiniType<ExportControls>;
  /** Validates a {@link CollectionFormatApprovals}. */
  readonly CollectionFormatApprovals: z.ZodMiniType<CollectionFormatApprovals>;
  /** Validates a {@link CreatedDate}. */
  readonly CreatedDate: z.ZodMiniType<CreatedDate>;
  /** Validates a {@link PublishedDate}. */
  readonly PublishedDate: z.ZodMiniType<PublishedDate>;
  /** Validates a {@link CollectionFormatSpatialInfo}. */
  readonly CollectionFormatSpatialInfo: z.ZodMiniType<CollectionFormatSpatialInfo>;
  /** Validates a {@link TemporalDurationInfo}. */
  readonly TemporalDurationInfo: z.ZodMiniType<TemporalDurationInfo>;
  /** Validates a {@link CollectionFormatTemporalInfo}. */
  readonly CollectionFormatTemporalInfo: z.ZodMiniType<CollectionFormatTemporalInfo>;
  /** Validates a {@link CollectionFormatDatasetInfo}. */
  readonly CollectionFormatDatasetInfo: z.ZodMiniType<CollectionFormatDatasetInfo>;
  /** Validates a {@link CollectionFormat}. */
  readonly CollectionFormat: z.ZodMiniType<CollectionFormat>;
  /** Validates a {@link Credentials}. */
  readonly Credentials: z.ZodMiniType<Credentials>;
  /** Validates a {@link CredentialResponse}. */
  readonly CredentialResponse: z.ZodMiniType<CredentialResponse>;
  /** Validates a {@link CredentialsRequest}. */
  readonly CredentialsRequest: z.ZodMiniType<CredentialsRequest>;
  /** Validates a {@link S3Location}. */
  readonly S3Location: z.ZodMiniType<S3Location>;
  /** Validates a {@link ReleaseAction}. */
  readonly ReleaseAction: z.ZodMiniType<ReleaseAction>;
  /** Validates a {@link ReleaseHistoryEntry}. */
  readonly ReleaseHistoryEntry: z.ZodMiniType<ReleaseHistoryEntry>;
  /** Validates a {@link ReleasedStatus}. */
  readonly ReleasedStatus: z.ZodMiniType<ReleasedStatus>;
  /** Validates a {@link DatasetDomainInfo}. */
  readonly DatasetDomainInfo: z.ZodMiniType<DatasetDomainInfo>;
  /** Validates a {@link HistoryEntry_DatasetDomainInfo_}. */
  readonly HistoryEntry_DatasetDomainInfo_: z.ZodMiniType<HistoryEntry_DatasetDomainInfo_>;
  /** Validates a {@link ItemCategory}. */
  readonly ItemCategory: z.ZodMiniType<ItemCategory>;
  /** Validates a {@link ItemSubType}. */
  readonly ItemSubType: z.ZodMiniType<ItemSubType>;
  /** Validates a {@link RecordType}. */
  readonly RecordType: z.ZodMiniType<RecordType>;
  /** Validates a {@link WorkflowLinks}. */
  readonly WorkflowLinks: z.ZodMiniType<WorkflowLinks>;
  /** Validates a {@link VersioningInfo}. */
  readonly VersioningInfo: z.ZodMiniType<VersioningInfo>;
  /** Validates a {@link ItemDataset}. */
  readonly ItemDataset: z.ZodMiniType<ItemDataset>;
  /** Validates a {@link SeededItem}. */
  readonly SeededItem: z.ZodMiniType<SeededItem>;
  /** Validates a {@link DatasetListResponse}. */
  readonly DatasetListResponse: z.ZodMiniType<DatasetListResponse>;
  /** Validates a {@link ItemRevertRequest}. */
  readonly ItemRevertRequest: z.ZodMiniType<ItemRevertRequest>;
  /** Validates a {@link ItemRevertResponse}. */
  readonly ItemRevertResponse: z.ZodMiniType<ItemRevertResponse>;
  /** Validates a {@link MintResponse}. */
  readonly MintResponse: z.ZodMiniType<MintResponse>;
  /** Validates a {@link SortType}. */
  readonly SortType: z.ZodMiniType<SortType>;
  /** Validates a {@link SortOptions}. */
  readonly SortOptions: z.ZodMiniType<SortOptions>;
  /** Validates a {@link NoFilterSubtypeListRequest}. */
  readonly NoFilterSubtypeListRequest: z.ZodMiniType<NoFilterSubtypeListRequest>;
  /** Validates a {@link PresignedURLRequest}. */
  readonly PresignedURLRequest: z.ZodMiniType<PresignedURLRequest>;
  /** Validates a {@link PresignedURLResponse}. */
  readonly PresignedURLResponse: z.ZodMiniType<PresignedURLResponse>;
  /** Validates a {@link RegistryFetchResponse}. */
  readonly RegistryFetchResponse: z.ZodMiniType<RegistryFetchResponse>;
  /** Validates a {@link ReleaseApprovalRequest}. */
  readonly ReleaseApprovalRequest: z.ZodMiniType<ReleaseApprovalRequest>;
  /** Validates a {@link ReleaseApprovalRequestResponse}. */
  readonly ReleaseApprovalRequestResponse: z.ZodMiniType<ReleaseApprovalRequestResponse>;
  /** Validates a {@link Schema}. */
  readonly Schema: z.ZodMiniType<Schema>;
  /** Validates a {@link UpdateMetadataResponse}. */
  readonly UpdateMetadataResponse: z.ZodMiniType<UpdateMetadataResponse>;
  /** Validates a {@link VersionRequest}. */
  readonly VersionRequest: z.ZodMiniType<VersionRequest>;
  /** Validates a {@link VersionResponse}. */
  readonly VersionResponse: z.ZodMiniType<VersionResponse>;
}

/** The name of one Datastore model. */
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
  const closedObject = <S extends z.core.$ZodShape>(shape: S) => (options.forbidExtra === true ? z.strictObject(shape) : k.object(shape));
  // A field that always carries one value for this model: checked in strict mode, the plain
  // enum in lenient mode so a server change never breaks parsing.
  const literalInStrict = <V extends string, T>(value: V, lenient: z.ZodMiniType<T>): z.ZodMiniType<T | V> => (k.mode === "strict" ? z.literal(value) : lenient);

  const AccessInfo: z.ZodMiniType<AccessInfo> = closedObject({
    reposited: k.optional(z.boolean()),
    uri: k.optional(z.string().check(z.minLength(1))),
    description: k.optional(z.string().check(z.minLength(1))),
  });
  const ActionApprovalRequest: z.ZodMiniType<ActionApprovalRequest> = k.object({
    dataset_id: z.string(),
    approve: z.boolean(),
    notes: z.string(),
  });
  const ActionApprovalRequestResponse: z.ZodMiniType<ActionApprovalRequestResponse> = k.object({
    dataset_id: z.string(),
    approved: z.boolean(),
    details: z.string(),
  });
  const CollectionFormatAssociations: z.ZodMiniType<CollectionFormatAssociations> = closedObject({
    organisation_id: z.string().check(z.minLength(1)),
    data_custodian_id: k.optional(z.string().check(z.minLength(1))),
    point_of_contact: k.optional(z.string().check(z.minLength(1))),
  });
  const DatasetEthicsRegistrationCheck: z.ZodMiniType<DatasetEthicsRegistrationCheck> = closedObject({
    relevant: k.optional(z.boolean()),
    obtained: k.optional(z.boolean()),
  });
  const DatasetEthicsAccessCheck: z.ZodMiniType<DatasetEthicsAccessCheck> = closedObject({
    relevant: k.optional(z.boolean()),
    obtained: k.optional(z.boolean()),
  });
  const IndigenousKnowledgeCheck: z.ZodMiniType<IndigenousKnowledgeCheck> = closedObject({
    relevant: k.optional(z.boolean()),
    obtained: k.optional(z.boolean()),
  });
  const ExportControls: z.ZodMiniType<ExportControls> = closedObject({
    relevant: k.optional(z.boolean()),
    obtained: k.optional(z.boolean()),
  });
  const CollectionFormatApprovals: z.ZodMiniType<CollectionFormatApprovals> = closedObject({
    ethics_registration: DatasetEthicsRegistrationCheck,
    ethics_access: DatasetEthicsAccessCheck,
    indigenous_knowledge: IndigenousKnowledgeCheck,
    export_controls: ExportControls,
  });
  const CreatedDate: z.ZodMiniType<CreatedDate> = closedObject({
    relevant: k.optional(z.boolean()),
    value: k.optional(z.string().check(z.minLength(1))),
  });
  const PublishedDate: z.ZodMiniType<PublishedDate> = closedObject({
    relevant: k.optional(z.boolean()),
    value: k.optional(z.string().check(z.minLength(1))),
  });
  const CollectionFormatSpatialInfo: z.ZodMiniType<CollectionFormatSpatialInfo> = closedObject({
    coverage: k.optional(z.string().check(z.minLength(1), z.maxLength(50000))),
    resolution: k.optional(z.string().check(z.minLength(1))),
    extent: k.optional(z.string().check(z.minLength(1), z.maxLength(50000))),
  });
  const TemporalDurationInfo: z.ZodMiniType<TemporalDurationInfo> = closedObject({
    begin_date: z.string().check(z.minLength(1)),
    end_date: z.string().check(z.minLength(1)),
  });
  const CollectionFormatTemporalInfo: z.ZodMiniType<CollectionFormatTemporalInfo> = closedObject({
    duration: k.optional(TemporalDurationInfo),
    resolution: k.optional(z.string().check(z.minLength(1))),
  });
  const CollectionFormatDatasetInfo: z.ZodMiniType<CollectionFormatDatasetInfo> = closedObject({
    name: z.string().check(z.minLength(1)),
    description: z.string().check(z.minLength(1)),
    access_info: AccessInfo,
    publisher_id: z.string().check(z.minLength(1)),
    created_date: CreatedDate,
    published_date: PublishedDate,
    license: z.string().check(z.minLength(1), z.maxLength(65536)),
    purpose: k.optional(z.string().check(z.minLength(1))),
    rights_holder: k.optional(z.string().check(z.minLength(1))),
    usage_limitations: k.optional(z.string().check(z.minLength(1))),
    preferred_citation: k.optional(z.string().check(z.minLength(1))),
    spatial_info: k.optional(CollectionFormatSpatialInfo),
    temporal_info: k.optional(CollectionFormatTemporalInfo),
    formats: k.optional(z.array(z.string().check(z.minLength(1)))),
    keywords: k.optional(z.array(z.string().check(z.minLength(1)))),
    user_metadata: k.optional(z.record(z.string().check(z.minLength(1)), z.string().check(z.minLength(1)))),
  });
  const CollectionFormat: z.ZodMiniType<CollectionFormat> = closedObject({
    associations: CollectionFormatAssociations,
    approvals: CollectionFormatApprovals,
    dataset_info: CollectionFormatDatasetInfo,
  });
  const Credentials: z.ZodMiniType<Credentials> = k.object({
    aws_access_key_id: z.string(),
    aws_secret_access_key: z.string(),
    aws_session_token: z.string(),
    expiry: z.string(),
  });
  const CredentialResponse: z.ZodMiniType<CredentialResponse> = k.object({
    status: Status,
    credentials: Credentials,
    console_session_url: k.optional(z.string()),
  });
  const CredentialsRequest: z.ZodMiniType<CredentialsRequest> = k.object({
    dataset_id: z.string(),
    console_session_required: z.boolean(),
  });
  const S3Location: z.ZodMiniType<S3Location> = k.object({
    bucket_name: z.string(),
    path: z.string(),
    s3_uri: z.string(),
  });
  const ReleaseAction: z.ZodMiniType<ReleaseAction> = k.enum(ReleaseActionValues);
  const ReleaseHistoryEntry: z.ZodMiniType<ReleaseHistoryEntry> = k.object({
    action: ReleaseAction,
    timestamp: z.number().check(z.int()),
    approver: z.string(),
    requester: k.optional(z.string()),
    notes: z.string(),
  });
  const ReleasedStatus: z.ZodMiniType<ReleasedStatus> = k.enum(ReleasedStatusValues);
  const DatasetDomainInfo: z.ZodMiniType<DatasetDomainInfo> = k.object({
    display_name: z.string(),
    collection_format: CollectionFormat,
    s3: S3Location,
    release_history: k.optional(z.array(ReleaseHistoryEntry)),
    release_status: ReleasedStatus,
    release_approver: k.optional(z.string()),
    release_timestamp: k.optional(z.number().check(z.int())),
    access_info_uri: k.optional(z.string()),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_DatasetDomainInfo_: z.ZodMiniType<HistoryEntry_DatasetDomainInfo_> = k.object({
    id: z.number().check(z.int()),
    timestamp: z.number().check(z.int()),
    reason: z.string(),
    username: z.string(),
    item: DatasetDomainInfo,
  });
  const ItemCategory: z.ZodMiniType<ItemCategory> = k.enum(ItemCategoryValues);
  const ItemSubType: z.ZodMiniType<ItemSubType> = k.enum(ItemSubTypeValues);
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
  const ItemDataset: z.ZodMiniType<ItemDataset> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    collection_format: CollectionFormat,
    s3: S3Location,
    release_history: k.optional(z.array(ReleaseHistoryEntry)),
    release_status: ReleasedStatus,
    release_approver: k.optional(z.string()),
    release_timestamp: k.optional(z.number().check(z.int())),
    access_info_uri: k.optional(z.string()),
    history: z.array(HistoryEntry_DatasetDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().check(z.int()),
    updated_timestamp: z.number().check(z.int()),
    item_category: k.optional(literalInStrict("ENTITY", ItemCategory)),
    item_subtype: k.optional(literalInStrict("DATASET", ItemSubType)),
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
  });
  const SeededItem: z.ZodMiniType<SeededItem> = k.object({
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().check(z.int()),
    updated_timestamp: z.number().check(z.int()),
    item_category: ItemCategory,
    item_subtype: ItemSubType,
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
  });
  const DatasetListResponse: z.ZodMiniType<DatasetListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemDataset)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().check(z.int())),
    complete_item_count: k.optional(z.number().check(z.int())),
    seed_item_count: k.optional(z.number().check(z.int())),
    unparsable_item_count: k.optional(z.number().check(z.int())),
    not_authorised_count: k.optional(z.number().check(z.int())),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const ItemRevertRequest: z.ZodMiniType<ItemRevertRequest> = k.object({
    id: z.string(),
    history_id: z.number().check(z.int()),
    reason: z.string(),
  });
  const ItemRevertResponse: z.ZodMiniType<ItemRevertResponse> = k.object({
    status: Status,
  });
  const MintResponse: z.ZodMiniType<MintResponse> = k.object({
    status: Status,
    handle: k.optional(z.string()),
    s3_location: k.optional(S3Location),
    register_create_activity_session_id: k.optional(z.string()),
  });
  const SortType: z.ZodMiniType<SortType> = k.enum(SortTypeValues);
  const SortOptions: z.ZodMiniType<SortOptions> = k.object({
    sort_type: k.optional(SortType),
    ascending: k.optional(z.boolean()),
    begins_with: k.optional(z.string()),
  });
  const NoFilterSubtypeListRequest: z.ZodMiniType<NoFilterSubtypeListRequest> = k.object({
    sort_by: k.optional(SortOptions),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
    page_size: k.optional(z.number().check(z.int())),
  });
  const PresignedURLRequest: z.ZodMiniType<PresignedURLRequest> = k.object({
    dataset_id: z.string(),
    file_path: z.string(),
    expires_in: k.optional(z.number().check(z.int(), z.gte(1), z.lte(86400))),
  });
  const PresignedURLResponse: z.ZodMiniType<PresignedURLResponse> = k.object({
    dataset_id: z.string(),
    file_path: z.string(),
    presigned_url: z.string(),
  });
  const RegistryFetchResponse: z.ZodMiniType<RegistryFetchResponse> = k.object({
    status: Status,
    item: k.optional(ItemDataset),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
  });
  const ReleaseApprovalRequest: z.ZodMiniType<ReleaseApprovalRequest> = k.object({
    dataset_id: z.string(),
    approver_id: z.string(),
    notes: z.string(),
  });
  const ReleaseApprovalRequestResponse: z.ZodMiniType<ReleaseApprovalRequestResponse> = k.object({
    dataset_id: z.string(),
    approver_id: z.string(),
    details: z.string(),
  });
  const Schema: z.ZodMiniType<Schema> = k.object({
    json_schema: z.record(z.string(), z.unknown()),
  });
  const UpdateMetadataResponse: z.ZodMiniType<UpdateMetadataResponse> = k.object({
    status: Status,
    handle: z.string(),
    s3_location: S3Location,
  });
  const VersionRequest: z.ZodMiniType<VersionRequest> = k.object({
    id: z.string(),
    reason: z.string(),
  });
  const VersionResponse: z.ZodMiniType<VersionResponse> = k.object({
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
