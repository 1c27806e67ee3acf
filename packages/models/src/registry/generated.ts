// GENERATED FILE: do not edit by hand.
// Source: specs/provena/registry.json (139 component schemas, plus 5 shared ones from @provena-sdk/http-core).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import * as z from "zod/mini";
import { type BuildModelsOptions, closedObject, defineModel, defineModels, HTTPValidationErrorSchema, literalInStrict, type ModelKit, type ModelSet, StatusResponseSchema, StatusSchema, type UnknownString, UserSchema, ValidationErrorSchema } from "@provena-sdk/http-core";
import type { Status, StatusResponse, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
export type { Status, StatusResponse, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";

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

/** The `AccessSettings` model of the Registry API. */
export interface AccessSettings {
  /** Owner */
  owner: string;
  /** General */
  general: string[];
  /** Groups */
  groups: Record<string, string[]>;
}

/** The `AssociationInfo` model of the Registry API. */
export interface AssociationInfo {
  /** Modeller Id */
  modeller_id: string;
  /** Requesting Organisation Id */
  requesting_organisation_id?: string | null;
}

/** The `AuthRolesResponse` model of the Registry API. */
export interface AuthRolesResponse {
  /** Roles */
  roles: DescribedRole[];
}

/** The `BundledItem` model of the Registry API. */
export interface BundledItem {
  /** Id */
  id: string;
  /** Item Payload */
  item_payload: Record<string, unknown>;
  /** Auth Payload */
  auth_payload: Record<string, unknown>;
  /** Lock Payload */
  lock_payload: Record<string, unknown>;
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

/** The `CreateDomainInfo` model of the Registry API. */
export interface CreateDomainInfo {
  /** Display Name */
  display_name: string;
  /** Created Item Id */
  created_item_id: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

/** The `CreateFetchResponse` model of the Registry API. */
export interface CreateFetchResponse {
  /** Status */
  status: Status;
  /** Item */
  item?: ItemCreate | SeededItem | null;
  /** Roles */
  roles?: string[] | null;
  /** Locked */
  locked?: boolean | null;
  /** Item Is Seed */
  item_is_seed?: boolean | null;
}

/** The `CreateListResponse` model of the Registry API. */
export interface CreateListResponse {
  /** Status */
  status: Status;
  /** Items */
  items?: ItemCreate[] | null;
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

/** The `DatasetCreateResponse` model of the Registry API. */
export interface DatasetCreateResponse {
  /** Status */
  status: Status;
  /** Created Item */
  created_item?: ItemDataset | null;
  /** Register Create Activity Session Id */
  register_create_activity_session_id?: string | null;
}

/** The `DatasetDomainInfo` model of the Registry API. */
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

/** The `DatasetFetchResponse` model of the Registry API. */
export interface DatasetFetchResponse {
  /** Status */
  status: Status;
  /** Item */
  item?: ItemDataset | SeededItem | null;
  /** Roles */
  roles?: string[] | null;
  /** Locked */
  locked?: boolean | null;
  /** Item Is Seed */
  item_is_seed?: boolean | null;
}

/** The `DatasetListResponse` model of the Registry API. */
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

/** The `DatasetSeedResponse` model of the Registry API. */
export interface DatasetSeedResponse {
  /** Status */
  status: Status;
  /** Seeded Item */
  seeded_item?: SeededItem | null;
}

/** The `DatasetTemplateCreateResponse` model of the Registry API. */
export interface DatasetTemplateCreateResponse {
  /** Status */
  status: Status;
  /** Created Item */
  created_item?: ItemDatasetTemplate | null;
  /** Register Create Activity Session Id */
  register_create_activity_session_id?: string | null;
}

/** The `DatasetTemplateDomainInfo` model of the Registry API. */
export interface DatasetTemplateDomainInfo {
  /** Display Name */
  display_name: string;
  /** Description */
  description?: string | null;
  /**
   * Defined Resources
   * @defaultValue []
   */
  defined_resources?: DefinedResource[] | null;
  /**
   * Deferred Resources
   * @defaultValue []
   */
  deferred_resources?: DeferredResource[] | null;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

/** The `DatasetTemplateFetchResponse` model of the Registry API. */
export interface DatasetTemplateFetchResponse {
  /** Status */
  status: Status;
  /** Item */
  item?: ItemDatasetTemplate | SeededItem | null;
  /** Roles */
  roles?: string[] | null;
  /** Locked */
  locked?: boolean | null;
  /** Item Is Seed */
  item_is_seed?: boolean | null;
}

/** The `DatasetTemplateListResponse` model of the Registry API. */
export interface DatasetTemplateListResponse {
  /** Status */
  status: Status;
  /** Items */
  items?: ItemDatasetTemplate[] | null;
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

/** The `DatasetTemplateSeedResponse` model of the Registry API. */
export interface DatasetTemplateSeedResponse {
  /** Status */
  status: Status;
  /** Seeded Item */
  seeded_item?: SeededItem | null;
}

/** The `DatasetType` model of the Registry API. */
export const DatasetTypeValues = ["DATA_STORE"] as const;
/** One of {@link DatasetTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type DatasetType = (typeof DatasetTypeValues)[number] | UnknownString;

/** The `DeferredResource` model of the Registry API. */
export interface DeferredResource {
  /** Key */
  key: string;
  /** Description */
  description: string;
  /** Usage Type */
  usage_type: ResourceUsageType;
  /** Optional */
  optional?: boolean | null;
  /** Is Folder */
  is_folder?: boolean | null;
  /** Additional Metadata */
  additional_metadata?: Record<string, string> | null;
}

/** The `DefinedResource` model of the Registry API. */
export interface DefinedResource {
  /** Path */
  path: string;
  /** Description */
  description: string;
  /** Usage Type */
  usage_type: ResourceUsageType;
  /** Optional */
  optional?: boolean | null;
  /** Is Folder */
  is_folder?: boolean | null;
  /** Additional Metadata */
  additional_metadata?: Record<string, string> | null;
}

/** The `DescribeAccessResponse` model of the Registry API. */
export interface DescribeAccessResponse {
  /** Roles */
  roles: string[];
}

/** The `DescribedRole` model of the Registry API. */
export interface DescribedRole {
  /** Role Display Name */
  role_display_name: string;
  /** Role Name */
  role_name: string;
  /** Description */
  description: string;
  /** Also Grants */
  also_grants: string[];
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

/** The `FilterOptions` model of the Registry API. */
export interface FilterOptions {
  /**
   * Record Type
   * @defaultValue "COMPLETE_ONLY"
   */
  record_type?: QueryRecordTypes | null;
  /** Item Subtype */
  item_subtype?: ItemSubType | null;
  /** Release Reviewer */
  release_reviewer?: string | null;
  /** Release Status */
  release_status?: QueryDatasetReleaseStatusType | null;
}

/** The `GeneralListRequest` model of the Registry API. */
export interface GeneralListRequest {
  /** Filter By */
  filter_by?: FilterOptions | null;
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

/** HistoryEntry[CreateDomainInfo] */
export interface HistoryEntry_CreateDomainInfo_ {
  /** Id */
  id: number;
  /** Timestamp */
  timestamp: number;
  /** Reason */
  reason: string;
  /** Username */
  username: string;
  /** Item */
  item: CreateDomainInfo;
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

/** HistoryEntry[DatasetTemplateDomainInfo] */
export interface HistoryEntry_DatasetTemplateDomainInfo_ {
  /** Id */
  id: number;
  /** Timestamp */
  timestamp: number;
  /** Reason */
  reason: string;
  /** Username */
  username: string;
  /** Item */
  item: DatasetTemplateDomainInfo;
}

/** HistoryEntry[ModelDomainInfo] */
export interface HistoryEntry_ModelDomainInfo_ {
  /** Id */
  id: number;
  /** Timestamp */
  timestamp: number;
  /** Reason */
  reason: string;
  /** Username */
  username: string;
  /** Item */
  item: ModelDomainInfo;
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

/** HistoryEntry[ModelRunWorkflowTemplateDomainInfo] */
export interface HistoryEntry_ModelRunWorkflowTemplateDomainInfo_ {
  /** Id */
  id: number;
  /** Timestamp */
  timestamp: number;
  /** Reason */
  reason: string;
  /** Username */
  username: string;
  /** Item */
  item: ModelRunWorkflowTemplateDomainInfo;
}

/** HistoryEntry[OrganisationDomainInfo] */
export interface HistoryEntry_OrganisationDomainInfo_ {
  /** Id */
  id: number;
  /** Timestamp */
  timestamp: number;
  /** Reason */
  reason: string;
  /** Username */
  username: string;
  /** Item */
  item: OrganisationDomainInfo;
}

/** HistoryEntry[PersonDomainInfo] */
export interface HistoryEntry_PersonDomainInfo_ {
  /** Id */
  id: number;
  /** Timestamp */
  timestamp: number;
  /** Reason */
  reason: string;
  /** Username */
  username: string;
  /** Item */
  item: PersonDomainInfo;
}

/** HistoryEntry[StudyDomainInfo] */
export interface HistoryEntry_StudyDomainInfo_ {
  /** Id */
  id: number;
  /** Timestamp */
  timestamp: number;
  /** Reason */
  reason: string;
  /** Username */
  username: string;
  /** Item */
  item: StudyDomainInfo;
}

/** HistoryEntry[VersionDomainInfo] */
export interface HistoryEntry_VersionDomainInfo_ {
  /** Id */
  id: number;
  /** Timestamp */
  timestamp: number;
  /** Reason */
  reason: string;
  /** Username */
  username: string;
  /** Item */
  item: VersionDomainInfo;
}

/** The `ImportMode` model of the Registry API. */
export const ImportModeValues = [
  "ADD_ONLY",
  "ADD_OR_OVERWRITE",
  "OVERWRITE_ONLY",
  "SYNC_ADD_OR_OVERWRITE",
  "SYNC_DELETION_ALLOWED",
] as const;
/** One of {@link ImportModeValues}; lenient parsing keeps values this SDK does not know yet. */
export type ImportMode = (typeof ImportModeValues)[number] | UnknownString;

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

/** The `ItemCategory` model of the Registry API. */
export const ItemCategoryValues = ["ACTIVITY", "AGENT", "ENTITY"] as const;
/** One of {@link ItemCategoryValues}; lenient parsing keeps values this SDK does not know yet. */
export type ItemCategory = (typeof ItemCategoryValues)[number] | UnknownString;

/** The `ItemCreate` model of the Registry API. */
export interface ItemCreate {
  /** Display Name */
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  /** Created Item Id */
  created_item_id: string;
  /** History */
  history: HistoryEntry_CreateDomainInfo_[];
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
   * @defaultValue "CREATE"
   */
  item_subtype?: ItemSubType | null;
  /** Record Type */
  record_type: RecordType;
  /** Workflow Links */
  workflow_links?: WorkflowLinks | null;
  /** Versioning Info */
  versioning_info?: VersioningInfo | null;
}

/** The `ItemDataset` model of the Registry API. */
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

/** The `ItemDatasetTemplate` model of the Registry API. */
export interface ItemDatasetTemplate {
  /** Display Name */
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  /** Description */
  description?: string | null;
  /**
   * Defined Resources
   * @defaultValue []
   */
  defined_resources?: DefinedResource[] | null;
  /**
   * Deferred Resources
   * @defaultValue []
   */
  deferred_resources?: DeferredResource[] | null;
  /** History */
  history: HistoryEntry_DatasetTemplateDomainInfo_[];
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
   * @defaultValue "DATASET_TEMPLATE"
   */
  item_subtype?: ItemSubType | null;
  /** Record Type */
  record_type: RecordType;
  /** Workflow Links */
  workflow_links?: WorkflowLinks | null;
  /** Versioning Info */
  versioning_info?: VersioningInfo | null;
}

/** The `ItemModel` model of the Registry API. */
export interface ItemModel {
  /** Display Name */
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  /** Name */
  name: string;
  /** Description */
  description: string;
  /** Documentation Url */
  documentation_url: string;
  /** Source Url */
  source_url: string;
  /** History */
  history: HistoryEntry_ModelDomainInfo_[];
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
   * @defaultValue "MODEL"
   */
  item_subtype?: ItemSubType | null;
  /** Record Type */
  record_type: RecordType;
  /** Workflow Links */
  workflow_links?: WorkflowLinks | null;
  /** Versioning Info */
  versioning_info?: VersioningInfo | null;
}

/** The `ItemModelRun` model of the Registry API. */
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

/** The `ItemModelRunWorkflowTemplate` model of the Registry API. */
export interface ItemModelRunWorkflowTemplate {
  /** Display Name */
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  /** Software Id */
  software_id: string;
  /**
   * Input Templates
   * @defaultValue []
   */
  input_templates?: TemplateResource[] | null;
  /**
   * Output Templates
   * @defaultValue []
   */
  output_templates?: TemplateResource[] | null;
  /** Annotations */
  annotations?: WorkflowTemplateAnnotations | null;
  /** History */
  history: HistoryEntry_ModelRunWorkflowTemplateDomainInfo_[];
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
   * @defaultValue "MODEL_RUN_WORKFLOW_TEMPLATE"
   */
  item_subtype?: ItemSubType | null;
  /** Record Type */
  record_type: RecordType;
  /** Workflow Links */
  workflow_links?: WorkflowLinks | null;
  /** Versioning Info */
  versioning_info?: VersioningInfo | null;
}

/** The `ItemOrganisation` model of the Registry API. */
export interface ItemOrganisation {
  /** Display Name */
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  /** Name */
  name: string;
  /** Ror */
  ror?: string | null;
  /** History */
  history: HistoryEntry_OrganisationDomainInfo_[];
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
   * @defaultValue "AGENT"
   */
  item_category?: ItemCategory | null;
  /**
   * Item Subtype
   * @defaultValue "ORGANISATION"
   */
  item_subtype?: ItemSubType | null;
  /** Record Type */
  record_type: RecordType;
  /** Workflow Links */
  workflow_links?: WorkflowLinks | null;
  /** Versioning Info */
  versioning_info?: VersioningInfo | null;
}

/** The `ItemPerson` model of the Registry API. */
export interface ItemPerson {
  /** Display Name */
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  /** Email */
  email: string;
  /** First Name */
  first_name: string;
  /** Last Name */
  last_name: string;
  /** Orcid */
  orcid?: string | null;
  /**
   * Ethics Approved
   * @defaultValue false
   */
  ethics_approved?: boolean | null;
  /** History */
  history: HistoryEntry_PersonDomainInfo_[];
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
   * @defaultValue "AGENT"
   */
  item_category?: ItemCategory | null;
  /**
   * Item Subtype
   * @defaultValue "PERSON"
   */
  item_subtype?: ItemSubType | null;
  /** Record Type */
  record_type: RecordType;
  /** Workflow Links */
  workflow_links?: WorkflowLinks | null;
  /** Versioning Info */
  versioning_info?: VersioningInfo | null;
}

/** The `ItemRevertRequest` model of the Registry API. */
export interface ItemRevertRequest {
  /** Id */
  id: string;
  /** History Id */
  history_id: number;
  /** Reason */
  reason: string;
}

/** The `ItemRevertResponse` model of the Registry API. */
export interface ItemRevertResponse {
  /** Status */
  status: Status;
}

/** The `ItemStudy` model of the Registry API. */
export interface ItemStudy {
  /** Display Name */
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  /** Title */
  title: string;
  /** Description */
  description: string;
  /** Study Alternative Id */
  study_alternative_id?: string | null;
  /** History */
  history: HistoryEntry_StudyDomainInfo_[];
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
   * @defaultValue "STUDY"
   */
  item_subtype?: ItemSubType | null;
  /** Record Type */
  record_type: RecordType;
  /** Workflow Links */
  workflow_links?: WorkflowLinks | null;
  /** Versioning Info */
  versioning_info?: VersioningInfo | null;
}

/** The `ItemSubType` model of the Registry API. */
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

/** The `ItemVersion` model of the Registry API. */
export interface ItemVersion {
  /** Display Name */
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  /** Reason */
  reason: string;
  /** From Item Id */
  from_item_id: string;
  /** To Item Id */
  to_item_id: string;
  /** New Version Number */
  new_version_number: number;
  /** History */
  history: HistoryEntry_VersionDomainInfo_[];
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
   * @defaultValue "VERSION"
   */
  item_subtype?: ItemSubType | null;
  /** Record Type */
  record_type: RecordType;
  /** Workflow Links */
  workflow_links?: WorkflowLinks | null;
  /** Versioning Info */
  versioning_info?: VersioningInfo | null;
}

/** The `JsonSchemaResponse` model of the Registry API. */
export interface JsonSchemaResponse {
  /** Status */
  status: Status;
  /** Json Schema */
  json_schema?: Record<string, unknown> | null;
}

/** The `ListUserReviewingDatasetsRequest` model of the Registry API. */
export interface ListUserReviewingDatasetsRequest {
  /** Pagination Key */
  pagination_key?: Record<string, unknown> | null;
  /**
   * Page Size
   * @defaultValue 20
   */
  page_size?: number | null;
  /** Sort By */
  sort_by?: SortOptions | null;
  /** Filter By */
  filter_by: FilterOptions;
}

/** The `LockActionType` model of the Registry API. */
export const LockActionTypeValues = ["LOCK", "UNLOCK"] as const;
/** One of {@link LockActionTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type LockActionType = (typeof LockActionTypeValues)[number] | UnknownString;

/** The `LockChangeRequest` model of the Registry API. */
export interface LockChangeRequest {
  /** Id */
  id: string;
  /** Reason */
  reason: string;
}

/** The `LockEvent` model of the Registry API. */
export interface LockEvent {
  /** Action Type */
  action_type: LockActionType;
  /** Username */
  username: string;
  /** Email */
  email?: string | null;
  /** Reason */
  reason: string;
  /** Timestamp */
  timestamp: number;
}

/** The `LockHistoryResponse` model of the Registry API. */
export interface LockHistoryResponse {
  /** Status */
  status: Status;
  /** History */
  history?: LockEvent[] | null;
}

/** The `LockStatusResponse` model of the Registry API. */
export interface LockStatusResponse {
  /** Locked */
  locked: boolean;
}

/** The `ModelCreateResponse` model of the Registry API. */
export interface ModelCreateResponse {
  /** Status */
  status: Status;
  /** Created Item */
  created_item?: ItemModel | null;
  /** Register Create Activity Session Id */
  register_create_activity_session_id?: string | null;
}

/** The `ModelDomainInfo` model of the Registry API. */
export interface ModelDomainInfo {
  /** Display Name */
  display_name: string;
  /** Name */
  name: string;
  /** Description */
  description: string;
  /** Documentation Url */
  documentation_url: string;
  /** Source Url */
  source_url: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

/** The `ModelFetchResponse` model of the Registry API. */
export interface ModelFetchResponse {
  /** Status */
  status: Status;
  /** Item */
  item?: ItemModel | SeededItem | null;
  /** Roles */
  roles?: string[] | null;
  /** Locked */
  locked?: boolean | null;
  /** Item Is Seed */
  item_is_seed?: boolean | null;
}

/** The `ModelListResponse` model of the Registry API. */
export interface ModelListResponse {
  /** Status */
  status: Status;
  /** Items */
  items?: ItemModel[] | null;
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

/** The `ModelRunCreateResponse` model of the Registry API. */
export interface ModelRunCreateResponse {
  /** Status */
  status: Status;
  /** Created Item */
  created_item?: ItemModelRun | null;
  /** Register Create Activity Session Id */
  register_create_activity_session_id?: string | null;
}

/** The `ModelRunDomainInfo` model of the Registry API. */
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

/** The `ModelRunFetchResponse` model of the Registry API. */
export interface ModelRunFetchResponse {
  /** Status */
  status: Status;
  /** Item */
  item?: ItemModelRun | SeededItem | null;
  /** Roles */
  roles?: string[] | null;
  /** Locked */
  locked?: boolean | null;
  /** Item Is Seed */
  item_is_seed?: boolean | null;
}

/** The `ModelRunListResponse` model of the Registry API. */
export interface ModelRunListResponse {
  /** Status */
  status: Status;
  /** Items */
  items?: ItemModelRun[] | null;
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

/** The `ModelRunRecord` model of the Registry API. */
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

/** The `ModelRunSeedResponse` model of the Registry API. */
export interface ModelRunSeedResponse {
  /** Status */
  status: Status;
  /** Seeded Item */
  seeded_item?: SeededItem | null;
}

/** The `ModelRunWorkflowTemplateCreateResponse` model of the Registry API. */
export interface ModelRunWorkflowTemplateCreateResponse {
  /** Status */
  status: Status;
  /** Created Item */
  created_item?: ItemModelRunWorkflowTemplate | null;
  /** Register Create Activity Session Id */
  register_create_activity_session_id?: string | null;
}

/** The `ModelRunWorkflowTemplateDomainInfo` model of the Registry API. */
export interface ModelRunWorkflowTemplateDomainInfo {
  /** Display Name */
  display_name: string;
  /** Software Id */
  software_id: string;
  /**
   * Input Templates
   * @defaultValue []
   */
  input_templates?: TemplateResource[] | null;
  /**
   * Output Templates
   * @defaultValue []
   */
  output_templates?: TemplateResource[] | null;
  /** Annotations */
  annotations?: WorkflowTemplateAnnotations | null;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

/** The `ModelRunWorkflowTemplateFetchResponse` model of the Registry API. */
export interface ModelRunWorkflowTemplateFetchResponse {
  /** Status */
  status: Status;
  /** Item */
  item?: ItemModelRunWorkflowTemplate | SeededItem | null;
  /** Roles */
  roles?: string[] | null;
  /** Locked */
  locked?: boolean | null;
  /** Item Is Seed */
  item_is_seed?: boolean | null;
}

/** The `ModelRunWorkflowTemplateListResponse` model of the Registry API. */
export interface ModelRunWorkflowTemplateListResponse {
  /** Status */
  status: Status;
  /** Items */
  items?: ItemModelRunWorkflowTemplate[] | null;
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

/** The `ModelRunWorkflowTemplateSeedResponse` model of the Registry API. */
export interface ModelRunWorkflowTemplateSeedResponse {
  /** Status */
  status: Status;
  /** Seeded Item */
  seeded_item?: SeededItem | null;
}

/** The `ModelSeedResponse` model of the Registry API. */
export interface ModelSeedResponse {
  /** Status */
  status: Status;
  /** Seeded Item */
  seeded_item?: SeededItem | null;
}

/** The `OrganisationCreateResponse` model of the Registry API. */
export interface OrganisationCreateResponse {
  /** Status */
  status: Status;
  /** Created Item */
  created_item?: ItemOrganisation | null;
  /** Register Create Activity Session Id */
  register_create_activity_session_id?: string | null;
}

/** The `OrganisationDomainInfo` model of the Registry API. */
export interface OrganisationDomainInfo {
  /** Display Name */
  display_name: string;
  /** Name */
  name: string;
  /** Ror */
  ror?: string | null;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

/** The `OrganisationFetchResponse` model of the Registry API. */
export interface OrganisationFetchResponse {
  /** Status */
  status: Status;
  /** Item */
  item?: ItemOrganisation | SeededItem | null;
  /** Roles */
  roles?: string[] | null;
  /** Locked */
  locked?: boolean | null;
  /** Item Is Seed */
  item_is_seed?: boolean | null;
}

/** The `OrganisationListResponse` model of the Registry API. */
export interface OrganisationListResponse {
  /** Status */
  status: Status;
  /** Items */
  items?: ItemOrganisation[] | null;
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

/** The `OrganisationSeedResponse` model of the Registry API. */
export interface OrganisationSeedResponse {
  /** Status */
  status: Status;
  /** Seeded Item */
  seeded_item?: SeededItem | null;
}

/** The `PaginatedDatasetListResponse` model of the Registry API. */
export interface PaginatedDatasetListResponse {
  /** Status */
  status: Status;
  /** Dataset Items */
  dataset_items?: ItemDataset[] | null;
  /** Total Dataset Count */
  total_dataset_count?: number | null;
  /** Pagination Key */
  pagination_key?: Record<string, unknown> | null;
}

/** The `PaginatedListResponse` model of the Registry API. */
export interface PaginatedListResponse {
  /** Status */
  status: Status;
  /** Items */
  items?: unknown[] | null;
  /** Total Item Count */
  total_item_count?: number | null;
  /** Pagination Key */
  pagination_key?: Record<string, unknown> | null;
}

/** The `PersonCreateResponse` model of the Registry API. */
export interface PersonCreateResponse {
  /** Status */
  status: Status;
  /** Created Item */
  created_item?: ItemPerson | null;
  /** Register Create Activity Session Id */
  register_create_activity_session_id?: string | null;
}

/** The `PersonDomainInfo` model of the Registry API. */
export interface PersonDomainInfo {
  /** Display Name */
  display_name: string;
  /** Email */
  email: string;
  /** First Name */
  first_name: string;
  /** Last Name */
  last_name: string;
  /** Orcid */
  orcid?: string | null;
  /**
   * Ethics Approved
   * @defaultValue false
   */
  ethics_approved?: boolean | null;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

/** The `PersonFetchResponse` model of the Registry API. */
export interface PersonFetchResponse {
  /** Status */
  status: Status;
  /** Item */
  item?: ItemPerson | SeededItem | null;
  /** Roles */
  roles?: string[] | null;
  /** Locked */
  locked?: boolean | null;
  /** Item Is Seed */
  item_is_seed?: boolean | null;
}

/** The `PersonListResponse` model of the Registry API. */
export interface PersonListResponse {
  /** Status */
  status: Status;
  /** Items */
  items?: ItemPerson[] | null;
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

/** The `PersonSeedResponse` model of the Registry API. */
export interface PersonSeedResponse {
  /** Status */
  status: Status;
  /** Seeded Item */
  seeded_item?: SeededItem | null;
}

/** The `ProvGraphRestoreRequest` model of the Registry API. */
export interface ProvGraphRestoreRequest {
  /**
   * Trial Mode
   * @defaultValue true
   */
  trial_mode?: boolean | null;
  /**
   * Abort If Failures
   * @defaultValue true
   */
  abort_if_failures?: boolean | null;
  /** Items */
  items: BundledItem[];
}

/** The `ProvGraphRestoreResponse` model of the Registry API. */
export interface ProvGraphRestoreResponse {
  /** Status */
  status: Status;
  /** Trial Mode */
  trial_mode: boolean;
  /** Abort If Failures */
  abort_if_failures: boolean;
  /** Task Ids */
  task_ids?: string[] | null;
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

/** The `QueryDatasetReleaseStatusType` model of the Registry API. */
export const QueryDatasetReleaseStatusTypeValues = ["NOT_RELEASED", "PENDING", "RELEASED"] as const;
/** One of {@link QueryDatasetReleaseStatusTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type QueryDatasetReleaseStatusType = (typeof QueryDatasetReleaseStatusTypeValues)[number] | UnknownString;

/** The `QueryRecordTypes` model of the Registry API. */
export const QueryRecordTypesValues = ["ALL", "SEED_ONLY", "COMPLETE_ONLY"] as const;
/** One of {@link QueryRecordTypesValues}; lenient parsing keeps values this SDK does not know yet. */
export type QueryRecordTypes = (typeof QueryRecordTypesValues)[number] | UnknownString;

/** The `RecordType` model of the Registry API. */
export const RecordTypeValues = ["SEED_ITEM", "COMPLETE_ITEM"] as const;
/** One of {@link RecordTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type RecordType = (typeof RecordTypeValues)[number] | UnknownString;

/** The `RegistryExportResponse` model of the Registry API. */
export interface RegistryExportResponse {
  /** Status */
  status: Status;
  /** Items */
  items?: BundledItem[] | null;
}

/** The `RegistryImportRequest` model of the Registry API. */
export interface RegistryImportRequest {
  /** Import Mode */
  import_mode: ImportMode;
  /**
   * Parse Items
   * @defaultValue true
   */
  parse_items?: boolean | null;
  /**
   * Allow Entry Deletion
   * @defaultValue false
   */
  allow_entry_deletion?: boolean | null;
  /**
   * Trial Mode
   * @defaultValue true
   */
  trial_mode?: boolean | null;
  /** Items */
  items: BundledItem[];
}

/** The `RegistryImportResponse` model of the Registry API. */
export interface RegistryImportResponse {
  /** Status */
  status: Status;
  /** Trial Mode */
  trial_mode: boolean;
  /** Statistics */
  statistics?: RegistryImportStatistics | null;
  /** Failure List */
  failure_list?: [string, Record<string, unknown>][] | null;
}

/** The `RegistryImportStatistics` model of the Registry API. */
export interface RegistryImportStatistics {
  /** Old Registry Size */
  old_registry_size: number;
  /** New Registry Size */
  new_registry_size: number;
  /** Deleted Entries */
  deleted_entries: number;
  /** Overwritten Entries */
  overwritten_entries: number;
  /** New Entries */
  new_entries: number;
}

/** The `RegistryRestoreRequest` model of the Registry API. */
export interface RegistryRestoreRequest {
  /** Import Mode */
  import_mode: ImportMode;
  /**
   * Parse Items
   * @defaultValue true
   */
  parse_items?: boolean | null;
  /**
   * Allow Entry Deletion
   * @defaultValue false
   */
  allow_entry_deletion?: boolean | null;
  /**
   * Trial Mode
   * @defaultValue true
   */
  trial_mode?: boolean | null;
  /** Table Names */
  table_names: TableNames;
}

/** The `ReleaseAction` model of the Registry API. */
export const ReleaseActionValues = ["REQUEST", "APPROVE", "REJECT"] as const;
/** One of {@link ReleaseActionValues}; lenient parsing keeps values this SDK does not know yet. */
export type ReleaseAction = (typeof ReleaseActionValues)[number] | UnknownString;

/** The `ReleaseHistoryEntry` model of the Registry API. */
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

/** The `ReleasedStatus` model of the Registry API. */
export const ReleasedStatusValues = ["NOT_RELEASED", "PENDING", "RELEASED"] as const;
/** One of {@link ReleasedStatusValues}; lenient parsing keeps values this SDK does not know yet. */
export type ReleasedStatus = (typeof ReleasedStatusValues)[number] | UnknownString;

/** The `ResourceUsageType` model of the Registry API. */
export const ResourceUsageTypeValues = ["PARAMETER_FILE", "CONFIG_FILE", "FORCING_DATA", "GENERAL_DATA"] as const;
/** One of {@link ResourceUsageTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type ResourceUsageType = (typeof ResourceUsageTypeValues)[number] | UnknownString;

/** The `S3Location` model of the Registry API. */
export interface S3Location {
  /** Bucket Name */
  bucket_name: string;
  /** Path */
  path: string;
  /** S3 Uri */
  s3_uri: string;
}

/** The `SeededItem` model of the Registry API. */
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

/** The `SortOptions` model of the Registry API. */
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

/** The `SortType` model of the Registry API. */
export const SortTypeValues = [
  "CREATED_TIME",
  "UPDATED_TIME",
  "DISPLAY_NAME",
  "RELEASE_TIMESTAMP",
  "ACCESS_INFO_URI_BEGINS_WITH",
] as const;
/** One of {@link SortTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type SortType = (typeof SortTypeValues)[number] | UnknownString;

/** The `StudyCreateResponse` model of the Registry API. */
export interface StudyCreateResponse {
  /** Status */
  status: Status;
  /** Created Item */
  created_item?: ItemStudy | null;
  /** Register Create Activity Session Id */
  register_create_activity_session_id?: string | null;
}

/** The `StudyDomainInfo` model of the Registry API. */
export interface StudyDomainInfo {
  /** Display Name */
  display_name: string;
  /** Title */
  title: string;
  /** Description */
  description: string;
  /** Study Alternative Id */
  study_alternative_id?: string | null;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

/** The `StudyFetchResponse` model of the Registry API. */
export interface StudyFetchResponse {
  /** Status */
  status: Status;
  /** Item */
  item?: ItemStudy | SeededItem | null;
  /** Roles */
  roles?: string[] | null;
  /** Locked */
  locked?: boolean | null;
  /** Item Is Seed */
  item_is_seed?: boolean | null;
}

/** The `StudyListResponse` model of the Registry API. */
export interface StudyListResponse {
  /** Status */
  status: Status;
  /** Items */
  items?: ItemStudy[] | null;
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

/** The `StudySeedResponse` model of the Registry API. */
export interface StudySeedResponse {
  /** Status */
  status: Status;
  /** Seeded Item */
  seeded_item?: SeededItem | null;
}

/** The `SubtypeFilterOptions` model of the Registry API. */
export interface SubtypeFilterOptions {
  /**
   * Record Type
   * @defaultValue "COMPLETE_ONLY"
   */
  record_type?: QueryRecordTypes | null;
}

/** The `SubtypeListRequest` model of the Registry API. */
export interface SubtypeListRequest {
  /** Filter By */
  filter_by?: SubtypeFilterOptions | null;
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

/** The `TableNames` model of the Registry API. */
export interface TableNames {
  /** Resource Table Name */
  resource_table_name: string;
  /** Auth Table Name */
  auth_table_name: string;
  /** Lock Table Name */
  lock_table_name: string;
}

/** The `TemplateResource` model of the Registry API. */
export interface TemplateResource {
  /** Template Id */
  template_id: string;
  /** Optional */
  optional?: boolean | null;
}

/** The `TemplatedDataset` model of the Registry API. */
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

/** The `UiSchemaResponse` model of the Registry API. */
export interface UiSchemaResponse {
  /** Status */
  status: Status;
  /** Ui Schema */
  ui_schema?: Record<string, unknown> | null;
}

/** The `UntypedFetchResponse` model of the Registry API. */
export interface UntypedFetchResponse {
  /** Status */
  status: Status;
  /** Item */
  item?: Record<string, unknown> | null;
}

/** The `UpdateResponse` model of the Registry API. */
export interface UpdateResponse {
  /** Status */
  status: Status;
  /** Register Create Activity Session Id */
  register_create_activity_session_id?: string | null;
}

/** The `VersionDetails` model of the Registry API. */
export interface VersionDetails {
  /** Commit Id */
  commit_id?: string | null;
  /** Commit Url */
  commit_url?: string | null;
  /** Tag Name */
  tag_name?: string | null;
  /** Release Title */
  release_title?: string | null;
  /** Release Url */
  release_url?: string | null;
}

/** The `VersionDomainInfo` model of the Registry API. */
export interface VersionDomainInfo {
  /** Display Name */
  display_name: string;
  /** Reason */
  reason: string;
  /** From Item Id */
  from_item_id: string;
  /** To Item Id */
  to_item_id: string;
  /** New Version Number */
  new_version_number: number;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

/** The `VersionFetchResponse` model of the Registry API. */
export interface VersionFetchResponse {
  /** Status */
  status: Status;
  /** Item */
  item?: ItemVersion | SeededItem | null;
  /** Roles */
  roles?: string[] | null;
  /** Locked */
  locked?: boolean | null;
  /** Item Is Seed */
  item_is_seed?: boolean | null;
}

/** The `VersionListResponse` model of the Registry API. */
export interface VersionListResponse {
  /** Status */
  status: Status;
  /** Items */
  items?: ItemVersion[] | null;
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

/** The `VersionRequest` model of the Registry API. */
export interface VersionRequest {
  /** Id */
  id: string;
  /** Reason */
  reason: string;
}

/** The `VersionResponse` model of the Registry API. */
export interface VersionResponse {
  /** New Version Id */
  new_version_id: string;
  /** Version Job Session Id */
  version_job_session_id: string;
}

/** The `VersioningInfo` model of the Registry API. */
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

/** The `WorkflowLinks` model of the Registry API. */
export interface WorkflowLinks {
  /** Create Activity Workflow Id */
  create_activity_workflow_id?: string | null;
  /** Version Activity Workflow Id */
  version_activity_workflow_id?: string | null;
}

/** The `WorkflowRunCompletionStatus` model of the Registry API. */
export const WorkflowRunCompletionStatusValues = ["INCOMPLETE", "COMPLETE", "LODGED"] as const;
/** One of {@link WorkflowRunCompletionStatusValues}; lenient parsing keeps values this SDK does not know yet. */
export type WorkflowRunCompletionStatus = (typeof WorkflowRunCompletionStatusValues)[number] | UnknownString;

/** The `WorkflowTemplateAnnotations` model of the Registry API. */
export interface WorkflowTemplateAnnotations {
  /**
   * Required
   * @defaultValue []
   */
  required?: string[] | null;
  /**
   * Optional
   * @defaultValue []
   */
  optional?: string[] | null;
}

// ---- Models (each built on first use, per validation mode) ----

/** Validates a {@link AccessInfo}; built on first use per validation mode (`AccessInfoSchema("lenient")`). */
export const AccessInfoSchema = /* @__PURE__ */ defineModel<AccessInfo>((k, o) =>
  closedObject(k, o, {
      reposited: k.optional(z.boolean()),
      uri: k.optional(z.string().check(z.minLength(1))),
      description: k.optional(z.string().check(z.minLength(1))),
    }),
);

/** Validates a {@link AccessSettings}; built on first use per validation mode (`AccessSettingsSchema("lenient")`). */
export const AccessSettingsSchema = /* @__PURE__ */ defineModel<AccessSettings>((k, _o) =>
  k.object({
      owner: z.string(),
      general: z.array(z.string()),
      groups: z.record(z.string(), z.array(z.string())),
    }),
);

/** Validates a {@link AssociationInfo}; built on first use per validation mode (`AssociationInfoSchema("lenient")`). */
export const AssociationInfoSchema = /* @__PURE__ */ defineModel<AssociationInfo>((k, _o) =>
  k.object({
      modeller_id: z.string(),
      requesting_organisation_id: k.optional(z.string()),
    }),
);

/** Validates a {@link DescribedRole}; built on first use per validation mode (`DescribedRoleSchema("lenient")`). */
export const DescribedRoleSchema = /* @__PURE__ */ defineModel<DescribedRole>((k, _o) =>
  k.object({
      role_display_name: z.string(),
      role_name: z.string(),
      description: z.string(),
      also_grants: z.array(z.string()),
    }),
);

/** Validates a {@link AuthRolesResponse}; built on first use per validation mode (`AuthRolesResponseSchema("lenient")`). */
export const AuthRolesResponseSchema = /* @__PURE__ */ defineModel<AuthRolesResponse>((k, o) =>
  k.object({
      roles: z.array(DescribedRoleSchema(k, o)),
    }),
);

/** Validates a {@link BundledItem}; built on first use per validation mode (`BundledItemSchema("lenient")`). */
export const BundledItemSchema = /* @__PURE__ */ defineModel<BundledItem>((k, _o) =>
  k.object({
      id: z.string(),
      item_payload: z.record(z.string(), z.unknown()),
      auth_payload: z.record(z.string(), z.unknown()),
      lock_payload: z.record(z.string(), z.unknown()),
    }),
);

/** Validates a {@link CollectionFormatAssociations}; built on first use per validation mode (`CollectionFormatAssociationsSchema("lenient")`). */
export const CollectionFormatAssociationsSchema = /* @__PURE__ */ defineModel<CollectionFormatAssociations>((k, o) =>
  closedObject(k, o, {
      organisation_id: z.string().check(z.minLength(1)),
      data_custodian_id: k.optional(z.string().check(z.minLength(1))),
      point_of_contact: k.optional(z.string().check(z.minLength(1))),
    }),
);

/** Validates a {@link DatasetEthicsRegistrationCheck}; built on first use per validation mode (`DatasetEthicsRegistrationCheckSchema("lenient")`). */
export const DatasetEthicsRegistrationCheckSchema = /* @__PURE__ */ defineModel<DatasetEthicsRegistrationCheck>((k, o) =>
  closedObject(k, o, {
      relevant: k.optional(z.boolean()),
      obtained: k.optional(z.boolean()),
    }),
);

/** Validates a {@link DatasetEthicsAccessCheck}; built on first use per validation mode (`DatasetEthicsAccessCheckSchema("lenient")`). */
export const DatasetEthicsAccessCheckSchema = /* @__PURE__ */ defineModel<DatasetEthicsAccessCheck>((k, o) =>
  closedObject(k, o, {
      relevant: k.optional(z.boolean()),
      obtained: k.optional(z.boolean()),
    }),
);

/** Validates a {@link IndigenousKnowledgeCheck}; built on first use per validation mode (`IndigenousKnowledgeCheckSchema("lenient")`). */
export const IndigenousKnowledgeCheckSchema = /* @__PURE__ */ defineModel<IndigenousKnowledgeCheck>((k, o) =>
  closedObject(k, o, {
      relevant: k.optional(z.boolean()),
      obtained: k.optional(z.boolean()),
    }),
);

/** Validates a {@link ExportControls}; built on first use per validation mode (`ExportControlsSchema("lenient")`). */
export const ExportControlsSchema = /* @__PURE__ */ defineModel<ExportControls>((k, o) =>
  closedObject(k, o, {
      relevant: k.optional(z.boolean()),
      obtained: k.optional(z.boolean()),
    }),
);

/** Validates a {@link CollectionFormatApprovals}; built on first use per validation mode (`CollectionFormatApprovalsSchema("lenient")`). */
export const CollectionFormatApprovalsSchema = /* @__PURE__ */ defineModel<CollectionFormatApprovals>((k, o) =>
  closedObject(k, o, {
      ethics_registration: DatasetEthicsRegistrationCheckSchema(k, o),
      ethics_access: DatasetEthicsAccessCheckSchema(k, o),
      indigenous_knowledge: IndigenousKnowledgeCheckSchema(k, o),
      export_controls: ExportControlsSchema(k, o),
    }),
);

/** Validates a {@link CreatedDate}; built on first use per validation mode (`CreatedDateSchema("lenient")`). */
export const CreatedDateSchema = /* @__PURE__ */ defineModel<CreatedDate>((k, o) =>
  closedObject(k, o, {
      relevant: k.optional(z.boolean()),
      value: k.optional(z.string().check(z.minLength(1))),
    }),
);

/** Validates a {@link PublishedDate}; built on first use per validation mode (`PublishedDateSchema("lenient")`). */
export const PublishedDateSchema = /* @__PURE__ */ defineModel<PublishedDate>((k, o) =>
  closedObject(k, o, {
      relevant: k.optional(z.boolean()),
      value: k.optional(z.string().check(z.minLength(1))),
    }),
);

/** Validates a {@link CollectionFormatSpatialInfo}; built on first use per validation mode (`CollectionFormatSpatialInfoSchema("lenient")`). */
export const CollectionFormatSpatialInfoSchema = /* @__PURE__ */ defineModel<CollectionFormatSpatialInfo>((k, o) =>
  closedObject(k, o, {
      coverage: k.optional(z.string().check(z.minLength(1), z.maxLength(50000))),
      resolution: k.optional(z.string().check(z.minLength(1))),
      extent: k.optional(z.string().check(z.minLength(1), z.maxLength(50000))),
    }),
);

/** Validates a {@link TemporalDurationInfo}; built on first use per validation mode (`TemporalDurationInfoSchema("lenient")`). */
export const TemporalDurationInfoSchema = /* @__PURE__ */ defineModel<TemporalDurationInfo>((k, o) =>
  closedObject(k, o, {
      begin_date: z.string().check(z.minLength(1)),
      end_date: z.string().check(z.minLength(1)),
    }),
);

/** Validates a {@link CollectionFormatTemporalInfo}; built on first use per validation mode (`CollectionFormatTemporalInfoSchema("lenient")`). */
export const CollectionFormatTemporalInfoSchema = /* @__PURE__ */ defineModel<CollectionFormatTemporalInfo>((k, o) =>
  closedObject(k, o, {
      duration: k.optional(TemporalDurationInfoSchema(k, o)),
      resolution: k.optional(z.string().check(z.minLength(1))),
    }),
);

/** Validates a {@link CollectionFormatDatasetInfo}; built on first use per validation mode (`CollectionFormatDatasetInfoSchema("lenient")`). */
export const CollectionFormatDatasetInfoSchema = /* @__PURE__ */ defineModel<CollectionFormatDatasetInfo>((k, o) =>
  closedObject(k, o, {
      name: z.string().check(z.minLength(1)),
      description: z.string().check(z.minLength(1)),
      access_info: AccessInfoSchema(k, o),
      publisher_id: z.string().check(z.minLength(1)),
      created_date: CreatedDateSchema(k, o),
      published_date: PublishedDateSchema(k, o),
      license: z.string().check(z.minLength(1), z.maxLength(65536)),
      purpose: k.optional(z.string().check(z.minLength(1))),
      rights_holder: k.optional(z.string().check(z.minLength(1))),
      usage_limitations: k.optional(z.string().check(z.minLength(1))),
      preferred_citation: k.optional(z.string().check(z.minLength(1))),
      spatial_info: k.optional(CollectionFormatSpatialInfoSchema(k, o)),
      temporal_info: k.optional(CollectionFormatTemporalInfoSchema(k, o)),
      formats: k.optional(z.array(z.string().check(z.minLength(1)))),
      keywords: k.optional(z.array(z.string().check(z.minLength(1)))),
      user_metadata: k.optional(z.record(z.string().check(z.minLength(1)), z.string().check(z.minLength(1)))),
    }),
);

/** Validates a {@link CollectionFormat}; built on first use per validation mode (`CollectionFormatSchema("lenient")`). */
export const CollectionFormatSchema = /* @__PURE__ */ defineModel<CollectionFormat>((k, o) =>
  closedObject(k, o, {
      associations: CollectionFormatAssociationsSchema(k, o),
      approvals: CollectionFormatApprovalsSchema(k, o),
      dataset_info: CollectionFormatDatasetInfoSchema(k, o),
    }),
);

/** Validates a {@link CreateDomainInfo}; built on first use per validation mode (`CreateDomainInfoSchema("lenient")`). */
export const CreateDomainInfoSchema = /* @__PURE__ */ defineModel<CreateDomainInfo>((k, _o) =>
  k.object({
      display_name: z.string(),
      created_item_id: z.string(),
      user_metadata: k.optional(z.record(z.string(), z.string())),
    }),
);

/** Validates a {@link HistoryEntry_CreateDomainInfo_}; built on first use per validation mode (`HistoryEntry_CreateDomainInfo_Schema("lenient")`). */
export const HistoryEntry_CreateDomainInfo_Schema = /* @__PURE__ */ defineModel<HistoryEntry_CreateDomainInfo_>((k, o) =>
  k.object({
      id: z.number().check(z.int()),
      timestamp: z.number().check(z.int()),
      reason: z.string(),
      username: z.string(),
      item: CreateDomainInfoSchema(k, o),
    }),
);

/** Validates a {@link ItemCategory}; built on first use per validation mode (`ItemCategorySchema("lenient")`). */
export const ItemCategorySchema = /* @__PURE__ */ defineModel<ItemCategory>((k, _o) =>
  k.enum(ItemCategoryValues),
);

/** Validates a {@link ItemSubType}; built on first use per validation mode (`ItemSubTypeSchema("lenient")`). */
export const ItemSubTypeSchema = /* @__PURE__ */ defineModel<ItemSubType>((k, _o) =>
  k.enum(ItemSubTypeValues),
);

/** Validates a {@link RecordType}; built on first use per validation mode (`RecordTypeSchema("lenient")`). */
export const RecordTypeSchema = /* @__PURE__ */ defineModel<RecordType>((k, _o) =>
  k.enum(RecordTypeValues),
);

/** Validates a {@link WorkflowLinks}; built on first use per validation mode (`WorkflowLinksSchema("lenient")`). */
export const WorkflowLinksSchema = /* @__PURE__ */ defineModel<WorkflowLinks>((k, _o) =>
  k.object({
      create_activity_workflow_id: k.optional(z.string()),
      version_activity_workflow_id: k.optional(z.string()),
    }),
);

/** Validates a {@link VersioningInfo}; built on first use per validation mode (`VersioningInfoSchema("lenient")`). */
export const VersioningInfoSchema = /* @__PURE__ */ defineModel<VersioningInfo>((k, _o) =>
  k.object({
      previous_version: k.optional(z.string()),
      version: z.number().check(z.int()),
      reason: k.optional(z.string()),
      next_version: k.optional(z.string()),
    }),
);

/** Validates a {@link ItemCreate}; built on first use per validation mode (`ItemCreateSchema("lenient")`). */
export const ItemCreateSchema = /* @__PURE__ */ defineModel<ItemCreate>((k, o) =>
  k.object({
      display_name: z.string(),
      user_metadata: k.optional(z.record(z.string(), z.string())),
      created_item_id: z.string(),
      history: z.array(HistoryEntry_CreateDomainInfo_Schema(k, o)),
      id: z.string(),
      owner_username: z.string(),
      created_timestamp: z.number().check(z.int()),
      updated_timestamp: z.number().check(z.int()),
      item_category: k.optional(literalInStrict(k, "ACTIVITY", ItemCategorySchema(k, o))),
      item_subtype: k.optional(literalInStrict(k, "CREATE", ItemSubTypeSchema(k, o))),
      record_type: RecordTypeSchema(k, o),
      workflow_links: k.optional(WorkflowLinksSchema(k, o)),
      versioning_info: k.optional(VersioningInfoSchema(k, o)),
    }),
);

/** Validates a {@link SeededItem}; built on first use per validation mode (`SeededItemSchema("lenient")`). */
export const SeededItemSchema = /* @__PURE__ */ defineModel<SeededItem>((k, o) =>
  k.object({
      id: z.string(),
      owner_username: z.string(),
      created_timestamp: z.number().check(z.int()),
      updated_timestamp: z.number().check(z.int()),
      item_category: ItemCategorySchema(k, o),
      item_subtype: ItemSubTypeSchema(k, o),
      record_type: RecordTypeSchema(k, o),
      workflow_links: k.optional(WorkflowLinksSchema(k, o)),
      versioning_info: k.optional(VersioningInfoSchema(k, o)),
    }),
);

/** Validates a {@link CreateFetchResponse}; built on first use per validation mode (`CreateFetchResponseSchema("lenient")`). */
export const CreateFetchResponseSchema = /* @__PURE__ */ defineModel<CreateFetchResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      item: k.optional(z.union([ItemCreateSchema(k, o), SeededItemSchema(k, o)])),
      roles: k.optional(z.array(z.string())),
      locked: k.optional(z.boolean()),
      item_is_seed: k.optional(z.boolean()),
    }),
);

/** Validates a {@link CreateListResponse}; built on first use per validation mode (`CreateListResponseSchema("lenient")`). */
export const CreateListResponseSchema = /* @__PURE__ */ defineModel<CreateListResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      items: k.optional(z.array(ItemCreateSchema(k, o))),
      seed_items: k.optional(z.array(SeededItemSchema(k, o))),
      unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
      total_item_count: k.optional(z.number().check(z.int())),
      complete_item_count: k.optional(z.number().check(z.int())),
      seed_item_count: k.optional(z.number().check(z.int())),
      unparsable_item_count: k.optional(z.number().check(z.int())),
      not_authorised_count: k.optional(z.number().check(z.int())),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link S3Location}; built on first use per validation mode (`S3LocationSchema("lenient")`). */
export const S3LocationSchema = /* @__PURE__ */ defineModel<S3Location>((k, _o) =>
  k.object({
      bucket_name: z.string(),
      path: z.string(),
      s3_uri: z.string(),
    }),
);

/** Validates a {@link ReleaseAction}; built on first use per validation mode (`ReleaseActionSchema("lenient")`). */
export const ReleaseActionSchema = /* @__PURE__ */ defineModel<ReleaseAction>((k, _o) =>
  k.enum(ReleaseActionValues),
);

/** Validates a {@link ReleaseHistoryEntry}; built on first use per validation mode (`ReleaseHistoryEntrySchema("lenient")`). */
export const ReleaseHistoryEntrySchema = /* @__PURE__ */ defineModel<ReleaseHistoryEntry>((k, o) =>
  k.object({
      action: ReleaseActionSchema(k, o),
      timestamp: z.number().check(z.int()),
      approver: z.string(),
      requester: k.optional(z.string()),
      notes: z.string(),
    }),
);

/** Validates a {@link ReleasedStatus}; built on first use per validation mode (`ReleasedStatusSchema("lenient")`). */
export const ReleasedStatusSchema = /* @__PURE__ */ defineModel<ReleasedStatus>((k, _o) =>
  k.enum(ReleasedStatusValues),
);

/** Validates a {@link DatasetDomainInfo}; built on first use per validation mode (`DatasetDomainInfoSchema("lenient")`). */
export const DatasetDomainInfoSchema = /* @__PURE__ */ defineModel<DatasetDomainInfo>((k, o) =>
  k.object({
      display_name: z.string(),
      collection_format: CollectionFormatSchema(k, o),
      s3: S3LocationSchema(k, o),
      release_history: k.optional(z.array(ReleaseHistoryEntrySchema(k, o))),
      release_status: ReleasedStatusSchema(k, o),
      release_approver: k.optional(z.string()),
      release_timestamp: k.optional(z.number().check(z.int())),
      access_info_uri: k.optional(z.string()),
      user_metadata: k.optional(z.record(z.string(), z.string())),
    }),
);

/** Validates a {@link HistoryEntry_DatasetDomainInfo_}; built on first use per validation mode (`HistoryEntry_DatasetDomainInfo_Schema("lenient")`). */
export const HistoryEntry_DatasetDomainInfo_Schema = /* @__PURE__ */ defineModel<HistoryEntry_DatasetDomainInfo_>((k, o) =>
  k.object({
      id: z.number().check(z.int()),
      timestamp: z.number().check(z.int()),
      reason: z.string(),
      username: z.string(),
      item: DatasetDomainInfoSchema(k, o),
    }),
);

/** Validates a {@link ItemDataset}; built on first use per validation mode (`ItemDatasetSchema("lenient")`). */
export const ItemDatasetSchema = /* @__PURE__ */ defineModel<ItemDataset>((k, o) =>
  k.object({
      display_name: z.string(),
      user_metadata: k.optional(z.record(z.string(), z.string())),
      collection_format: CollectionFormatSchema(k, o),
      s3: S3LocationSchema(k, o),
      release_history: k.optional(z.array(ReleaseHistoryEntrySchema(k, o))),
      release_status: ReleasedStatusSchema(k, o),
      release_approver: k.optional(z.string()),
      release_timestamp: k.optional(z.number().check(z.int())),
      access_info_uri: k.optional(z.string()),
      history: z.array(HistoryEntry_DatasetDomainInfo_Schema(k, o)),
      id: z.string(),
      owner_username: z.string(),
      created_timestamp: z.number().check(z.int()),
      updated_timestamp: z.number().check(z.int()),
      item_category: k.optional(literalInStrict(k, "ENTITY", ItemCategorySchema(k, o))),
      item_subtype: k.optional(literalInStrict(k, "DATASET", ItemSubTypeSchema(k, o))),
      record_type: RecordTypeSchema(k, o),
      workflow_links: k.optional(WorkflowLinksSchema(k, o)),
      versioning_info: k.optional(VersioningInfoSchema(k, o)),
    }),
);

/** Validates a {@link DatasetCreateResponse}; built on first use per validation mode (`DatasetCreateResponseSchema("lenient")`). */
export const DatasetCreateResponseSchema = /* @__PURE__ */ defineModel<DatasetCreateResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      created_item: k.optional(ItemDatasetSchema(k, o)),
      register_create_activity_session_id: k.optional(z.string()),
    }),
);

/** Validates a {@link DatasetFetchResponse}; built on first use per validation mode (`DatasetFetchResponseSchema("lenient")`). */
export const DatasetFetchResponseSchema = /* @__PURE__ */ defineModel<DatasetFetchResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      item: k.optional(z.union([ItemDatasetSchema(k, o), SeededItemSchema(k, o)])),
      roles: k.optional(z.array(z.string())),
      locked: k.optional(z.boolean()),
      item_is_seed: k.optional(z.boolean()),
    }),
);

/** Validates a {@link DatasetListResponse}; built on first use per validation mode (`DatasetListResponseSchema("lenient")`). */
export const DatasetListResponseSchema = /* @__PURE__ */ defineModel<DatasetListResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      items: k.optional(z.array(ItemDatasetSchema(k, o))),
      seed_items: k.optional(z.array(SeededItemSchema(k, o))),
      unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
      total_item_count: k.optional(z.number().check(z.int())),
      complete_item_count: k.optional(z.number().check(z.int())),
      seed_item_count: k.optional(z.number().check(z.int())),
      unparsable_item_count: k.optional(z.number().check(z.int())),
      not_authorised_count: k.optional(z.number().check(z.int())),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link DatasetSeedResponse}; built on first use per validation mode (`DatasetSeedResponseSchema("lenient")`). */
export const DatasetSeedResponseSchema = /* @__PURE__ */ defineModel<DatasetSeedResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      seeded_item: k.optional(SeededItemSchema(k, o)),
    }),
);

/** Validates a {@link ResourceUsageType}; built on first use per validation mode (`ResourceUsageTypeSchema("lenient")`). */
export const ResourceUsageTypeSchema = /* @__PURE__ */ defineModel<ResourceUsageType>((k, _o) =>
  k.enum(ResourceUsageTypeValues),
);

/** Validates a {@link DefinedResource}; built on first use per validation mode (`DefinedResourceSchema("lenient")`). */
export const DefinedResourceSchema = /* @__PURE__ */ defineModel<DefinedResource>((k, o) =>
  k.object({
      path: z.string(),
      description: z.string(),
      usage_type: ResourceUsageTypeSchema(k, o),
      optional: k.optional(z.boolean()),
      is_folder: k.optional(z.boolean()),
      additional_metadata: k.optional(z.record(z.string(), z.string())),
    }),
);

/** Validates a {@link DeferredResource}; built on first use per validation mode (`DeferredResourceSchema("lenient")`). */
export const DeferredResourceSchema = /* @__PURE__ */ defineModel<DeferredResource>((k, o) =>
  k.object({
      key: z.string(),
      description: z.string(),
      usage_type: ResourceUsageTypeSchema(k, o),
      optional: k.optional(z.boolean()),
      is_folder: k.optional(z.boolean()),
      additional_metadata: k.optional(z.record(z.string(), z.string())),
    }),
);

/** Validates a {@link DatasetTemplateDomainInfo}; built on first use per validation mode (`DatasetTemplateDomainInfoSchema("lenient")`). */
export const DatasetTemplateDomainInfoSchema = /* @__PURE__ */ defineModel<DatasetTemplateDomainInfo>((k, o) =>
  k.object({
      display_name: z.string(),
      description: k.optional(z.string()),
      defined_resources: k.optional(z.array(DefinedResourceSchema(k, o))),
      deferred_resources: k.optional(z.array(DeferredResourceSchema(k, o))),
      user_metadata: k.optional(z.record(z.string(), z.string())),
    }),
);

/** Validates a {@link HistoryEntry_DatasetTemplateDomainInfo_}; built on first use per validation mode (`HistoryEntry_DatasetTemplateDomainInfo_Schema("lenient")`). */
export const HistoryEntry_DatasetTemplateDomainInfo_Schema = /* @__PURE__ */ defineModel<HistoryEntry_DatasetTemplateDomainInfo_>((k, o) =>
  k.object({
      id: z.number().check(z.int()),
      timestamp: z.number().check(z.int()),
      reason: z.string(),
      username: z.string(),
      item: DatasetTemplateDomainInfoSchema(k, o),
    }),
);

/** Validates a {@link ItemDatasetTemplate}; built on first use per validation mode (`ItemDatasetTemplateSchema("lenient")`). */
export const ItemDatasetTemplateSchema = /* @__PURE__ */ defineModel<ItemDatasetTemplate>((k, o) =>
  k.object({
      display_name: z.string(),
      user_metadata: k.optional(z.record(z.string(), z.string())),
      description: k.optional(z.string()),
      defined_resources: k.optional(z.array(DefinedResourceSchema(k, o))),
      deferred_resources: k.optional(z.array(DeferredResourceSchema(k, o))),
      history: z.array(HistoryEntry_DatasetTemplateDomainInfo_Schema(k, o)),
      id: z.string(),
      owner_username: z.string(),
      created_timestamp: z.number().check(z.int()),
      updated_timestamp: z.number().check(z.int()),
      item_category: k.optional(literalInStrict(k, "ENTITY", ItemCategorySchema(k, o))),
      item_subtype: k.optional(literalInStrict(k, "DATASET_TEMPLATE", ItemSubTypeSchema(k, o))),
      record_type: RecordTypeSchema(k, o),
      workflow_links: k.optional(WorkflowLinksSchema(k, o)),
      versioning_info: k.optional(VersioningInfoSchema(k, o)),
    }),
);

/** Validates a {@link DatasetTemplateCreateResponse}; built on first use per validation mode (`DatasetTemplateCreateResponseSchema("lenient")`). */
export const DatasetTemplateCreateResponseSchema = /* @__PURE__ */ defineModel<DatasetTemplateCreateResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      created_item: k.optional(ItemDatasetTemplateSchema(k, o)),
      register_create_activity_session_id: k.optional(z.string()),
    }),
);

/** Validates a {@link DatasetTemplateFetchResponse}; built on first use per validation mode (`DatasetTemplateFetchResponseSchema("lenient")`). */
export const DatasetTemplateFetchResponseSchema = /* @__PURE__ */ defineModel<DatasetTemplateFetchResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      item: k.optional(z.union([ItemDatasetTemplateSchema(k, o), SeededItemSchema(k, o)])),
      roles: k.optional(z.array(z.string())),
      locked: k.optional(z.boolean()),
      item_is_seed: k.optional(z.boolean()),
    }),
);

/** Validates a {@link DatasetTemplateListResponse}; built on first use per validation mode (`DatasetTemplateListResponseSchema("lenient")`). */
export const DatasetTemplateListResponseSchema = /* @__PURE__ */ defineModel<DatasetTemplateListResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      items: k.optional(z.array(ItemDatasetTemplateSchema(k, o))),
      seed_items: k.optional(z.array(SeededItemSchema(k, o))),
      unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
      total_item_count: k.optional(z.number().check(z.int())),
      complete_item_count: k.optional(z.number().check(z.int())),
      seed_item_count: k.optional(z.number().check(z.int())),
      unparsable_item_count: k.optional(z.number().check(z.int())),
      not_authorised_count: k.optional(z.number().check(z.int())),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link DatasetTemplateSeedResponse}; built on first use per validation mode (`DatasetTemplateSeedResponseSchema("lenient")`). */
export const DatasetTemplateSeedResponseSchema = /* @__PURE__ */ defineModel<DatasetTemplateSeedResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      seeded_item: k.optional(SeededItemSchema(k, o)),
    }),
);

/** Validates a {@link DatasetType}; built on first use per validation mode (`DatasetTypeSchema("lenient")`). */
export const DatasetTypeSchema = /* @__PURE__ */ defineModel<DatasetType>((k, _o) =>
  k.enum(DatasetTypeValues),
);

/** Validates a {@link DescribeAccessResponse}; built on first use per validation mode (`DescribeAccessResponseSchema("lenient")`). */
export const DescribeAccessResponseSchema = /* @__PURE__ */ defineModel<DescribeAccessResponse>((k, _o) =>
  k.object({
      roles: z.array(z.string()),
    }),
);

/** Validates a {@link QueryRecordTypes}; built on first use per validation mode (`QueryRecordTypesSchema("lenient")`). */
export const QueryRecordTypesSchema = /* @__PURE__ */ defineModel<QueryRecordTypes>((k, _o) =>
  k.enum(QueryRecordTypesValues),
);

/** Validates a {@link QueryDatasetReleaseStatusType}; built on first use per validation mode (`QueryDatasetReleaseStatusTypeSchema("lenient")`). */
export const QueryDatasetReleaseStatusTypeSchema = /* @__PURE__ */ defineModel<QueryDatasetReleaseStatusType>((k, _o) =>
  k.enum(QueryDatasetReleaseStatusTypeValues),
);

/** Validates a {@link FilterOptions}; built on first use per validation mode (`FilterOptionsSchema("lenient")`). */
export const FilterOptionsSchema = /* @__PURE__ */ defineModel<FilterOptions>((k, o) =>
  k.object({
      record_type: k.optional(QueryRecordTypesSchema(k, o)),
      item_subtype: k.optional(ItemSubTypeSchema(k, o)),
      release_reviewer: k.optional(z.string()),
      release_status: k.optional(QueryDatasetReleaseStatusTypeSchema(k, o)),
    }),
);

/** Validates a {@link SortType}; built on first use per validation mode (`SortTypeSchema("lenient")`). */
export const SortTypeSchema = /* @__PURE__ */ defineModel<SortType>((k, _o) =>
  k.enum(SortTypeValues),
);

/** Validates a {@link SortOptions}; built on first use per validation mode (`SortOptionsSchema("lenient")`). */
export const SortOptionsSchema = /* @__PURE__ */ defineModel<SortOptions>((k, o) =>
  k.object({
      sort_type: k.optional(SortTypeSchema(k, o)),
      ascending: k.optional(z.boolean()),
      begins_with: k.optional(z.string()),
    }),
);

/** Validates a {@link GeneralListRequest}; built on first use per validation mode (`GeneralListRequestSchema("lenient")`). */
export const GeneralListRequestSchema = /* @__PURE__ */ defineModel<GeneralListRequest>((k, o) =>
  k.object({
      filter_by: k.optional(FilterOptionsSchema(k, o)),
      sort_by: k.optional(SortOptionsSchema(k, o)),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
      page_size: k.optional(z.number().check(z.int())),
    }),
);

/** Validates a {@link ModelDomainInfo}; built on first use per validation mode (`ModelDomainInfoSchema("lenient")`). */
export const ModelDomainInfoSchema = /* @__PURE__ */ defineModel<ModelDomainInfo>((k, _o) =>
  k.object({
      display_name: z.string(),
      name: z.string(),
      description: z.string(),
      documentation_url: z.string().check(z.minLength(1), z.maxLength(65536)),
      source_url: z.string().check(z.minLength(1), z.maxLength(65536)),
      user_metadata: k.optional(z.record(z.string(), z.string())),
    }),
);

/** Validates a {@link HistoryEntry_ModelDomainInfo_}; built on first use per validation mode (`HistoryEntry_ModelDomainInfo_Schema("lenient")`). */
export const HistoryEntry_ModelDomainInfo_Schema = /* @__PURE__ */ defineModel<HistoryEntry_ModelDomainInfo_>((k, o) =>
  k.object({
      id: z.number().check(z.int()),
      timestamp: z.number().check(z.int()),
      reason: z.string(),
      username: z.string(),
      item: ModelDomainInfoSchema(k, o),
    }),
);

/** Validates a {@link WorkflowRunCompletionStatus}; built on first use per validation mode (`WorkflowRunCompletionStatusSchema("lenient")`). */
export const WorkflowRunCompletionStatusSchema = /* @__PURE__ */ defineModel<WorkflowRunCompletionStatus>((k, _o) =>
  k.enum(WorkflowRunCompletionStatusValues),
);

/** Validates a {@link TemplatedDataset}; built on first use per validation mode (`TemplatedDatasetSchema("lenient")`). */
export const TemplatedDatasetSchema = /* @__PURE__ */ defineModel<TemplatedDataset>((k, o) =>
  k.object({
      dataset_template_id: z.string(),
      dataset_id: z.string(),
      dataset_type: DatasetTypeSchema(k, o),
      resources: k.optional(z.record(z.string(), z.string())),
    }),
);

/** Validates a {@link ModelRunRecord}; built on first use per validation mode (`ModelRunRecordSchema("lenient")`). */
export const ModelRunRecordSchema = /* @__PURE__ */ defineModel<ModelRunRecord>((k, o) =>
  k.object({
      workflow_template_id: z.string(),
      model_version: k.optional(z.string()),
      inputs: z.array(TemplatedDatasetSchema(k, o)),
      outputs: z.array(TemplatedDatasetSchema(k, o)),
      annotations: k.optional(z.record(z.string(), z.string())),
      display_name: z.string(),
      description: z.string(),
      study_id: k.optional(z.string()),
      associations: AssociationInfoSchema(k, o),
      start_time: z.number().check(z.int()),
      end_time: z.number().check(z.int()),
    }),
);

/** Validates a {@link ModelRunDomainInfo}; built on first use per validation mode (`ModelRunDomainInfoSchema("lenient")`). */
export const ModelRunDomainInfoSchema = /* @__PURE__ */ defineModel<ModelRunDomainInfo>((k, o) =>
  k.object({
      display_name: z.string(),
      record_status: WorkflowRunCompletionStatusSchema(k, o),
      record: ModelRunRecordSchema(k, o),
      prov_serialisation: z.string(),
      user_metadata: k.optional(z.record(z.string(), z.string())),
    }),
);

/** Validates a {@link HistoryEntry_ModelRunDomainInfo_}; built on first use per validation mode (`HistoryEntry_ModelRunDomainInfo_Schema("lenient")`). */
export const HistoryEntry_ModelRunDomainInfo_Schema = /* @__PURE__ */ defineModel<HistoryEntry_ModelRunDomainInfo_>((k, o) =>
  k.object({
      id: z.number().check(z.int()),
      timestamp: z.number().check(z.int()),
      reason: z.string(),
      username: z.string(),
      item: ModelRunDomainInfoSchema(k, o),
    }),
);

/** Validates a {@link TemplateResource}; built on first use per validation mode (`TemplateResourceSchema("lenient")`). */
export const TemplateResourceSchema = /* @__PURE__ */ defineModel<TemplateResource>((k, _o) =>
  k.object({
      template_id: z.string(),
      optional: k.optional(z.boolean()),
    }),
);

/** Validates a {@link WorkflowTemplateAnnotations}; built on first use per validation mode (`WorkflowTemplateAnnotationsSchema("lenient")`). */
export const WorkflowTemplateAnnotationsSchema = /* @__PURE__ */ defineModel<WorkflowTemplateAnnotations>((k, _o) =>
  k.object({
      required: k.optional(z.array(z.string())),
      optional: k.optional(z.array(z.string())),
    }),
);

/** Validates a {@link ModelRunWorkflowTemplateDomainInfo}; built on first use per validation mode (`ModelRunWorkflowTemplateDomainInfoSchema("lenient")`). */
export const ModelRunWorkflowTemplateDomainInfoSchema = /* @__PURE__ */ defineModel<ModelRunWorkflowTemplateDomainInfo>((k, o) =>
  k.object({
      display_name: z.string(),
      software_id: z.string(),
      input_templates: k.optional(z.array(TemplateResourceSchema(k, o))),
      output_templates: k.optional(z.array(TemplateResourceSchema(k, o))),
      annotations: k.optional(WorkflowTemplateAnnotationsSchema(k, o)),
      user_metadata: k.optional(z.record(z.string(), z.string())),
    }),
);

/** Validates a {@link HistoryEntry_ModelRunWorkflowTemplateDomainInfo_}; built on first use per validation mode (`HistoryEntry_ModelRunWorkflowTemplateDomainInfo_Schema("lenient")`). */
export const HistoryEntry_ModelRunWorkflowTemplateDomainInfo_Schema = /* @__PURE__ */ defineModel<HistoryEntry_ModelRunWorkflowTemplateDomainInfo_>((k, o) =>
  k.object({
      id: z.number().check(z.int()),
      timestamp: z.number().check(z.int()),
      reason: z.string(),
      username: z.string(),
      item: ModelRunWorkflowTemplateDomainInfoSchema(k, o),
    }),
);

/** Validates a {@link OrganisationDomainInfo}; built on first use per validation mode (`OrganisationDomainInfoSchema("lenient")`). */
export const OrganisationDomainInfoSchema = /* @__PURE__ */ defineModel<OrganisationDomainInfo>((k, _o) =>
  k.object({
      display_name: z.string(),
      name: z.string(),
      ror: k.optional(z.string().check(z.minLength(1), z.maxLength(65536))),
      user_metadata: k.optional(z.record(z.string(), z.string())),
    }),
);

/** Validates a {@link HistoryEntry_OrganisationDomainInfo_}; built on first use per validation mode (`HistoryEntry_OrganisationDomainInfo_Schema("lenient")`). */
export const HistoryEntry_OrganisationDomainInfo_Schema = /* @__PURE__ */ defineModel<HistoryEntry_OrganisationDomainInfo_>((k, o) =>
  k.object({
      id: z.number().check(z.int()),
      timestamp: z.number().check(z.int()),
      reason: z.string(),
      username: z.string(),
      item: OrganisationDomainInfoSchema(k, o),
    }),
);

/** Validates a {@link PersonDomainInfo}; built on first use per validation mode (`PersonDomainInfoSchema("lenient")`). */
export const PersonDomainInfoSchema = /* @__PURE__ */ defineModel<PersonDomainInfo>((k, _o) =>
  k.object({
      display_name: z.string(),
      email: z.string(),
      first_name: z.string(),
      last_name: z.string(),
      orcid: k.optional(z.string().check(z.minLength(1), z.maxLength(65536))),
      ethics_approved: k.optional(z.boolean()),
      user_metadata: k.optional(z.record(z.string(), z.string())),
    }),
);

/** Validates a {@link HistoryEntry_PersonDomainInfo_}; built on first use per validation mode (`HistoryEntry_PersonDomainInfo_Schema("lenient")`). */
export const HistoryEntry_PersonDomainInfo_Schema = /* @__PURE__ */ defineModel<HistoryEntry_PersonDomainInfo_>((k, o) =>
  k.object({
      id: z.number().check(z.int()),
      timestamp: z.number().check(z.int()),
      reason: z.string(),
      username: z.string(),
      item: PersonDomainInfoSchema(k, o),
    }),
);

/** Validates a {@link StudyDomainInfo}; built on first use per validation mode (`StudyDomainInfoSchema("lenient")`). */
export const StudyDomainInfoSchema = /* @__PURE__ */ defineModel<StudyDomainInfo>((k, _o) =>
  k.object({
      display_name: z.string(),
      title: z.string(),
      description: z.string(),
      study_alternative_id: k.optional(z.string()),
      user_metadata: k.optional(z.record(z.string(), z.string())),
    }),
);

/** Validates a {@link HistoryEntry_StudyDomainInfo_}; built on first use per validation mode (`HistoryEntry_StudyDomainInfo_Schema("lenient")`). */
export const HistoryEntry_StudyDomainInfo_Schema = /* @__PURE__ */ defineModel<HistoryEntry_StudyDomainInfo_>((k, o) =>
  k.object({
      id: z.number().check(z.int()),
      timestamp: z.number().check(z.int()),
      reason: z.string(),
      username: z.string(),
      item: StudyDomainInfoSchema(k, o),
    }),
);

/** Validates a {@link VersionDomainInfo}; built on first use per validation mode (`VersionDomainInfoSchema("lenient")`). */
export const VersionDomainInfoSchema = /* @__PURE__ */ defineModel<VersionDomainInfo>((k, _o) =>
  k.object({
      display_name: z.string(),
      reason: z.string(),
      from_item_id: z.string(),
      to_item_id: z.string(),
      new_version_number: z.number().check(z.int()),
      user_metadata: k.optional(z.record(z.string(), z.string())),
    }),
);

/** Validates a {@link HistoryEntry_VersionDomainInfo_}; built on first use per validation mode (`HistoryEntry_VersionDomainInfo_Schema("lenient")`). */
export const HistoryEntry_VersionDomainInfo_Schema = /* @__PURE__ */ defineModel<HistoryEntry_VersionDomainInfo_>((k, o) =>
  k.object({
      id: z.number().check(z.int()),
      timestamp: z.number().check(z.int()),
      reason: z.string(),
      username: z.string(),
      item: VersionDomainInfoSchema(k, o),
    }),
);

/** Validates a {@link ImportMode}; built on first use per validation mode (`ImportModeSchema("lenient")`). */
export const ImportModeSchema = /* @__PURE__ */ defineModel<ImportMode>((k, _o) =>
  k.enum(ImportModeValues),
);

/** Validates a {@link ItemModel}; built on first use per validation mode (`ItemModelSchema("lenient")`). */
export const ItemModelSchema = /* @__PURE__ */ defineModel<ItemModel>((k, o) =>
  k.object({
      display_name: z.string(),
      user_metadata: k.optional(z.record(z.string(), z.string())),
      name: z.string(),
      description: z.string(),
      documentation_url: z.string().check(z.minLength(1), z.maxLength(65536)),
      source_url: z.string().check(z.minLength(1), z.maxLength(65536)),
      history: z.array(HistoryEntry_ModelDomainInfo_Schema(k, o)),
      id: z.string(),
      owner_username: z.string(),
      created_timestamp: z.number().check(z.int()),
      updated_timestamp: z.number().check(z.int()),
      item_category: k.optional(literalInStrict(k, "ENTITY", ItemCategorySchema(k, o))),
      item_subtype: k.optional(literalInStrict(k, "MODEL", ItemSubTypeSchema(k, o))),
      record_type: RecordTypeSchema(k, o),
      workflow_links: k.optional(WorkflowLinksSchema(k, o)),
      versioning_info: k.optional(VersioningInfoSchema(k, o)),
    }),
);

/** Validates a {@link ItemModelRun}; built on first use per validation mode (`ItemModelRunSchema("lenient")`). */
export const ItemModelRunSchema = /* @__PURE__ */ defineModel<ItemModelRun>((k, o) =>
  k.object({
      display_name: z.string(),
      user_metadata: k.optional(z.record(z.string(), z.string())),
      record_status: WorkflowRunCompletionStatusSchema(k, o),
      record: ModelRunRecordSchema(k, o),
      prov_serialisation: z.string(),
      history: z.array(HistoryEntry_ModelRunDomainInfo_Schema(k, o)),
      id: z.string(),
      owner_username: z.string(),
      created_timestamp: z.number().check(z.int()),
      updated_timestamp: z.number().check(z.int()),
      item_category: k.optional(literalInStrict(k, "ACTIVITY", ItemCategorySchema(k, o))),
      item_subtype: k.optional(literalInStrict(k, "MODEL_RUN", ItemSubTypeSchema(k, o))),
      record_type: RecordTypeSchema(k, o),
      workflow_links: k.optional(WorkflowLinksSchema(k, o)),
      versioning_info: k.optional(VersioningInfoSchema(k, o)),
    }),
);

/** Validates a {@link ItemModelRunWorkflowTemplate}; built on first use per validation mode (`ItemModelRunWorkflowTemplateSchema("lenient")`). */
export const ItemModelRunWorkflowTemplateSchema = /* @__PURE__ */ defineModel<ItemModelRunWorkflowTemplate>((k, o) =>
  k.object({
      display_name: z.string(),
      user_metadata: k.optional(z.record(z.string(), z.string())),
      software_id: z.string(),
      input_templates: k.optional(z.array(TemplateResourceSchema(k, o))),
      output_templates: k.optional(z.array(TemplateResourceSchema(k, o))),
      annotations: k.optional(WorkflowTemplateAnnotationsSchema(k, o)),
      history: z.array(HistoryEntry_ModelRunWorkflowTemplateDomainInfo_Schema(k, o)),
      id: z.string(),
      owner_username: z.string(),
      created_timestamp: z.number().check(z.int()),
      updated_timestamp: z.number().check(z.int()),
      item_category: k.optional(literalInStrict(k, "ENTITY", ItemCategorySchema(k, o))),
      item_subtype: k.optional(literalInStrict(k, "MODEL_RUN_WORKFLOW_TEMPLATE", ItemSubTypeSchema(k, o))),
      record_type: RecordTypeSchema(k, o),
      workflow_links: k.optional(WorkflowLinksSchema(k, o)),
      versioning_info: k.optional(VersioningInfoSchema(k, o)),
    }),
);

/** Validates a {@link ItemOrganisation}; built on first use per validation mode (`ItemOrganisationSchema("lenient")`). */
export const ItemOrganisationSchema = /* @__PURE__ */ defineModel<ItemOrganisation>((k, o) =>
  k.object({
      display_name: z.string(),
      user_metadata: k.optional(z.record(z.string(), z.string())),
      name: z.string(),
      ror: k.optional(z.string().check(z.minLength(1), z.maxLength(65536))),
      history: z.array(HistoryEntry_OrganisationDomainInfo_Schema(k, o)),
      id: z.string(),
      owner_username: z.string(),
      created_timestamp: z.number().check(z.int()),
      updated_timestamp: z.number().check(z.int()),
      item_category: k.optional(literalInStrict(k, "AGENT", ItemCategorySchema(k, o))),
      item_subtype: k.optional(literalInStrict(k, "ORGANISATION", ItemSubTypeSchema(k, o))),
      record_type: RecordTypeSchema(k, o),
      workflow_links: k.optional(WorkflowLinksSchema(k, o)),
      versioning_info: k.optional(VersioningInfoSchema(k, o)),
    }),
);

/** Validates a {@link ItemPerson}; built on first use per validation mode (`ItemPersonSchema("lenient")`). */
export const ItemPersonSchema = /* @__PURE__ */ defineModel<ItemPerson>((k, o) =>
  k.object({
      display_name: z.string(),
      user_metadata: k.optional(z.record(z.string(), z.string())),
      email: z.string(),
      first_name: z.string(),
      last_name: z.string(),
      orcid: k.optional(z.string().check(z.minLength(1), z.maxLength(65536))),
      ethics_approved: k.optional(z.boolean()),
      history: z.array(HistoryEntry_PersonDomainInfo_Schema(k, o)),
      id: z.string(),
      owner_username: z.string(),
      created_timestamp: z.number().check(z.int()),
      updated_timestamp: z.number().check(z.int()),
      item_category: k.optional(literalInStrict(k, "AGENT", ItemCategorySchema(k, o))),
      item_subtype: k.optional(literalInStrict(k, "PERSON", ItemSubTypeSchema(k, o))),
      record_type: RecordTypeSchema(k, o),
      workflow_links: k.optional(WorkflowLinksSchema(k, o)),
      versioning_info: k.optional(VersioningInfoSchema(k, o)),
    }),
);

/** Validates a {@link ItemRevertRequest}; built on first use per validation mode (`ItemRevertRequestSchema("lenient")`). */
export const ItemRevertRequestSchema = /* @__PURE__ */ defineModel<ItemRevertRequest>((k, _o) =>
  k.object({
      id: z.string(),
      history_id: z.number().check(z.int()),
      reason: z.string(),
    }),
);

/** Validates a {@link ItemRevertResponse}; built on first use per validation mode (`ItemRevertResponseSchema("lenient")`). */
export const ItemRevertResponseSchema = /* @__PURE__ */ defineModel<ItemRevertResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
    }),
);

