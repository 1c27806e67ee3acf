// GENERATED FILE: do not edit by hand.
// Source: specs/provena/registry.json (139 component schemas, plus 5 shared ones from @provena-sdk/http-core).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import * as z from "zod/mini";
import { buildCommonModels, type BuildModelsOptions, defineModels, type ModelKit, type ModelSet, type UnknownString } from "@provena-sdk/http-core";
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

// ---- Models ----

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
export const REGISTRY_FORBIDS_EXTRA: ReadonlySet<RegistryModelName> = new Set<RegistryModelName>(["AccessInfo", "CollectionFormatAssociations", "DatasetEthicsRegistrationCheck", "DatasetEthicsAccessCheck", "IndigenousKnowledgeCheck", "ExportControls", "CollectionFormatApprovals", "CreatedDate", "PublishedDate", "CollectionFormatSpatialInfo", "TemporalDurationInfo", "CollectionFormatTemporalInfo", "CollectionFormatDatasetInfo", "CollectionFormat"]);

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

/** Builds every Registry model for the kit's mode. Most callers want {@link RegistryModels}. */
export function buildRegistryModels(k: ModelKit, options: BuildModelsOptions = {}): RegistryModelSet {
  const { Status, StatusResponse, User, HTTPValidationError, ValidationError } = buildCommonModels(k, options);
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
  const AccessSettings: z.ZodMiniType<AccessSettings> = k.object({
    owner: z.string(),
    general: z.array(z.string()),
    groups: z.record(z.string(), z.array(z.string())),
  });
  const AssociationInfo: z.ZodMiniType<AssociationInfo> = k.object({
    modeller_id: z.string(),
    requesting_organisation_id: k.optional(z.string()),
  });
  const DescribedRole: z.ZodMiniType<DescribedRole> = k.object({
    role_display_name: z.string(),
    role_name: z.string(),
    description: z.string(),
    also_grants: z.array(z.string()),
  });
  const AuthRolesResponse: z.ZodMiniType<AuthRolesResponse> = k.object({
    roles: z.array(DescribedRole),
  });
  const BundledItem: z.ZodMiniType<BundledItem> = k.object({
    id: z.string(),
    item_payload: z.record(z.string(), z.unknown()),
    auth_payload: z.record(z.string(), z.unknown()),
    lock_payload: z.record(z.string(), z.unknown()),
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
  const CreateDomainInfo: z.ZodMiniType<CreateDomainInfo> = k.object({
    display_name: z.string(),
    created_item_id: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_CreateDomainInfo_: z.ZodMiniType<HistoryEntry_CreateDomainInfo_> = k.object({
    id: z.number().check(z.int()),
    timestamp: z.number().check(z.int()),
    reason: z.string(),
    username: z.string(),
    item: CreateDomainInfo,
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
  const ItemCreate: z.ZodMiniType<ItemCreate> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    created_item_id: z.string(),
    history: z.array(HistoryEntry_CreateDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().check(z.int()),
    updated_timestamp: z.number().check(z.int()),
    item_category: k.optional(literalInStrict("ACTIVITY", ItemCategory)),
    item_subtype: k.optional(literalInStrict("CREATE", ItemSubType)),
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
  const CreateFetchResponse: z.ZodMiniType<CreateFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemCreate, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
  });
  const CreateListResponse: z.ZodMiniType<CreateListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemCreate)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().check(z.int())),
    complete_item_count: k.optional(z.number().check(z.int())),
    seed_item_count: k.optional(z.number().check(z.int())),
    unparsable_item_count: k.optional(z.number().check(z.int())),
    not_authorised_count: k.optional(z.number().check(z.int())),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
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
  const DatasetCreateResponse: z.ZodMiniType<DatasetCreateResponse> = k.object({
    status: Status,
    created_item: k.optional(ItemDataset),
    register_create_activity_session_id: k.optional(z.string()),
  });
  const DatasetFetchResponse: z.ZodMiniType<DatasetFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemDataset, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
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
  const DatasetSeedResponse: z.ZodMiniType<DatasetSeedResponse> = k.object({
    status: Status,
    seeded_item: k.optional(SeededItem),
  });
  const ResourceUsageType: z.ZodMiniType<ResourceUsageType> = k.enum(ResourceUsageTypeValues);
  const DefinedResource: z.ZodMiniType<DefinedResource> = k.object({
    path: z.string(),
    description: z.string(),
    usage_type: ResourceUsageType,
    optional: k.optional(z.boolean()),
    is_folder: k.optional(z.boolean()),
    additional_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const DeferredResource: z.ZodMiniType<DeferredResource> = k.object({
    key: z.string(),
    description: z.string(),
    usage_type: ResourceUsageType,
    optional: k.optional(z.boolean()),
    is_folder: k.optional(z.boolean()),
    additional_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const DatasetTemplateDomainInfo: z.ZodMiniType<DatasetTemplateDomainInfo> = k.object({
    display_name: z.string(),
    description: k.optional(z.string()),
    defined_resources: k.optional(z.array(DefinedResource)),
    deferred_resources: k.optional(z.array(DeferredResource)),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_DatasetTemplateDomainInfo_: z.ZodMiniType<HistoryEntry_DatasetTemplateDomainInfo_> = k.object({
    id: z.number().check(z.int()),
    timestamp: z.number().check(z.int()),
    reason: z.string(),
    username: z.string(),
    item: DatasetTemplateDomainInfo,
  });
  const ItemDatasetTemplate: z.ZodMiniType<ItemDatasetTemplate> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    description: k.optional(z.string()),
    defined_resources: k.optional(z.array(DefinedResource)),
    deferred_resources: k.optional(z.array(DeferredResource)),
    history: z.array(HistoryEntry_DatasetTemplateDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().check(z.int()),
    updated_timestamp: z.number().check(z.int()),
    item_category: k.optional(literalInStrict("ENTITY", ItemCategory)),
    item_subtype: k.optional(literalInStrict("DATASET_TEMPLATE", ItemSubType)),
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
  });
  const DatasetTemplateCreateResponse: z.ZodMiniType<DatasetTemplateCreateResponse> = k.object({
    status: Status,
    created_item: k.optional(ItemDatasetTemplate),
    register_create_activity_session_id: k.optional(z.string()),
  });
  const DatasetTemplateFetchResponse: z.ZodMiniType<DatasetTemplateFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemDatasetTemplate, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
  });
  const DatasetTemplateListResponse: z.ZodMiniType<DatasetTemplateListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemDatasetTemplate)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().check(z.int())),
    complete_item_count: k.optional(z.number().check(z.int())),
    seed_item_count: k.optional(z.number().check(z.int())),
    unparsable_item_count: k.optional(z.number().check(z.int())),
    not_authorised_count: k.optional(z.number().check(z.int())),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const DatasetTemplateSeedResponse: z.ZodMiniType<DatasetTemplateSeedResponse> = k.object({
    status: Status,
    seeded_item: k.optional(SeededItem),
  });
  const DatasetType: z.ZodMiniType<DatasetType> = k.enum(DatasetTypeValues);
  const DescribeAccessResponse: z.ZodMiniType<DescribeAccessResponse> = k.object({
    roles: z.array(z.string()),
  });
  const QueryRecordTypes: z.ZodMiniType<QueryRecordTypes> = k.enum(QueryRecordTypesValues);
  const QueryDatasetReleaseStatusType: z.ZodMiniType<QueryDatasetReleaseStatusType> = k.enum(QueryDatasetReleaseStatusTypeValues);
  const FilterOptions: z.ZodMiniType<FilterOptions> = k.object({
    record_type: k.optional(QueryRecordTypes),
    item_subtype: k.optional(ItemSubType),
    release_reviewer: k.optional(z.string()),
    release_status: k.optional(QueryDatasetReleaseStatusType),
  });
  const SortType: z.ZodMiniType<SortType> = k.enum(SortTypeValues);
  const SortOptions: z.ZodMiniType<SortOptions> = k.object({
    sort_type: k.optional(SortType),
    ascending: k.optional(z.boolean()),
    begins_with: k.optional(z.string()),
  });
  const GeneralListRequest: z.ZodMiniType<GeneralListRequest> = k.object({
    filter_by: k.optional(FilterOptions),
    sort_by: k.optional(SortOptions),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
    page_size: k.optional(z.number().check(z.int())),
  });
  const ModelDomainInfo: z.ZodMiniType<ModelDomainInfo> = k.object({
    display_name: z.string(),
    name: z.string(),
    description: z.string(),
    documentation_url: z.string().check(z.minLength(1), z.maxLength(65536)),
    source_url: z.string().check(z.minLength(1), z.maxLength(65536)),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_ModelDomainInfo_: z.ZodMiniType<HistoryEntry_ModelDomainInfo_> = k.object({
    id: z.number().check(z.int()),
    timestamp: z.number().check(z.int()),
    reason: z.string(),
    username: z.string(),
    item: ModelDomainInfo,
  });
  const WorkflowRunCompletionStatus: z.ZodMiniType<WorkflowRunCompletionStatus> = k.enum(WorkflowRunCompletionStatusValues);
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
  const TemplateResource: z.ZodMiniType<TemplateResource> = k.object({
    template_id: z.string(),
    optional: k.optional(z.boolean()),
  });
  const WorkflowTemplateAnnotations: z.ZodMiniType<WorkflowTemplateAnnotations> = k.object({
    required: k.optional(z.array(z.string())),
    optional: k.optional(z.array(z.string())),
  });
  const ModelRunWorkflowTemplateDomainInfo: z.ZodMiniType<ModelRunWorkflowTemplateDomainInfo> = k.object({
    display_name: z.string(),
    software_id: z.string(),
    input_templates: k.optional(z.array(TemplateResource)),
    output_templates: k.optional(z.array(TemplateResource)),
    annotations: k.optional(WorkflowTemplateAnnotations),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_ModelRunWorkflowTemplateDomainInfo_: z.ZodMiniType<HistoryEntry_ModelRunWorkflowTemplateDomainInfo_> = k.object({
    id: z.number().check(z.int()),
    timestamp: z.number().check(z.int()),
    reason: z.string(),
    username: z.string(),
    item: ModelRunWorkflowTemplateDomainInfo,
  });
  const OrganisationDomainInfo: z.ZodMiniType<OrganisationDomainInfo> = k.object({
    display_name: z.string(),
    name: z.string(),
    ror: k.optional(z.string().check(z.minLength(1), z.maxLength(65536))),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_OrganisationDomainInfo_: z.ZodMiniType<HistoryEntry_OrganisationDomainInfo_> = k.object({
    id: z.number().check(z.int()),
    timestamp: z.number().check(z.int()),
    reason: z.string(),
    username: z.string(),
    item: OrganisationDomainInfo,
  });
  const PersonDomainInfo: z.ZodMiniType<PersonDomainInfo> = k.object({
    display_name: z.string(),
    email: z.string(),
    first_name: z.string(),
    last_name: z.string(),
    orcid: k.optional(z.string().check(z.minLength(1), z.maxLength(65536))),
    ethics_approved: k.optional(z.boolean()),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_PersonDomainInfo_: z.ZodMiniType<HistoryEntry_PersonDomainInfo_> = k.object({
    id: z.number().check(z.int()),
    timestamp: z.number().check(z.int()),
    reason: z.string(),
    username: z.string(),
    item: PersonDomainInfo,
  });
  const StudyDomainInfo: z.ZodMiniType<StudyDomainInfo> = k.object({
    display_name: z.string(),
    title: z.string(),
    description: z.string(),
    study_alternative_id: k.optional(z.string()),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_StudyDomainInfo_: z.ZodMiniType<HistoryEntry_StudyDomainInfo_> = k.object({
    id: z.number().check(z.int()),
    timestamp: z.number().check(z.int()),
    reason: z.string(),
    username: z.string(),
    item: StudyDomainInfo,
  });
  const VersionDomainInfo: z.ZodMiniType<VersionDomainInfo> = k.object({
    display_name: z.string(),
    reason: z.string(),
    from_item_id: z.string(),
    to_item_id: z.string(),
    new_version_number: z.number().check(z.int()),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_VersionDomainInfo_: z.ZodMiniType<HistoryEntry_VersionDomainInfo_> = k.object({
    id: z.number().check(z.int()),
    timestamp: z.number().check(z.int()),
    reason: z.string(),
    username: z.string(),
    item: VersionDomainInfo,
  });
  const ImportMode: z.ZodMiniType<ImportMode> = k.enum(ImportModeValues);
  const ItemModel: z.ZodMiniType<ItemModel> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    name: z.string(),
    description: z.string(),
    documentation_url: z.string().check(z.minLength(1), z.maxLength(65536)),
    source_url: z.string().check(z.minLength(1), z.maxLength(65536)),
    history: z.array(HistoryEntry_ModelDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().check(z.int()),
    updated_timestamp: z.number().check(z.int()),
    item_category: k.optional(literalInStrict("ENTITY", ItemCategory)),
    item_subtype: k.optional(literalInStrict("MODEL", ItemSubType)),
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
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
  const ItemModelRunWorkflowTemplate: z.ZodMiniType<ItemModelRunWorkflowTemplate> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    software_id: z.string(),
    input_templates: k.optional(z.array(TemplateResource)),
    output_templates: k.optional(z.array(TemplateResource)),
    annotations: k.optional(WorkflowTemplateAnnotations),
    history: z.array(HistoryEntry_ModelRunWorkflowTemplateDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().check(z.int()),
    updated_timestamp: z.number().check(z.int()),
    item_category: k.optional(literalInStrict("ENTITY", ItemCategory)),
    item_subtype: k.optional(literalInStrict("MODEL_RUN_WORKFLOW_TEMPLATE", ItemSubType)),
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
  });
  const ItemOrganisation: z.ZodMiniType<ItemOrganisation> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    name: z.string(),
    ror: k.optional(z.string().check(z.minLength(1), z.maxLength(65536))),
    history: z.array(HistoryEntry_OrganisationDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().check(z.int()),
    updated_timestamp: z.number().check(z.int()),
    item_category: k.optional(literalInStrict("AGENT", ItemCategory)),
    item_subtype: k.optional(literalInStrict("ORGANISATION", ItemSubType)),
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
  });
  const ItemPerson: z.ZodMiniType<ItemPerson> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    email: z.string(),
    first_name: z.string(),
    last_name: z.string(),
    orcid: k.optional(z.string().check(z.minLength(1), z.maxLength(65536))),
    ethics_approved: k.optional(z.boolean()),
    history: z.array(HistoryEntry_PersonDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().check(z.int()),
    updated_timestamp: z.number().check(z.int()),
    item_category: k.optional(literalInStrict("AGENT", ItemCategory)),
    item_subtype: k.optional(literalInStrict("PERSON", ItemSubType)),
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
  });
  const ItemRevertRequest: z.ZodMiniType<ItemRevertRequest> = k.object({
    id: z.string(),
    history_id: z.number().check(z.int()),
    reason: z.string(),
  });
  const ItemRevertResponse: z.ZodMiniType<ItemRevertResponse> = k.object({
    status: Status,
  });
  const ItemStudy: z.ZodMiniType<ItemStudy> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    title: z.string(),
    description: z.string(),
    study_alternative_id: k.optional(z.string()),
    history: z.array(HistoryEntry_StudyDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().check(z.int()),
    updated_timestamp: z.number().check(z.int()),
    item_category: k.optional(literalInStrict("ACTIVITY", ItemCategory)),
    item_subtype: k.optional(literalInStrict("STUDY", ItemSubType)),
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
  });
  const ItemVersion: z.ZodMiniType<ItemVersion> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    reason: z.string(),
    from_item_id: z.string(),
    to_item_id: z.string(),
    new_version_number: z.number().check(z.int()),
    history: z.array(HistoryEntry_VersionDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().check(z.int()),
    updated_timestamp: z.number().check(z.int()),
    item_category: k.optional(literalInStrict("ACTIVITY", ItemCategory)),
    item_subtype: k.optional(literalInStrict("VERSION", ItemSubType)),
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
  });
  const JsonSchemaResponse: z.ZodMiniType<JsonSchemaResponse> = k.object({
    status: Status,
    json_schema: k.optional(z.record(z.string(), z.unknown())),
  });
  const ListUserReviewingDatasetsRequest: z.ZodMiniType<ListUserReviewingDatasetsRequest> = k.object({
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
    page_size: k.optional(z.number().check(z.int())),
    sort_by: k.optional(SortOptions),
    filter_by: FilterOptions,
  });
  const LockActionType: z.ZodMiniType<LockActionType> = k.enum(LockActionTypeValues);
  const LockChangeRequest: z.ZodMiniType<LockChangeRequest> = k.object({
    id: z.string(),
    reason: z.string(),
  });
  const LockEvent: z.ZodMiniType<LockEvent> = k.object({
    action_type: LockActionType,
    username: z.string(),
    email: k.optional(z.string()),
    reason: z.string(),
    timestamp: z.number().check(z.int()),
  });
  const LockHistoryResponse: z.ZodMiniType<LockHistoryResponse> = k.object({
    status: Status,
    history: k.optional(z.array(LockEvent)),
  });
  const LockStatusResponse: z.ZodMiniType<LockStatusResponse> = k.object({
    locked: z.boolean(),
  });
  const ModelCreateResponse: z.ZodMiniType<ModelCreateResponse> = k.object({
    status: Status,
    created_item: k.optional(ItemModel),
    register_create_activity_session_id: k.optional(z.string()),
  });
  const ModelFetchResponse: z.ZodMiniType<ModelFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemModel, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
  });
  const ModelListResponse: z.ZodMiniType<ModelListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemModel)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().check(z.int())),
    complete_item_count: k.optional(z.number().check(z.int())),
    seed_item_count: k.optional(z.number().check(z.int())),
    unparsable_item_count: k.optional(z.number().check(z.int())),
    not_authorised_count: k.optional(z.number().check(z.int())),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const ModelRunCreateResponse: z.ZodMiniType<ModelRunCreateResponse> = k.object({
    status: Status,
    created_item: k.optional(ItemModelRun),
    register_create_activity_session_id: k.optional(z.string()),
  });
  const ModelRunFetchResponse: z.ZodMiniType<ModelRunFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemModelRun, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
  });
  const ModelRunListResponse: z.ZodMiniType<ModelRunListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemModelRun)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().check(z.int())),
    complete_item_count: k.optional(z.number().check(z.int())),
    seed_item_count: k.optional(z.number().check(z.int())),
    unparsable_item_count: k.optional(z.number().check(z.int())),
    not_authorised_count: k.optional(z.number().check(z.int())),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const ModelRunSeedResponse: z.ZodMiniType<ModelRunSeedResponse> = k.object({
    status: Status,
    seeded_item: k.optional(SeededItem),
  });
  const ModelRunWorkflowTemplateCreateResponse: z.ZodMiniType<ModelRunWorkflowTemplateCreateResponse> = k.object({
    status: Status,
    created_item: k.optional(ItemModelRunWorkflowTemplate),
    register_create_activity_session_id: k.optional(z.string()),
  });
  const ModelRunWorkflowTemplateFetchResponse: z.ZodMiniType<ModelRunWorkflowTemplateFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemModelRunWorkflowTemplate, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
  });
  const ModelRunWorkflowTemplateListResponse: z.ZodMiniType<ModelRunWorkflowTemplateListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemModelRunWorkflowTemplate)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().check(z.int())),
    complete_item_count: k.optional(z.number().check(z.int())),
    seed_item_count: k.optional(z.number().check(z.int())),
    unparsable_item_count: k.optional(z.number().check(z.int())),
    not_authorised_count: k.optional(z.number().check(z.int())),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const ModelRunWorkflowTemplateSeedResponse: z.ZodMiniType<ModelRunWorkflowTemplateSeedResponse> = k.object({
    status: Status,
    seeded_item: k.optional(SeededItem),
  });
  const ModelSeedResponse: z.ZodMiniType<ModelSeedResponse> = k.object({
    status: Status,
    seeded_item: k.optional(SeededItem),
  });
  const OrganisationCreateResponse: z.ZodMiniType<OrganisationCreateResponse> = k.object({
    status: Status,
    created_item: k.optional(ItemOrganisation),
    register_create_activity_session_id: k.optional(z.string()),
  });
  const OrganisationFetchResponse: z.ZodMiniType<OrganisationFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemOrganisation, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
  });
  const OrganisationListResponse: z.ZodMiniType<OrganisationListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemOrganisation)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().check(z.int())),
    complete_item_count: k.optional(z.number().check(z.int())),
    seed_item_count: k.optional(z.number().check(z.int())),
    unparsable_item_count: k.optional(z.number().check(z.int())),
    not_authorised_count: k.optional(z.number().check(z.int())),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const OrganisationSeedResponse: z.ZodMiniType<OrganisationSeedResponse> = k.object({
    status: Status,
    seeded_item: k.optional(SeededItem),
  });
  const PaginatedDatasetListResponse: z.ZodMiniType<PaginatedDatasetListResponse> = k.object({
    status: Status,
    dataset_items: k.optional(z.array(ItemDataset)),
    total_dataset_count: k.optional(z.number().check(z.int())),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const PaginatedListResponse: z.ZodMiniType<PaginatedListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(z.unknown())),
    total_item_count: k.optional(z.number().check(z.int())),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const PersonCreateResponse: z.ZodMiniType<PersonCreateResponse> = k.object({
    status: Status,
    created_item: k.optional(ItemPerson),
    register_create_activity_session_id: k.optional(z.string()),
  });
  const PersonFetchResponse: z.ZodMiniType<PersonFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemPerson, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
  });
  const PersonListResponse: z.ZodMiniType<PersonListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemPerson)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().check(z.int())),
    complete_item_count: k.optional(z.number().check(z.int())),
    seed_item_count: k.optional(z.number().check(z.int())),
    unparsable_item_count: k.optional(z.number().check(z.int())),
    not_authorised_count: k.optional(z.number().check(z.int())),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const PersonSeedResponse: z.ZodMiniType<PersonSeedResponse> = k.object({
    status: Status,
    seeded_item: k.optional(SeededItem),
  });
  const ProvGraphRestoreRequest: z.ZodMiniType<ProvGraphRestoreRequest> = k.object({
    trial_mode: k.optional(z.boolean()),
    abort_if_failures: k.optional(z.boolean()),
    items: z.array(BundledItem),
  });
  const ProvGraphRestoreResponse: z.ZodMiniType<ProvGraphRestoreResponse> = k.object({
    status: Status,
    trial_mode: z.boolean(),
    abort_if_failures: z.boolean(),
    task_ids: k.optional(z.array(z.string())),
  });
  const RegistryExportResponse: z.ZodMiniType<RegistryExportResponse> = k.object({
    status: Status,
    items: k.optional(z.array(BundledItem)),
  });
  const RegistryImportRequest: z.ZodMiniType<RegistryImportRequest> = k.object({
    import_mode: ImportMode,
    parse_items: k.optional(z.boolean()),
    allow_entry_deletion: k.optional(z.boolean()),
    trial_mode: k.optional(z.boolean()),
    items: z.array(BundledItem),
  });
  const RegistryImportStatistics: z.ZodMiniType<RegistryImportStatistics> = k.object({
    old_registry_size: z.number().check(z.int()),
    new_registry_size: z.number().check(z.int()),
    deleted_entries: z.number().check(z.int()),
    overwritten_entries: z.number().check(z.int()),
    new_entries: z.number().check(z.int()),
  });
  const RegistryImportResponse: z.ZodMiniType<RegistryImportResponse> = k.object({
    status: Status,
    trial_mode: z.boolean(),
    statistics: k.optional(RegistryImportStatistics),
    failure_list: k.optional(z.array(z.tuple([z.string(), z.record(z.string(), z.unknown())]))),
  });
  const TableNames: z.ZodMiniType<TableNames> = k.object({
    resource_table_name: z.string(),
    auth_table_name: z.string(),
    lock_table_name: z.string(),
  });
  const RegistryRestoreRequest: z.ZodMiniType<RegistryRestoreRequest> = k.object({
    import_mode: ImportMode,
    parse_items: k.optional(z.boolean()),
    allow_entry_deletion: k.optional(z.boolean()),
    trial_mode: k.optional(z.boolean()),
    table_names: TableNames,
  });
  const StudyCreateResponse: z.ZodMiniType<StudyCreateResponse> = k.object({
    status: Status,
    created_item: k.optional(ItemStudy),
    register_create_activity_session_id: k.optional(z.string()),
  });
  const StudyFetchResponse: z.ZodMiniType<StudyFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemStudy, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
  });
  const StudyListResponse: z.ZodMiniType<StudyListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemStudy)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().check(z.int())),
    complete_item_count: k.optional(z.number().check(z.int())),
    seed_item_count: k.optional(z.number().check(z.int())),
    unparsable_item_count: k.optional(z.number().check(z.int())),
    not_authorised_count: k.optional(z.number().check(z.int())),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const StudySeedResponse: z.ZodMiniType<StudySeedResponse> = k.object({
    status: Status,
    seeded_item: k.optional(SeededItem),
  });
  const SubtypeFilterOptions: z.ZodMiniType<SubtypeFilterOptions> = k.object({
    record_type: k.optional(QueryRecordTypes),
  });
  const SubtypeListRequest: z.ZodMiniType<SubtypeListRequest> = k.object({
    filter_by: k.optional(SubtypeFilterOptions),
    sort_by: k.optional(SortOptions),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
    page_size: k.optional(z.number().check(z.int())),
  });
  const UiSchemaResponse: z.ZodMiniType<UiSchemaResponse> = k.object({
    status: Status,
    ui_schema: k.optional(z.record(z.string(), z.unknown())),
  });
  const UntypedFetchResponse: z.ZodMiniType<UntypedFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.record(z.string(), z.unknown())),
  });
  const UpdateResponse: z.ZodMiniType<UpdateResponse> = k.object({
    status: Status,
    register_create_activity_session_id: k.optional(z.string()),
  });
  const VersionDetails: z.ZodMiniType<VersionDetails> = k.object({
    commit_id: k.optional(z.string()),
    commit_url: k.optional(z.string()),
    tag_name: k.optional(z.string()),
    release_title: k.optional(z.string()),
    release_url: k.optional(z.string()),
  });
  const VersionFetchResponse: z.ZodMiniType<VersionFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemVersion, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
  });
  const VersionListResponse: z.ZodMiniType<VersionListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemVersion)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().check(z.int())),
    complete_item_count: k.optional(z.number().check(z.int())),
    seed_item_count: k.optional(z.number().check(z.int())),
    unparsable_item_count: k.optional(z.number().check(z.int())),
    not_authorised_count: k.optional(z.number().check(z.int())),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
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
    StatusResponse,
    User,
    HTTPValidationError,
    ValidationError,
    AccessInfo,
    AccessSettings,
    AssociationInfo,
    DescribedRole,
    AuthRolesResponse,
    BundledItem,
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
    CreateDomainInfo,
    HistoryEntry_CreateDomainInfo_,
    ItemCategory,
    ItemSubType,
    RecordType,
    WorkflowLinks,
    VersioningInfo,
    ItemCreate,
    SeededItem,
    CreateFetchResponse,
    CreateListResponse,
    S3Location,
    ReleaseAction,
    ReleaseHistoryEntry,
    ReleasedStatus,
    DatasetDomainInfo,
    HistoryEntry_DatasetDomainInfo_,
    ItemDataset,
    DatasetCreateResponse,
    DatasetFetchResponse,
    DatasetListResponse,
    DatasetSeedResponse,
    ResourceUsageType,
    DefinedResource,
    DeferredResource,
    DatasetTemplateDomainInfo,
    HistoryEntry_DatasetTemplateDomainInfo_,
    ItemDatasetTemplate,
    DatasetTemplateCreateResponse,
    DatasetTemplateFetchResponse,
    DatasetTemplateListResponse,
    DatasetTemplateSeedResponse,
    DatasetType,
    DescribeAccessResponse,
    QueryRecordTypes,
    QueryDatasetReleaseStatusType,
    FilterOptions,
    SortType,
    SortOptions,
    GeneralListRequest,
    ModelDomainInfo,
    HistoryEntry_ModelDomainInfo_,
    WorkflowRunCompletionStatus,
    TemplatedDataset,
    ModelRunRecord,
    ModelRunDomainInfo,
    HistoryEntry_ModelRunDomainInfo_,
    TemplateResource,
    WorkflowTemplateAnnotations,
    ModelRunWorkflowTemplateDomainInfo,
    HistoryEntry_ModelRunWorkflowTemplateDomainInfo_,
    OrganisationDomainInfo,
    HistoryEntry_OrganisationDomainInfo_,
    PersonDomainInfo,
    HistoryEntry_PersonDomainInfo_,
    StudyDomainInfo,
    HistoryEntry_StudyDomainInfo_,
    VersionDomainInfo,
    HistoryEntry_VersionDomainInfo_,
    ImportMode,
    ItemModel,
    ItemModelRun,
    ItemModelRunWorkflowTemplate,
    ItemOrganisation,
    ItemPerson,
    ItemRevertRequest,
    ItemRevertResponse,
    ItemStudy,
    ItemVersion,
    JsonSchemaResponse,
    ListUserReviewingDatasetsRequest,
    LockActionType,
    LockChangeRequest,
    LockEvent,
    LockHistoryResponse,
    LockStatusResponse,
    ModelCreateResponse,
    ModelFetchResponse,
    ModelListResponse,
    ModelRunCreateResponse,
    ModelRunFetchResponse,
    ModelRunListResponse,
    ModelRunSeedResponse,
    ModelRunWorkflowTemplateCreateResponse,
    ModelRunWorkflowTemplateFetchResponse,
    ModelRunWorkflowTemplateListResponse,
    ModelRunWorkflowTemplateSeedResponse,
    ModelSeedResponse,
    OrganisationCreateResponse,
    OrganisationFetchResponse,
    OrganisationListResponse,
    OrganisationSeedResponse,
    PaginatedDatasetListResponse,
    PaginatedListResponse,
    PersonCreateResponse,
    PersonFetchResponse,
    PersonListResponse,
    PersonSeedResponse,
    ProvGraphRestoreRequest,
    ProvGraphRestoreResponse,
    RegistryExportResponse,
    RegistryImportRequest,
    RegistryImportStatistics,
    RegistryImportResponse,
    TableNames,
    RegistryRestoreRequest,
    StudyCreateResponse,
    StudyFetchResponse,
    StudyListResponse,
    StudySeedResponse,
    SubtypeFilterOptions,
    SubtypeListRequest,
    UiSchemaResponse,
    UntypedFetchResponse,
    UpdateResponse,
    VersionDetails,
    VersionFetchResponse,
    VersionListResponse,
    VersionRequest,
    VersionResponse,
  };
}

/** The Registry models, built lazily per mode: `RegistryModels.lenient.X` (default) or `.strict.X` (tests). */
export const RegistryModels: ModelSet<RegistryModelSet> = defineModels((k) => buildRegistryModels(k));