/** Validates a {@link ItemStudy}; built on first use per validation mode (`ItemStudySchema("lenient")`). */
export const ItemStudySchema = /* @__PURE__ */ defineModel<ItemStudy>((k, o) =>
  k.object({
      display_name: z.string(),
      user_metadata: k.optional(z.record(z.string(), z.string())),
      title: z.string(),
      description: z.string(),
      study_alternative_id: k.optional(z.string()),
      history: z.array(HistoryEntry_StudyDomainInfo_Schema(k, o)),
      id: z.string(),
      owner_username: z.string(),
      created_timestamp: z.number().check(z.int()),
      updated_timestamp: z.number().check(z.int()),
      item_category: k.optional(literalInStrict(k, "ACTIVITY", ItemCategorySchema(k, o))),
      item_subtype: k.optional(literalInStrict(k, "STUDY", ItemSubTypeSchema(k, o))),
      record_type: RecordTypeSchema(k, o),
      workflow_links: k.optional(WorkflowLinksSchema(k, o)),
      versioning_info: k.optional(VersioningInfoSchema(k, o)),
    }),
);

/** Validates a {@link ItemVersion}; built on first use per validation mode (`ItemVersionSchema("lenient")`). */
export const ItemVersionSchema = /* @__PURE__ */ defineModel<ItemVersion>((k, o) =>
  k.object({
      display_name: z.string(),
      user_metadata: k.optional(z.record(z.string(), z.string())),
      reason: z.string(),
      from_item_id: z.string(),
      to_item_id: z.string(),
      new_version_number: z.number().check(z.int()),
      history: z.array(HistoryEntry_VersionDomainInfo_Schema(k, o)),
      id: z.string(),
      owner_username: z.string(),
      created_timestamp: z.number().check(z.int()),
      updated_timestamp: z.number().check(z.int()),
      item_category: k.optional(literalInStrict(k, "ACTIVITY", ItemCategorySchema(k, o))),
      item_subtype: k.optional(literalInStrict(k, "VERSION", ItemSubTypeSchema(k, o))),
      record_type: RecordTypeSchema(k, o),
      workflow_links: k.optional(WorkflowLinksSchema(k, o)),
      versioning_info: k.optional(VersioningInfoSchema(k, o)),
    }),
);

/** Validates a {@link JsonSchemaResponse}; built on first use per validation mode (`JsonSchemaResponseSchema("lenient")`). */
export const JsonSchemaResponseSchema = /* @__PURE__ */ defineModel<JsonSchemaResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      json_schema: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link ListUserReviewingDatasetsRequest}; built on first use per validation mode (`ListUserReviewingDatasetsRequestSchema("lenient")`). */
export const ListUserReviewingDatasetsRequestSchema = /* @__PURE__ */ defineModel<ListUserReviewingDatasetsRequest>((k, o) =>
  k.object({
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
      page_size: k.optional(z.number().check(z.int())),
      sort_by: k.optional(SortOptionsSchema(k, o)),
      filter_by: FilterOptionsSchema(k, o),
    }),
);

/** Validates a {@link LockActionType}; built on first use per validation mode (`LockActionTypeSchema("lenient")`). */
export const LockActionTypeSchema = /* @__PURE__ */ defineModel<LockActionType>((k, _o) =>
  k.enum(LockActionTypeValues),
);

/** Validates a {@link LockChangeRequest}; built on first use per validation mode (`LockChangeRequestSchema("lenient")`). */
export const LockChangeRequestSchema = /* @__PURE__ */ defineModel<LockChangeRequest>((k, _o) =>
  k.object({
      id: z.string(),
      reason: z.string(),
    }),
);

/** Validates a {@link LockEvent}; built on first use per validation mode (`LockEventSchema("lenient")`). */
export const LockEventSchema = /* @__PURE__ */ defineModel<LockEvent>((k, o) =>
  k.object({
      action_type: LockActionTypeSchema(k, o),
      username: z.string(),
      email: k.optional(z.string()),
      reason: z.string(),
      timestamp: z.number().check(z.int()),
    }),
);

/** Validates a {@link LockHistoryResponse}; built on first use per validation mode (`LockHistoryResponseSchema("lenient")`). */
export const LockHistoryResponseSchema = /* @__PURE__ */ defineModel<LockHistoryResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      history: k.optional(z.array(LockEventSchema(k, o))),
    }),
);

/** Validates a {@link LockStatusResponse}; built on first use per validation mode (`LockStatusResponseSchema("lenient")`). */
export const LockStatusResponseSchema = /* @__PURE__ */ defineModel<LockStatusResponse>((k, _o) =>
  k.object({
      locked: z.boolean(),
    }),
);

/** Validates a {@link ModelCreateResponse}; built on first use per validation mode (`ModelCreateResponseSchema("lenient")`). */
export const ModelCreateResponseSchema = /* @__PURE__ */ defineModel<ModelCreateResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      created_item: k.optional(ItemModelSchema(k, o)),
      register_create_activity_session_id: k.optional(z.string()),
    }),
);

/** Validates a {@link ModelFetchResponse}; built on first use per validation mode (`ModelFetchResponseSchema("lenient")`). */
export const ModelFetchResponseSchema = /* @__PURE__ */ defineModel<ModelFetchResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      item: k.optional(z.union([ItemModelSchema(k, o), SeededItemSchema(k, o)])),
      roles: k.optional(z.array(z.string())),
      locked: k.optional(z.boolean()),
      item_is_seed: k.optional(z.boolean()),
    }),
);

/** Validates a {@link ModelListResponse}; built on first use per validation mode (`ModelListResponseSchema("lenient")`). */
export const ModelListResponseSchema = /* @__PURE__ */ defineModel<ModelListResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      items: k.optional(z.array(ItemModelSchema(k, o))),
      seed_items: k.optional(z.array(SeededItemSchema(k, o))),
      unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
      total_item_count: k.optional(z.number().check(z.int())),
      complete_item_count: k.optional(z.number().check(z.int())),
      seed_item_count: k.optional(z.number().check(z.int())),
      unparsable_item_count: k.optional(z.number().check(z.int())),
      not_authorised_count: k.optional(z.number().check(z.int())),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link ModelRunCreateResponse}; built on first use per validation mode (`ModelRunCreateResponseSchema("lenient")`). */
export const ModelRunCreateResponseSchema = /* @__PURE__ */ defineModel<ModelRunCreateResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      created_item: k.optional(ItemModelRunSchema(k, o)),
      register_create_activity_session_id: k.optional(z.string()),
    }),
);

/** Validates a {@link ModelRunFetchResponse}; built on first use per validation mode (`ModelRunFetchResponseSchema("lenient")`). */
export const ModelRunFetchResponseSchema = /* @__PURE__ */ defineModel<ModelRunFetchResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      item: k.optional(z.union([ItemModelRunSchema(k, o), SeededItemSchema(k, o)])),
      roles: k.optional(z.array(z.string())),
      locked: k.optional(z.boolean()),
      item_is_seed: k.optional(z.boolean()),
    }),
);

/** Validates a {@link ModelRunListResponse}; built on first use per validation mode (`ModelRunListResponseSchema("lenient")`). */
export const ModelRunListResponseSchema = /* @__PURE__ */ defineModel<ModelRunListResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      items: k.optional(z.array(ItemModelRunSchema(k, o))),
      seed_items: k.optional(z.array(SeededItemSchema(k, o))),
      unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
      total_item_count: k.optional(z.number().check(z.int())),
      complete_item_count: k.optional(z.number().check(z.int())),
      seed_item_count: k.optional(z.number().check(z.int())),
      unparsable_item_count: k.optional(z.number().check(z.int())),
      not_authorised_count: k.optional(z.number().check(z.int())),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link ModelRunSeedResponse}; built on first use per validation mode (`ModelRunSeedResponseSchema("lenient")`). */
export const ModelRunSeedResponseSchema = /* @__PURE__ */ defineModel<ModelRunSeedResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      seeded_item: k.optional(SeededItemSchema(k, o)),
    }),
);

/** Validates a {@link ModelRunWorkflowTemplateCreateResponse}; built on first use per validation mode (`ModelRunWorkflowTemplateCreateResponseSchema("lenient")`). */
export const ModelRunWorkflowTemplateCreateResponseSchema = /* @__PURE__ */ defineModel<ModelRunWorkflowTemplateCreateResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      created_item: k.optional(ItemModelRunWorkflowTemplateSchema(k, o)),
      register_create_activity_session_id: k.optional(z.string()),
    }),
);

/** Validates a {@link ModelRunWorkflowTemplateFetchResponse}; built on first use per validation mode (`ModelRunWorkflowTemplateFetchResponseSchema("lenient")`). */
export const ModelRunWorkflowTemplateFetchResponseSchema = /* @__PURE__ */ defineModel<ModelRunWorkflowTemplateFetchResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      item: k.optional(z.union([ItemModelRunWorkflowTemplateSchema(k, o), SeededItemSchema(k, o)])),
      roles: k.optional(z.array(z.string())),
      locked: k.optional(z.boolean()),
      item_is_seed: k.optional(z.boolean()),
    }),
);

/** Validates a {@link ModelRunWorkflowTemplateListResponse}; built on first use per validation mode (`ModelRunWorkflowTemplateListResponseSchema("lenient")`). */
export const ModelRunWorkflowTemplateListResponseSchema = /* @__PURE__ */ defineModel<ModelRunWorkflowTemplateListResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      items: k.optional(z.array(ItemModelRunWorkflowTemplateSchema(k, o))),
      seed_items: k.optional(z.array(SeededItemSchema(k, o))),
      unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
      total_item_count: k.optional(z.number().check(z.int())),
      complete_item_count: k.optional(z.number().check(z.int())),
      seed_item_count: k.optional(z.number().check(z.int())),
      unparsable_item_count: k.optional(z.number().check(z.int())),
      not_authorised_count: k.optional(z.number().check(z.int())),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link ModelRunWorkflowTemplateSeedResponse}; built on first use per validation mode (`ModelRunWorkflowTemplateSeedResponseSchema("lenient")`). */
export const ModelRunWorkflowTemplateSeedResponseSchema = /* @__PURE__ */ defineModel<ModelRunWorkflowTemplateSeedResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      seeded_item: k.optional(SeededItemSchema(k, o)),
    }),
);

/** Validates a {@link ModelSeedResponse}; built on first use per validation mode (`ModelSeedResponseSchema("lenient")`). */
export const ModelSeedResponseSchema = /* @__PURE__ */ defineModel<ModelSeedResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      seeded_item: k.optional(SeededItemSchema(k, o)),
    }),
);

/** Validates a {@link OrganisationCreateResponse}; built on first use per validation mode (`OrganisationCreateResponseSchema("lenient")`). */
export const OrganisationCreateResponseSchema = /* @__PURE__ */ defineModel<OrganisationCreateResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      created_item: k.optional(ItemOrganisationSchema(k, o)),
      register_create_activity_session_id: k.optional(z.string()),
    }),
);

/** Validates a {@link OrganisationFetchResponse}; built on first use per validation mode (`OrganisationFetchResponseSchema("lenient")`). */
export const OrganisationFetchResponseSchema = /* @__PURE__ */ defineModel<OrganisationFetchResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      item: k.optional(z.union([ItemOrganisationSchema(k, o), SeededItemSchema(k, o)])),
      roles: k.optional(z.array(z.string())),
      locked: k.optional(z.boolean()),
      item_is_seed: k.optional(z.boolean()),
    }),
);

/** Validates a {@link OrganisationListResponse}; built on first use per validation mode (`OrganisationListResponseSchema("lenient")`). */
export const OrganisationListResponseSchema = /* @__PURE__ */ defineModel<OrganisationListResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      items: k.optional(z.array(ItemOrganisationSchema(k, o))),
      seed_items: k.optional(z.array(SeededItemSchema(k, o))),
      unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
      total_item_count: k.optional(z.number().check(z.int())),
      complete_item_count: k.optional(z.number().check(z.int())),
      seed_item_count: k.optional(z.number().check(z.int())),
      unparsable_item_count: k.optional(z.number().check(z.int())),
      not_authorised_count: k.optional(z.number().check(z.int())),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link OrganisationSeedResponse}; built on first use per validation mode (`OrganisationSeedResponseSchema("lenient")`). */
export const OrganisationSeedResponseSchema = /* @__PURE__ */ defineModel<OrganisationSeedResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      seeded_item: k.optional(SeededItemSchema(k, o)),
    }),
);

/** Validates a {@link PaginatedDatasetListResponse}; built on first use per validation mode (`PaginatedDatasetListResponseSchema("lenient")`). */
export const PaginatedDatasetListResponseSchema = /* @__PURE__ */ defineModel<PaginatedDatasetListResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      dataset_items: k.optional(z.array(ItemDatasetSchema(k, o))),
      total_dataset_count: k.optional(z.number().check(z.int())),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link PaginatedListResponse}; built on first use per validation mode (`PaginatedListResponseSchema("lenient")`). */
export const PaginatedListResponseSchema = /* @__PURE__ */ defineModel<PaginatedListResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      items: k.optional(z.array(z.unknown())),
      total_item_count: k.optional(z.number().check(z.int())),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link PersonCreateResponse}; built on first use per validation mode (`PersonCreateResponseSchema("lenient")`). */
export const PersonCreateResponseSchema = /* @__PURE__ */ defineModel<PersonCreateResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      created_item: k.optional(ItemPersonSchema(k, o)),
      register_create_activity_session_id: k.optional(z.string()),
    }),
);

/** Validates a {@link PersonFetchResponse}; built on first use per validation mode (`PersonFetchResponseSchema("lenient")`). */
export const PersonFetchResponseSchema = /* @__PURE__ */ defineModel<PersonFetchResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      item: k.optional(z.union([ItemPersonSchema(k, o), SeededItemSchema(k, o)])),
      roles: k.optional(z.array(z.string())),
      locked: k.optional(z.boolean()),
      item_is_seed: k.optional(z.boolean()),
    }),
);

/** Validates a {@link PersonListResponse}; built on first use per validation mode (`PersonListResponseSchema("lenient")`). */
export const PersonListResponseSchema = /* @__PURE__ */ defineModel<PersonListResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      items: k.optional(z.array(ItemPersonSchema(k, o))),
      seed_items: k.optional(z.array(SeededItemSchema(k, o))),
      unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
      total_item_count: k.optional(z.number().check(z.int())),
      complete_item_count: k.optional(z.number().check(z.int())),
      seed_item_count: k.optional(z.number().check(z.int())),
      unparsable_item_count: k.optional(z.number().check(z.int())),
      not_authorised_count: k.optional(z.number().check(z.int())),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link PersonSeedResponse}; built on first use per validation mode (`PersonSeedResponseSchema("lenient")`). */
export const PersonSeedResponseSchema = /* @__PURE__ */ defineModel<PersonSeedResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      seeded_item: k.optional(SeededItemSchema(k, o)),
    }),
);

/** Validates a {@link ProvGraphRestoreRequest}; built on first use per validation mode (`ProvGraphRestoreRequestSchema("lenient")`). */
export const ProvGraphRestoreRequestSchema = /* @__PURE__ */ defineModel<ProvGraphRestoreRequest>((k, o) =>
  k.object({
      trial_mode: k.optional(z.boolean()),
      abort_if_failures: k.optional(z.boolean()),
      items: z.array(BundledItemSchema(k, o)),
    }),
);

/** Validates a {@link ProvGraphRestoreResponse}; built on first use per validation mode (`ProvGraphRestoreResponseSchema("lenient")`). */
export const ProvGraphRestoreResponseSchema = /* @__PURE__ */ defineModel<ProvGraphRestoreResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      trial_mode: z.boolean(),
      abort_if_failures: z.boolean(),
      task_ids: k.optional(z.array(z.string())),
    }),
);

/** Validates a {@link RegistryExportResponse}; built on first use per validation mode (`RegistryExportResponseSchema("lenient")`). */
export const RegistryExportResponseSchema = /* @__PURE__ */ defineModel<RegistryExportResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      items: k.optional(z.array(BundledItemSchema(k, o))),
    }),
);

/** Validates a {@link RegistryImportRequest}; built on first use per validation mode (`RegistryImportRequestSchema("lenient")`). */
export const RegistryImportRequestSchema = /* @__PURE__ */ defineModel<RegistryImportRequest>((k, o) =>
  k.object({
      import_mode: ImportModeSchema(k, o),
      parse_items: k.optional(z.boolean()),
      allow_entry_deletion: k.optional(z.boolean()),
      trial_mode: k.optional(z.boolean()),
      items: z.array(BundledItemSchema(k, o)),
    }),
);

/** Validates a {@link RegistryImportStatistics}; built on first use per validation mode (`RegistryImportStatisticsSchema("lenient")`). */
export const RegistryImportStatisticsSchema = /* @__PURE__ */ defineModel<RegistryImportStatistics>((k, _o) =>
  k.object({
      old_registry_size: z.number().check(z.int()),
      new_registry_size: z.number().check(z.int()),
      deleted_entries: z.number().check(z.int()),
      overwritten_entries: z.number().check(z.int()),
      new_entries: z.number().check(z.int()),
    }),
);

/** Validates a {@link RegistryImportResponse}; built on first use per validation mode (`RegistryImportResponseSchema("lenient")`). */
export const RegistryImportResponseSchema = /* @__PURE__ */ defineModel<RegistryImportResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      trial_mode: z.boolean(),
      statistics: k.optional(RegistryImportStatisticsSchema(k, o)),
      failure_list: k.optional(z.array(z.tuple([z.string(), z.record(z.string(), z.unknown())]))),
    }),
);

/** Validates a {@link TableNames}; built on first use per validation mode (`TableNamesSchema("lenient")`). */
export const TableNamesSchema = /* @__PURE__ */ defineModel<TableNames>((k, _o) =>
  k.object({
      resource_table_name: z.string(),
      auth_table_name: z.string(),
      lock_table_name: z.string(),
    }),
);

/** Validates a {@link RegistryRestoreRequest}; built on first use per validation mode (`RegistryRestoreRequestSchema("lenient")`). */
export const RegistryRestoreRequestSchema = /* @__PURE__ */ defineModel<RegistryRestoreRequest>((k, o) =>
  k.object({
      import_mode: ImportModeSchema(k, o),
      parse_items: k.optional(z.boolean()),
      allow_entry_deletion: k.optional(z.boolean()),
      trial_mode: k.optional(z.boolean()),
      table_names: TableNamesSchema(k, o),
    }),
);

/** Validates a {@link StudyCreateResponse}; built on first use per validation mode (`StudyCreateResponseSchema("lenient")`). */
export const StudyCreateResponseSchema = /* @__PURE__ */ defineModel<StudyCreateResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      created_item: k.optional(ItemStudySchema(k, o)),
      register_create_activity_session_id: k.optional(z.string()),
    }),
);

/** Validates a {@link StudyFetchResponse}; built on first use per validation mode (`StudyFetchResponseSchema("lenient")`). */
export const StudyFetchResponseSchema = /* @__PURE__ */ defineModel<StudyFetchResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      item: k.optional(z.union([ItemStudySchema(k, o), SeededItemSchema(k, o)])),
      roles: k.optional(z.array(z.string())),
      locked: k.optional(z.boolean()),
      item_is_seed: k.optional(z.boolean()),
    }),
);

/** Validates a {@link StudyListResponse}; built on first use per validation mode (`StudyListResponseSchema("lenient")`). */
export const StudyListResponseSchema = /* @__PURE__ */ defineModel<StudyListResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      items: k.optional(z.array(ItemStudySchema(k, o))),
      seed_items: k.optional(z.array(SeededItemSchema(k, o))),
      unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
      total_item_count: k.optional(z.number().check(z.int())),
      complete_item_count: k.optional(z.number().check(z.int())),
      seed_item_count: k.optional(z.number().check(z.int())),
      unparsable_item_count: k.optional(z.number().check(z.int())),
      not_authorised_count: k.optional(z.number().check(z.int())),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link StudySeedResponse}; built on first use per validation mode (`StudySeedResponseSchema("lenient")`). */
export const StudySeedResponseSchema = /* @__PURE__ */ defineModel<StudySeedResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      seeded_item: k.optional(SeededItemSchema(k, o)),
    }),
);

/** Validates a {@link SubtypeFilterOptions}; built on first use per validation mode (`SubtypeFilterOptionsSchema("lenient")`). */
export const SubtypeFilterOptionsSchema = /* @__PURE__ */ defineModel<SubtypeFilterOptions>((k, o) =>
  k.object({
      record_type: k.optional(QueryRecordTypesSchema(k, o)),
    }),
);

/** Validates a {@link SubtypeListRequest}; built on first use per validation mode (`SubtypeListRequestSchema("lenient")`). */
export const SubtypeListRequestSchema = /* @__PURE__ */ defineModel<SubtypeListRequest>((k, o) =>
  k.object({
      filter_by: k.optional(SubtypeFilterOptionsSchema(k, o)),
      sort_by: k.optional(SortOptionsSchema(k, o)),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
      page_size: k.optional(z.number().check(z.int())),
    }),
);

/** Validates a {@link UiSchemaResponse}; built on first use per validation mode (`UiSchemaResponseSchema("lenient")`). */
export const UiSchemaResponseSchema = /* @__PURE__ */ defineModel<UiSchemaResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      ui_schema: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link UntypedFetchResponse}; built on first use per validation mode (`UntypedFetchResponseSchema("lenient")`). */
export const UntypedFetchResponseSchema = /* @__PURE__ */ defineModel<UntypedFetchResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      item: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link UpdateResponse}; built on first use per validation mode (`UpdateResponseSchema("lenient")`). */
export const UpdateResponseSchema = /* @__PURE__ */ defineModel<UpdateResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      register_create_activity_session_id: k.optional(z.string()),
    }),
);

/** Validates a {@link VersionDetails}; built on first use per validation mode (`VersionDetailsSchema("lenient")`). */
export const VersionDetailsSchema = /* @__PURE__ */ defineModel<VersionDetails>((k, _o) =>
  k.object({
      commit_id: k.optional(z.string()),
      commit_url: k.optional(z.string()),
      tag_name: k.optional(z.string()),
      release_title: k.optional(z.string()),
      release_url: k.optional(z.string()),
    }),
);

/** Validates a {@link VersionFetchResponse}; built on first use per validation mode (`VersionFetchResponseSchema("lenient")`). */
export const VersionFetchResponseSchema = /* @__PURE__ */ defineModel<VersionFetchResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      item: k.optional(z.union([ItemVersionSchema(k, o), SeededItemSchema(k, o)])),
      roles: k.optional(z.array(z.string())),
      locked: k.optional(z.boolean()),
      item_is_seed: k.optional(z.boolean()),
    }),
);

/** Validates a {@link VersionListResponse}; built on first use per validation mode (`VersionListResponseSchema("lenient")`). */
export const VersionListResponseSchema = /* @__PURE__ */ defineModel<VersionListResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      items: k.optional(z.array(ItemVersionSchema(k, o))),
      seed_items: k.optional(z.array(SeededItemSchema(k, o))),
      unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
      total_item_count: k.optional(z.number().check(z.int())),
      complete_item_count: k.optional(z.number().check(z.int())),
      seed_item_count: k.optional(z.number().check(z.int())),
      unparsable_item_count: k.optional(z.number().check(z.int())),
      not_authorised_count: k.optional(z.number().check(z.int())),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link VersionRequest}; built on first use per validation mode (`VersionRequestSchema("lenient")`). */
export const VersionRequestSchema = /* @__PURE__ */ defineModel<VersionRequest>((k, _o) =>
  k.object({
      id: z.string(),
      reason: z.string(),
    }),
);

/** Validates a {@link VersionResponse}; built on first use per validation mode (`VersionResponseSchema("lenient")`). */
export const VersionResponseSchema = /* @__PURE__ */ defineModel<VersionResponse>((k, _o) =>
  k.object({
      new_version_id: z.string(),
      version_job_session_id: z.string(),
    }),
);

/** Every Registry model, as built for one validation mode. */
export interface RegistryModelSet {
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
  /** Validates a {@link AccessInfo}. */
  readonly AccessInfo: z.ZodMiniType<AccessInfo>;
  /** Validates a {@link AccessSettings}. */
  readonly AccessSettings: z.ZodMiniType<AccessSettings>;
  /** Validates a {@link AssociationInfo}. */
  readonly AssociationInfo: z.ZodMiniType<AssociationInfo>;
  /** Validates a {@link DescribedRole}. */
  readonly DescribedRole: z.ZodMiniType<DescribedRole>;
  /** Validates a {@link AuthRolesResponse}. */
  readonly AuthRolesResponse: z.ZodMiniType<AuthRolesResponse>;
  /** Validates a {@link BundledItem}. */
  readonly BundledItem: z.ZodMiniType<BundledItem>;
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
  /** Validates a {@link CreateDomainInfo}. */
  readonly CreateDomainInfo: z.ZodMiniType<CreateDomainInfo>;
  /** Validates a {@link HistoryEntry_CreateDomainInfo_}. */
  readonly HistoryEntry_CreateDomainInfo_: z.ZodMiniType<HistoryEntry_CreateDomainInfo_>;
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
  /** Validates a {@link ItemCreate}. */
  readonly ItemCreate: z.ZodMiniType<ItemCreate>;
  /** Validates a {@link SeededItem}. */
  readonly SeededItem: z.ZodMiniType<SeededItem>;
  /** Validates a {@link CreateFetchResponse}. */
  readonly CreateFetchResponse: z.ZodMiniType<CreateFetchResponse>;
  /** Validates a {@link CreateListResponse}. */
  readonly CreateListResponse: z.ZodMiniType<CreateListResponse>;
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
  /** Validates a {@link ItemDataset}. */
  readonly ItemDataset: z.ZodMiniType<ItemDataset>;
  /** Validates a {@link DatasetCreateResponse}. */
  readonly DatasetCreateResponse: z.ZodMiniType<DatasetCreateResponse>;
  /** Validates a {@link DatasetFetchResponse}. */
  readonly DatasetFetchResponse: z.ZodMiniType<DatasetFetchResponse>;
  /** Validates a {@link DatasetListResponse}. */
  readonly DatasetListResponse: z.ZodMiniType<DatasetListResponse>;
  /** Validates a {@link DatasetSeedResponse}. */
  readonly DatasetSeedResponse: z.ZodMiniType<DatasetSeedResponse>;
  /** Validates a {@link ResourceUsageType}. */
  readonly ResourceUsageType: z.ZodMiniType<ResourceUsageType>;
  /** Validates a {@link DefinedResource}. */
  readonly DefinedResource: z.ZodMiniType<DefinedResource>;
  /** Validates a {@link DeferredResource}. */
  readonly DeferredResource: z.ZodMiniType<DeferredResource>;
  /** Validates a {@link DatasetTemplateDomainInfo}. */
  readonly DatasetTemplateDomainInfo: z.ZodMiniType<DatasetTemplateDomainInfo>;
  /** Validates a {@link HistoryEntry_DatasetTemplateDomainInfo_}. */
  readonly HistoryEntry_DatasetTemplateDomainInfo_: z.ZodMiniType<HistoryEntry_DatasetTemplateDomainInfo_>;
  /** Validates a {@link ItemDatasetTemplate}. */
  readonly ItemDatasetTemplate: z.ZodMiniType<ItemDatasetTemplate>;
  /** Validates a {@link DatasetTemplateCreateResponse}. */
  readonly DatasetTemplateCreateResponse: z.ZodMiniType<DatasetTemplateCreateResponse>;
  /** Validates a {@link DatasetTemplateFetchResponse}. */
  readonly DatasetTemplateFetchResponse: z.ZodMiniType<DatasetTemplateFetchResponse>;
  /** Validates a {@link DatasetTemplateListResponse}. */
  readonly DatasetTemplateListResponse: z.ZodMiniType<DatasetTemplateListResponse>;
  /** Validates a {@link DatasetTemplateSeedResponse}. */
  readonly DatasetTemplateSeedResponse: z.ZodMiniType<DatasetTemplateSeedResponse>;
  /** Validates a {@link DatasetType}. */
  readonly DatasetType: z.ZodMiniType<DatasetType>;
  /** Validates a {@link DescribeAccessResponse}. */
  readonly DescribeAccessResponse: z.ZodMiniType<DescribeAccessResponse>;
  /** Validates a {@link QueryRecordTypes}. */
  readonly QueryRecordTypes: z.ZodMiniType<QueryRecordTypes>;
  /** Validates a {@link QueryDatasetReleaseStatusType}. */
  readonly QueryDatasetReleaseStatusType: z.ZodMiniType<QueryDatasetReleaseStatusType>;
  /** Validates a {@link FilterOptions}. */
  readonly FilterOptions: z.ZodMiniType<FilterOptions>;
  /** Validates a {@link SortType}. */
  readonly SortType: z.ZodMiniType<SortType>;
  /** Validates a {@link SortOptions}. */
  readonly SortOptions: z.ZodMiniType<SortOptions>;
  /** Validates a {@link GeneralListRequest}. */
  readonly GeneralListRequest: z.ZodMiniType<GeneralListRequest>;
  /** Validates a {@link ModelDomainInfo}. */
  readonly ModelDomainInfo: z.ZodMiniType<ModelDomainInfo>;
  /** Validates a {@link HistoryEntry_ModelDomainInfo_}. */
  readonly HistoryEntry_ModelDomainInfo_: z.ZodMiniType<HistoryEntry_ModelDomainInfo_>;
  /** Validates a {@link WorkflowRunCompletionStatus}. */
  readonly WorkflowRunCompletionStatus: z.ZodMiniType<WorkflowRunCompletionStatus>;
  /** Validates a {@link TemplatedDataset}. */
  readonly TemplatedDataset: z.ZodMiniType<TemplatedDataset>;
  /** Validates a {@link ModelRunRecord}. */
  readonly ModelRunRecord: z.ZodMiniType<ModelRunRecord>;
  /** Validates a {@link ModelRunDomainInfo}. */
  readonly ModelRunDomainInfo: z.ZodMiniType<ModelRunDomainInfo>;
  /** Validates a {@link HistoryEntry_ModelRunDomainInfo_}. */
  readonly HistoryEntry_ModelRunDomainInfo_: z.ZodMiniType<HistoryEntry_ModelRunDomainInfo_>;
  /** Validates a {@link TemplateResource}. */
  readonly TemplateResource: z.ZodMiniType<TemplateResource>;
  /** Validates a {@link WorkflowTemplateAnnotations}. */
  readonly WorkflowTemplateAnnotations: z.ZodMiniType<WorkflowTemplateAnnotations>;
  /** Validates a {@link ModelRunWorkflowTemplateDomainInfo}. */
  readonly ModelRunWorkflowTemplateDomainInfo: z.ZodMiniType<ModelRunWorkflowTemplateDomainInfo>;
  /** Validates a {@link HistoryEntry_ModelRunWorkflowTemplateDomainInfo_}. */
  readonly HistoryEntry_ModelRunWorkflowTemplateDomainInfo_: z.ZodMiniType<HistoryEntry_ModelRunWorkflowTemplateDomainInfo_>;
  /** Validates a {@link OrganisationDomainInfo}. */
  readonly OrganisationDomainInfo: z.ZodMiniType<OrganisationDomainInfo>;
  /** Validates a {@link HistoryEntry_OrganisationDomainInfo_}. */
  readonly HistoryEntry_OrganisationDomainInfo_: z.ZodMiniType<HistoryEntry_OrganisationDomainInfo_>;
  /** Validates a {@link PersonDomainInfo}. */
  readonly PersonDomainInfo: z.ZodMiniType<PersonDomainInfo>;
  /** Validates a {@link HistoryEntry_PersonDomainInfo_}. */
  readonly HistoryEntry_PersonDomainInfo_: z.ZodMiniType<HistoryEntry_PersonDomainInfo_>;
  /** Validates a {@link StudyDomainInfo}. */
  readonly StudyDomainInfo: z.ZodMiniType<StudyDomainInfo>;
  /** Validates a {@link HistoryEntry_StudyDomainInfo_}. */
  readonly HistoryEntry_StudyDomainInfo_: z.ZodMiniType<HistoryEntry_StudyDomainInfo_>;
  /** Validates a {@link VersionDomainInfo}. */
  readonly VersionDomainInfo: z.ZodMiniType<VersionDomainInfo>;
  /** Validates a {@link HistoryEntry_VersionDomainInfo_}. */
  readonly HistoryEntry_VersionDomainInfo_: z.ZodMiniType<HistoryEntry_VersionDomainInfo_>;
  /** Validates a {@link ImportMode}. */
  readonly ImportMode: z.ZodMiniType<ImportMode>;
  /** Validates a {@link ItemModel}. */
  readonly ItemModel: z.ZodMiniType<ItemModel>;
  /** Validates a {@link ItemModelRun}. */
  readonly ItemModelRun: z.ZodMiniType<ItemModelRun>;
  /** Validates a {@link ItemModelRunWorkflowTemplate}. */
  readonly ItemModelRunWorkflowTemplate: z.ZodMiniType<ItemModelRunWorkflowTemplate>;
  /** Validates a {@link ItemOrganisation}. */
  readonly ItemOrganisation: z.ZodMiniType<ItemOrganisation>;
  /** Validates a {@link ItemPerson}. */
  readonly ItemPerson: z.ZodMiniType<ItemPerson>;
  /** Validates a {@link ItemRevertRequest}. */
  readonly ItemRevertRequest: z.ZodMiniType<ItemRevertRequest>;
  /** Validates a {@link ItemRevertResponse}. */
  readonly ItemRevertResponse: z.ZodMiniType<ItemRevertResponse>;
  /** Validates a {@link ItemStudy}. */
  readonly ItemStudy: z.ZodMiniType<ItemStudy>;
  /** Validates a {@link ItemVersion}. */
  readonly ItemVersion: z.ZodMiniType<ItemVersion>;
  /** Validates a {@link JsonSchemaResponse}. */
  readonly JsonSchemaResponse: z.ZodMiniType<JsonSchemaResponse>;
  /** Validates a {@link ListUserReviewingDatasetsRequest}. */
  readonly ListUserReviewingDatasetsRequest: z.ZodMiniType<ListUserReviewingDatasetsRequest>;
  /** Validates a {@link LockActionType}. */
  readonly LockActionType: z.ZodMiniType<LockActionType>;
  /** Validates a {@link LockChangeRequest}. */
  readonly LockChangeRequest: z.ZodMiniType<LockChangeRequest>;
  /** Validates a {@link LockEvent}. */
  readonly LockEvent: z.ZodMiniType<LockEvent>;
  /** Validates a {@link LockHistoryResponse}. */
  readonly LockHistoryResponse: z.ZodMiniType<LockHistoryResponse>;
  /** Validates a {@link LockStatusResponse}. */
  readonly LockStatusResponse: z.ZodMiniType<LockStatusResponse>;
  /** Validates a {@link ModelCreateResponse}. */
  readonly ModelCreateResponse: z.ZodMiniType<ModelCreateResponse>;
  /** Validates a {@link ModelFetchResponse}. */
  readonly ModelFetchResponse: z.ZodMiniType<ModelFetchResponse>;
  /** Validates a {@link ModelListResponse}. */
  readonly ModelListResponse: z.ZodMiniType<ModelListResponse>;
  /** Validates a {@link ModelRunCreateResponse}. */
  readonly ModelRunCreateResponse: z.ZodMiniType<ModelRunCreateResponse>;
  /** Validates a {@link ModelRunFetchResponse}. */
  readonly ModelRunFetchResponse: z.ZodMiniType<ModelRunFetchResponse>;
  /** Validates a {@link ModelRunListResponse}. */
  readonly ModelRunListResponse: z.ZodMiniType<ModelRunListResponse>;
  /** Validates a {@link ModelRunSeedResponse}. */
  readonly ModelRunSeedResponse: z.ZodMiniType<ModelRunSeedResponse>;
  /** Validates a {@link ModelRunWorkflowTemplateCreateResponse}. */
  readonly ModelRunWorkflowTemplateCreateResponse: z.ZodMiniType<ModelRunWorkflowTemplateCreateResponse>;
  /** Validates a {@link ModelRunWorkflowTemplateFetchResponse}. */
  readonly ModelRunWorkflowTemplateFetchResponse: z.ZodMiniType<ModelRunWorkflowTemplateFetchResponse>;
  /** Validates a {@link ModelRunWorkflowTemplateListResponse}. */
  readonly ModelRunWorkflowTemplateListResponse: z.ZodMiniType<ModelRunWorkflowTemplateListResponse>;
  /** Validates a {@link ModelRunWorkflowTemplateSeedResponse}. */
  readonly ModelRunWorkflowTemplateSeedResponse: z.ZodMiniType<ModelRunWorkflowTemplateSeedResponse>;
  /** Validates a {@link ModelSeedResponse}. */
  readonly ModelSeedResponse: z.ZodMiniType<ModelSeedResponse>;
  /** Validates a {@link OrganisationCreateResponse}. */
  readonly OrganisationCreateResponse: z.ZodMiniType<OrganisationCreateResponse>;
  /** Validates a {@link OrganisationFetchResponse}. */
  readonly OrganisationFetchResponse: z.ZodMiniType<OrganisationFetchResponse>;
  /** Validates a {@link OrganisationListResponse}. */
  readonly OrganisationListResponse: z.ZodMiniType<OrganisationListResponse>;
  /** Validates a {@link OrganisationSeedResponse}. */
  readonly OrganisationSeedResponse: z.ZodMiniType<OrganisationSeedResponse>;
  /** Validates a {@link PaginatedDatasetListResponse}. */
  readonly PaginatedDatasetListResponse: z.ZodMiniType<PaginatedDatasetListResponse>;
  /** Validates a {@link PaginatedListResponse}. */
  readonly PaginatedListResponse: z.ZodMiniType<PaginatedListResponse>;
  /** Validates a {@link PersonCreateResponse}. */
  readonly PersonCreateResponse: z.ZodMiniType<PersonCreateResponse>;
  /** Validates a {@link PersonFetchResponse}. */
  readonly PersonFetchResponse: z.ZodMiniType<PersonFetchResponse>;
  /** Validates a {@link PersonListResponse}. */
  readonly PersonListResponse: z.ZodMiniType<PersonListResponse>;
  /** Validates a {@link PersonSeedResponse}. */
  readonly PersonSeedResponse: z.ZodMiniType<PersonSeedResponse>;
  /** Validates a {@link ProvGraphRestoreRequest}. */
  readonly ProvGraphRestoreRequest: z.ZodMiniType<ProvGraphRestoreRequest>;
  /** Validates a {@link ProvGraphRestoreResponse}. */
  readonly ProvGraphRestoreResponse: z.ZodMiniType<ProvGraphRestoreResponse>;
  /** Validates a {@link RegistryExportResponse}. */
  readonly RegistryExportResponse: z.ZodMiniType<RegistryExportResponse>;
  /** Validates a {@link RegistryImportRequest}. */
  readonly RegistryImportRequest: z.ZodMiniType<RegistryImportRequest>;
  /** Validates a {@link RegistryImportStatistics}. */
  readonly RegistryImportStatistics: z.ZodMiniType<RegistryImportStatistics>;
  /** Validates a {@link RegistryImportResponse}. */
  readonly RegistryImportResponse: z.ZodMiniType<RegistryImportResponse>;
  /** Validates a {@link TableNames}. */
  readonly TableNames: z.ZodMiniType<TableNames>;
  /** Validates a {@link RegistryRestoreRequest}. */
  readonly RegistryRestoreRequest: z.ZodMiniType<RegistryRestoreRequest>;
  /** Validates a {@link StudyCreateResponse}. */
  readonly StudyCreateResponse: z.ZodMiniType<StudyCreateResponse>;
  /** Validates a {@link StudyFetchResponse}. */
  readonly StudyFetchResponse: z.ZodMiniType<StudyFetchResponse>;
  /** Validates a {@link StudyListResponse}. */
  readonly StudyListResponse: z.ZodMiniType<StudyListResponse>;
  /** Validates a {@link StudySeedResponse}. */
  readonly StudySeedResponse: z.ZodMiniType<StudySeedResponse>;
  /** Validates a {@link SubtypeFilterOptions}. */
  readonly SubtypeFilterOptions: z.ZodMiniType<SubtypeFilterOptions>;
  /** Validates a {@link SubtypeListRequest}. */
  readonly SubtypeListRequest: z.ZodMiniType<SubtypeListRequest>;
  /** Validates a {@link UiSchemaResponse}. */
  readonly UiSchemaResponse: z.ZodMiniType<UiSchemaResponse>;
  /** Validates a {@link UntypedFetchResponse}. */
  readonly UntypedFetchResponse: z.ZodMiniType<UntypedFetchResponse>;
  /** Validates a {@link UpdateResponse}. */
  readonly UpdateResponse: z.ZodMiniType<UpdateResponse>;
  /** Validates a {@link VersionDetails}. */
  readonly VersionDetails: z.ZodMiniType<VersionDetails>;
  /** Validates a {@link VersionFetchResponse}. */
  readonly VersionFetchResponse: z.ZodMiniType<VersionFetchResponse>;
  /** Validates a {@link VersionListResponse}. */
  readonly VersionListResponse: z.ZodMiniType<VersionListResponse>;
  /** Validates a {@link VersionRequest}. */
  readonly VersionRequest: z.ZodMiniType<VersionRequest>;
  /** Validates a {@link VersionResponse}. */
  readonly VersionResponse: z.ZodMiniType<VersionResponse>;
}

/** The name of one Registry model. */
export type RegistryModelName = keyof RegistryModelSet;

/** Models whose upstream class forbids unknown keys (`additionalProperties: false`). */
export const REGISTRY_FORBIDS_EXTRA: ReadonlySet<RegistryModelName> = /* @__PURE__ */ new Set<RegistryModelName>(["AccessInfo", "CollectionFormatAssociations", "DatasetEthicsRegistrationCheck", "DatasetEthicsAccessCheck", "IndigenousKnowledgeCheck", "ExportControls", "CollectionFormatApprovals", "CreatedDate", "PublishedDate", "CollectionFormatSpatialInfo", "TemporalDurationInfo", "CollectionFormatTemporalInfo", "CollectionFormatDatasetInfo", "CollectionFormat"]);

/** Field defaults from the spec, for building requests; parsing never fills them in. */
export const RegistryDefaults = {
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
  ItemCreate: {
    item_category: "ACTIVITY",
    item_subtype: "CREATE",
  },
  DatasetDomainInfo: {
    release_history: [],
  },
  ItemDataset: {
    release_history: [],
    item_category: "ENTITY",
    item_subtype: "DATASET",
  },
  DatasetTemplateDomainInfo: {
    defined_resources: [],
    deferred_resources: [],
  },
  ItemDatasetTemplate: {
    defined_resources: [],
    deferred_resources: [],
    item_category: "ENTITY",
    item_subtype: "DATASET_TEMPLATE",
  },
  FilterOptions: {
    record_type: "COMPLETE_ONLY",
  },
  SortOptions: {
    ascending: false,
  },
  GeneralListRequest: {
    page_size: 20,
  },
  WorkflowTemplateAnnotations: {
    required: [],
    optional: [],
  },
  ModelRunWorkflowTemplateDomainInfo: {
    input_templates: [],
    output_templates: [],
  },
  PersonDomainInfo: {
    ethics_approved: false,
  },
  ItemModel: {
    item_category: "ENTITY",
    item_subtype: "MODEL",
  },
  ItemModelRun: {
    item_category: "ACTIVITY",
    item_subtype: "MODEL_RUN",
  },
  ItemModelRunWorkflowTemplate: {
    input_templates: [],
    output_templates: [],
    item_category: "ENTITY",
    item_subtype: "MODEL_RUN_WORKFLOW_TEMPLATE",
  },
  ItemOrganisation: {
    item_category: "AGENT",
    item_subtype: "ORGANISATION",
  },
  ItemPerson: {
    ethics_approved: false,
    item_category: "AGENT",
    item_subtype: "PERSON",
  },
  ItemStudy: {
    item_category: "ACTIVITY",
    item_subtype: "STUDY",
  },
  ItemVersion: {
    item_category: "ACTIVITY",
    item_subtype: "VERSION",
  },
  ListUserReviewingDatasetsRequest: {
    page_size: 20,
  },
  ProvGraphRestoreRequest: {
    trial_mode: true,
    abort_if_failures: true,
  },
  RegistryImportRequest: {
    parse_items: true,
    allow_entry_deletion: false,
    trial_mode: true,
  },
  RegistryRestoreRequest: {
    parse_items: true,
    allow_entry_deletion: false,
    trial_mode: true,
  },
  SubtypeFilterOptions: {
    record_type: "COMPLETE_ONLY",
  },
  SubtypeListRequest: {
    page_size: 20,
  },
} as const;

/** Builds every Registry model for the kit's mode. Most callers want {@link RegistryModels}, or one `<Name>Schema`. */
export function buildRegistryModels(k: ModelKit, options: BuildModelsOptions = {}): RegistryModelSet {
  return {
    Status: StatusSchema(k, options),
    StatusResponse: StatusResponseSchema(k, options),
    User: UserSchema(k, options),
    HTTPValidationError: HTTPValidationErrorSchema(k, options),
    ValidationError: ValidationErrorSchema(k, options),
    AccessInfo: AccessInfoSchema(k, options),
    AccessSettings: AccessSettingsSchema(k, options),
    AssociationInfo: AssociationInfoSchema(k, options),
    DescribedRole: DescribedRoleSchema(k, options),
    AuthRolesResponse: AuthRolesResponseSchema(k, options),
    BundledItem: BundledItemSchema(k, options),
    CollectionFormatAssociations: CollectionFormatAssociationsSchema(k, options),
    DatasetEthicsRegistrationCheck: DatasetEthicsRegistrationCheckSchema(k, options),
    DatasetEthicsAccessCheck: DatasetEthicsAccessCheckSchema(k, options),
    IndigenousKnowledgeCheck: IndigenousKnowledgeCheckSchema(k, options),
    ExportControls: ExportControlsSchema(k, options),
    CollectionFormatApprovals: CollectionFormatApprovalsSchema(k, options),
    CreatedDate: CreatedDateSchema(k, options),
    PublishedDate: PublishedDateSchema(k, options),
    CollectionFormatSpatialInfo: CollectionFormatSpatialInfoSchema(k, options),
    TemporalDurationInfo: TemporalDurationInfoSchema(k, options),
    CollectionFormatTemporalInfo: CollectionFormatTemporalInfoSchema(k, options),
    CollectionFormatDatasetInfo: CollectionFormatDatasetInfoSchema(k, options),
    CollectionFormat: CollectionFormatSchema(k, options),
    CreateDomainInfo: CreateDomainInfoSchema(k, options),
    HistoryEntry_CreateDomainInfo_: HistoryEntry_CreateDomainInfo_Schema(k, options),
    ItemCategory: ItemCategorySchema(k, options),
    ItemSubType: ItemSubTypeSchema(k, options),
    RecordType: RecordTypeSchema(k, options),
    WorkflowLinks: WorkflowLinksSchema(k, options),
    VersioningInfo: VersioningInfoSchema(k, options),
    ItemCreate: ItemCreateSchema(k, options),
    SeededItem: SeededItemSchema(k, options),
    CreateFetchResponse: CreateFetchResponseSchema(k, options),
    CreateListResponse: CreateListResponseSchema(k, options),
    S3Location: S3LocationSchema(k, options),
    ReleaseAction: ReleaseActionSchema(k, options),
    ReleaseHistoryEntry: ReleaseHistoryEntrySchema(k, options),
    ReleasedStatus: ReleasedStatusSchema(k, options),
    DatasetDomainInfo: DatasetDomainInfoSchema(k, options),
    HistoryEntry_DatasetDomainInfo_: HistoryEntry_DatasetDomainInfo_Schema(k, options),
    ItemDataset: ItemDatasetSchema(k, options),
    DatasetCreateResponse: DatasetCreateResponseSchema(k, options),
    DatasetFetchResponse: DatasetFetchResponseSchema(k, options),
    DatasetListResponse: DatasetListResponseSchema(k, options),
    DatasetSeedResponse: DatasetSeedResponseSchema(k, options),
    ResourceUsageType: ResourceUsageTypeSchema(k, options),
    DefinedResource: DefinedResourceSchema(k, options),
    DeferredResource: DeferredResourceSchema(k, options),
    DatasetTemplateDomainInfo: DatasetTemplateDomainInfoSchema(k, options),
    HistoryEntry_DatasetTemplateDomainInfo_: HistoryEntry_DatasetTemplateDomainInfo_Schema(k, options),
    ItemDatasetTemplate: ItemDatasetTemplateSchema(k, options),
    DatasetTemplateCreateResponse: DatasetTemplateCreateResponseSchema(k, options),
    DatasetTemplateFetchResponse: DatasetTemplateFetchResponseSchema(k, options),
    DatasetTemplateListResponse: DatasetTemplateListResponseSchema(k, options),
    DatasetTemplateSeedResponse: DatasetTemplateSeedResponseSchema(k, options),
    DatasetType: DatasetTypeSchema(k, options),
    DescribeAccessResponse: DescribeAccessResponseSchema(k, options),
    QueryRecordTypes: QueryRecordTypesSchema(k, options),
    QueryDatasetReleaseStatusType: QueryDatasetReleaseStatusTypeSchema(k, options),
    FilterOptions: FilterOptionsSchema(k, options),
    SortType: SortTypeSchema(k, options),
    SortOptions: SortOptionsSchema(k, options),
    GeneralListRequest: GeneralListRequestSchema(k, options),
    ModelDomainInfo: ModelDomainInfoSchema(k, options),
    HistoryEntry_ModelDomainInfo_: HistoryEntry_ModelDomainInfo_Schema(k, options),
    WorkflowRunCompletionStatus: WorkflowRunCompletionStatusSchema(k, options),
    TemplatedDataset: TemplatedDatasetSchema(k, options),
    ModelRunRecord: ModelRunRecordSchema(k, options),
    ModelRunDomainInfo: ModelRunDomainInfoSchema(k, options),
    HistoryEntry_ModelRunDomainInfo_: HistoryEntry_ModelRunDomainInfo_Schema(k, options),
    TemplateResource: TemplateResourceSchema(k, options),
    WorkflowTemplateAnnotations: WorkflowTemplateAnnotationsSchema(k, options),
    ModelRunWorkflowTemplateDomainInfo: ModelRunWorkflowTemplateDomainInfoSchema(k, options),
    HistoryEntry_ModelRunWorkflowTemplateDomainInfo_: HistoryEntry_ModelRunWorkflowTemplateDomainInfo_Schema(k, options),
    OrganisationDomainInfo: OrganisationDomainInfoSchema(k, options),
    HistoryEntry_OrganisationDomainInfo_: HistoryEntry_OrganisationDomainInfo_Schema(k, options),
    PersonDomainInfo: PersonDomainInfoSchema(k, options),
    HistoryEntry_PersonDomainInfo_: HistoryEntry_PersonDomainInfo_Schema(k, options),
    StudyDomainInfo: StudyDomainInfoSchema(k, options),
    HistoryEntry_StudyDomainInfo_: HistoryEntry_StudyDomainInfo_Schema(k, options),
    VersionDomainInfo: VersionDomainInfoSchema(k, options),
    HistoryEntry_VersionDomainInfo_: HistoryEntry_VersionDomainInfo_Schema(k, options),
    ImportMode: ImportModeSchema(k, options),
    ItemModel: ItemModelSchema(k, options),
    ItemModelRun: ItemModelRunSchema(k, options),
    ItemModelRunWorkflowTemplate: ItemModelRunWorkflowTemplateSchema(k, options),
    ItemOrganisation: ItemOrganisationSchema(k, options),
    ItemPerson: ItemPersonSchema(k, options),
    ItemRevertRequest: ItemRevertRequestSchema(k, options),
    ItemRevertResponse: ItemRevertResponseSchema(k, options),
    ItemStudy: ItemStudySchema(k, options),
    ItemVersion: ItemVersionSchema(k, options),
    JsonSchemaResponse: JsonSchemaResponseSchema(k, options),
    ListUserReviewingDatasetsRequest: ListUserReviewingDatasetsRequestSchema(k, options),
    LockActionType: LockActionTypeSchema(k, options),
    LockChangeRequest: LockChangeRequestSchema(k, options),
    LockEvent: LockEventSchema(k, options),
    LockHistoryResponse: LockHistoryResponseSchema(k, options),
    LockStatusResponse: LockStatusResponseSchema(k, options),
    ModelCreateResponse: ModelCreateResponseSchema(k, options),
    ModelFetchResponse: ModelFetchResponseSchema(k, options),
    ModelListResponse: ModelListResponseSchema(k, options),
    ModelRunCreateResponse: ModelRunCreateResponseSchema(k, options),
    ModelRunFetchResponse: ModelRunFetchResponseSchema(k, options),
    ModelRunListResponse: ModelRunListResponseSchema(k, options),
    ModelRunSeedResponse: ModelRunSeedResponseSchema(k, options),
    ModelRunWorkflowTemplateCreateResponse: ModelRunWorkflowTemplateCreateResponseSchema(k, options),
    ModelRunWorkflowTemplateFetchResponse: ModelRunWorkflowTemplateFetchResponseSchema(k, options),
    ModelRunWorkflowTemplateListResponse: ModelRunWorkflowTemplateListResponseSchema(k, options),
    ModelRunWorkflowTemplateSeedResponse: ModelRunWorkflowTemplateSeedResponseSchema(k, options),
    ModelSeedResponse: ModelSeedResponseSchema(k, options),
    OrganisationCreateResponse: OrganisationCreateResponseSchema(k, options),
    OrganisationFetchResponse: OrganisationFetchResponseSchema(k, options),
    OrganisationListResponse: OrganisationListResponseSchema(k, options),
    OrganisationSeedResponse: OrganisationSeedResponseSchema(k, options),
    PaginatedDatasetListResponse: PaginatedDatasetListResponseSchema(k, options),
    PaginatedListResponse: PaginatedListResponseSchema(k, options),
    PersonCreateResponse: PersonCreateResponseSchema(k, options),
    PersonFetchResponse: PersonFetchResponseSchema(k, options),
    PersonListResponse: PersonListResponseSchema(k, options),
    PersonSeedResponse: PersonSeedResponseSchema(k, options),
    ProvGraphRestoreRequest: ProvGraphRestoreRequestSchema(k, options),
    ProvGraphRestoreResponse: ProvGraphRestoreResponseSchema(k, options),
    RegistryExportResponse: RegistryExportResponseSchema(k, options),
    RegistryImportRequest: RegistryImportRequestSchema(k, options),
    RegistryImportStatistics: RegistryImportStatisticsSchema(k, options),
    RegistryImportResponse: RegistryImportResponseSchema(k, options),
    TableNames: TableNamesSchema(k, options),
    RegistryRestoreRequest: RegistryRestoreRequestSchema(k, options),
    StudyCreateResponse: StudyCreateResponseSchema(k, options),
    StudyFetchResponse: StudyFetchResponseSchema(k, options),
    StudyListResponse: StudyListResponseSchema(k, options),
    StudySeedResponse: StudySeedResponseSchema(k, options),
    SubtypeFilterOptions: SubtypeFilterOptionsSchema(k, options),
    SubtypeListRequest: SubtypeListRequestSchema(k, options),
    UiSchemaResponse: UiSchemaResponseSchema(k, options),
    UntypedFetchResponse: UntypedFetchResponseSchema(k, options),
    UpdateResponse: UpdateResponseSchema(k, options),
    VersionDetails: VersionDetailsSchema(k, options),
    VersionFetchResponse: VersionFetchResponseSchema(k, options),
    VersionListResponse: VersionListResponseSchema(k, options),
    VersionRequest: VersionRequestSchema(k, options),
    VersionResponse: VersionResponseSchema(k, options),
  };
}

/** The Registry models, built lazily per mode: `RegistryModels.lenient.X` (default) or `.strict.X` (tests). */
export const RegistryModels: ModelSet<RegistryModelSet> = /* @__PURE__ */ defineModels((k) => buildRegistryModels(k));
