// GENERATED FILE: do not edit by hand.
// Source: specs/provena/registry.json (139 component schemas, plus 5 shared ones from @provena-sdk/http-core).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import { z } from "zod";
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

export interface AccessSettings {
  owner: string;
  general: string[];
  groups: Record<string, string[]>;
}

export interface AssociationInfo {
  modeller_id: string;
  requesting_organisation_id?: string | null;
}

export interface AuthRolesResponse {
  roles: DescribedRole[];
}

export interface BundledItem {
  id: string;
  item_payload: Record<string, unknown>;
  auth_payload: Record<string, unknown>;
  lock_payload: Record<string, unknown>;
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

export interface CreateDomainInfo {
  display_name: string;
  created_item_id: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

export interface CreateFetchResponse {
  status: Status;
  item?: ItemCreate | SeededItem | null;
  roles?: string[] | null;
  locked?: boolean | null;
  item_is_seed?: boolean | null;
}

export interface CreateListResponse {
  status: Status;
  items?: ItemCreate[] | null;
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
 * Dataset Creation Date
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface CreatedDate {
  /** @defaultValue false */
  relevant?: boolean | null;
  value?: string | null;
}

export interface DatasetCreateResponse {
  status: Status;
  created_item?: ItemDataset | null;
  register_create_activity_session_id?: string | null;
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

export interface DatasetFetchResponse {
  status: Status;
  item?: ItemDataset | SeededItem | null;
  roles?: string[] | null;
  locked?: boolean | null;
  item_is_seed?: boolean | null;
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

export interface DatasetSeedResponse {
  status: Status;
  seeded_item?: SeededItem | null;
}

export interface DatasetTemplateCreateResponse {
  status: Status;
  created_item?: ItemDatasetTemplate | null;
  register_create_activity_session_id?: string | null;
}

export interface DatasetTemplateDomainInfo {
  display_name: string;
  description?: string | null;
  /** @defaultValue [] */
  defined_resources?: DefinedResource[] | null;
  /** @defaultValue [] */
  deferred_resources?: DeferredResource[] | null;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

export interface DatasetTemplateFetchResponse {
  status: Status;
  item?: ItemDatasetTemplate | SeededItem | null;
  roles?: string[] | null;
  locked?: boolean | null;
  item_is_seed?: boolean | null;
}

export interface DatasetTemplateListResponse {
  status: Status;
  items?: ItemDatasetTemplate[] | null;
  seed_items?: SeededItem[] | null;
  unparsable_items?: Record<string, unknown>[] | null;
  total_item_count?: number | null;
  complete_item_count?: number | null;
  seed_item_count?: number | null;
  unparsable_item_count?: number | null;
  not_authorised_count?: number | null;
  pagination_key?: Record<string, unknown> | null;
}

export interface DatasetTemplateSeedResponse {
  status: Status;
  seeded_item?: SeededItem | null;
}

export const DatasetTypeValues = ["DATA_STORE"] as const;
/** One of {@link DatasetTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type DatasetType = (typeof DatasetTypeValues)[number] | UnknownString;

export interface DeferredResource {
  key: string;
  description: string;
  usage_type: ResourceUsageType;
  optional?: boolean | null;
  is_folder?: boolean | null;
  additional_metadata?: Record<string, string> | null;
}

export interface DefinedResource {
  path: string;
  description: string;
  usage_type: ResourceUsageType;
  optional?: boolean | null;
  is_folder?: boolean | null;
  additional_metadata?: Record<string, string> | null;
}

export interface DescribeAccessResponse {
  roles: string[];
}

export interface DescribedRole {
  role_display_name: string;
  role_name: string;
  description: string;
  also_grants: string[];
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

export interface FilterOptions {
  /** @defaultValue "COMPLETE_ONLY" */
  record_type?: QueryRecordTypes | null;
  item_subtype?: ItemSubType | null;
  release_reviewer?: string | null;
  release_status?: QueryDatasetReleaseStatusType | null;
}

export interface GeneralListRequest {
  filter_by?: FilterOptions | null;
  sort_by?: SortOptions | null;
  pagination_key?: Record<string, unknown> | null;
  /** @defaultValue 20 */
  page_size?: number | null;
}

/** HistoryEntry[CreateDomainInfo] */
export interface HistoryEntry_CreateDomainInfo_ {
  id: number;
  timestamp: number;
  reason: string;
  username: string;
  item: CreateDomainInfo;
}

/** HistoryEntry[DatasetDomainInfo] */
export interface HistoryEntry_DatasetDomainInfo_ {
  id: number;
  timestamp: number;
  reason: string;
  username: string;
  item: DatasetDomainInfo;
}

/** HistoryEntry[DatasetTemplateDomainInfo] */
export interface HistoryEntry_DatasetTemplateDomainInfo_ {
  id: number;
  timestamp: number;
  reason: string;
  username: string;
  item: DatasetTemplateDomainInfo;
}

/** HistoryEntry[ModelDomainInfo] */
export interface HistoryEntry_ModelDomainInfo_ {
  id: number;
  timestamp: number;
  reason: string;
  username: string;
  item: ModelDomainInfo;
}

/** HistoryEntry[ModelRunDomainInfo] */
export interface HistoryEntry_ModelRunDomainInfo_ {
  id: number;
  timestamp: number;
  reason: string;
  username: string;
  item: ModelRunDomainInfo;
}

/** HistoryEntry[ModelRunWorkflowTemplateDomainInfo] */
export interface HistoryEntry_ModelRunWorkflowTemplateDomainInfo_ {
  id: number;
  timestamp: number;
  reason: string;
  username: string;
  item: ModelRunWorkflowTemplateDomainInfo;
}

/** HistoryEntry[OrganisationDomainInfo] */
export interface HistoryEntry_OrganisationDomainInfo_ {
  id: number;
  timestamp: number;
  reason: string;
  username: string;
  item: OrganisationDomainInfo;
}

/** HistoryEntry[PersonDomainInfo] */
export interface HistoryEntry_PersonDomainInfo_ {
  id: number;
  timestamp: number;
  reason: string;
  username: string;
  item: PersonDomainInfo;
}

/** HistoryEntry[StudyDomainInfo] */
export interface HistoryEntry_StudyDomainInfo_ {
  id: number;
  timestamp: number;
  reason: string;
  username: string;
  item: StudyDomainInfo;
}

/** HistoryEntry[VersionDomainInfo] */
export interface HistoryEntry_VersionDomainInfo_ {
  id: number;
  timestamp: number;
  reason: string;
  username: string;
  item: VersionDomainInfo;
}

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
  /** @defaultValue false */
  relevant?: boolean | null;
  /** @defaultValue false */
  obtained?: boolean | null;
}

export const ItemCategoryValues = ["ACTIVITY", "AGENT", "ENTITY"] as const;
/** One of {@link ItemCategoryValues}; lenient parsing keeps values this SDK does not know yet. */
export type ItemCategory = (typeof ItemCategoryValues)[number] | UnknownString;

export interface ItemCreate {
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  created_item_id: string;
  history: HistoryEntry_CreateDomainInfo_[];
  id: string;
  owner_username: string;
  created_timestamp: number;
  updated_timestamp: number;
  /** @defaultValue "ACTIVITY" */
  item_category?: ItemCategory | null;
  /** @defaultValue "CREATE" */
  item_subtype?: ItemSubType | null;
  record_type: RecordType;
  workflow_links?: WorkflowLinks | null;
  versioning_info?: VersioningInfo | null;
}

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

export interface ItemDatasetTemplate {
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  description?: string | null;
  /** @defaultValue [] */
  defined_resources?: DefinedResource[] | null;
  /** @defaultValue [] */
  deferred_resources?: DeferredResource[] | null;
  history: HistoryEntry_DatasetTemplateDomainInfo_[];
  id: string;
  owner_username: string;
  created_timestamp: number;
  updated_timestamp: number;
  /** @defaultValue "ENTITY" */
  item_category?: ItemCategory | null;
  /** @defaultValue "DATASET_TEMPLATE" */
  item_subtype?: ItemSubType | null;
  record_type: RecordType;
  workflow_links?: WorkflowLinks | null;
  versioning_info?: VersioningInfo | null;
}

export interface ItemModel {
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  name: string;
  description: string;
  documentation_url: string;
  source_url: string;
  history: HistoryEntry_ModelDomainInfo_[];
  id: string;
  owner_username: string;
  created_timestamp: number;
  updated_timestamp: number;
  /** @defaultValue "ENTITY" */
  item_category?: ItemCategory | null;
  /** @defaultValue "MODEL" */
  item_subtype?: ItemSubType | null;
  record_type: RecordType;
  workflow_links?: WorkflowLinks | null;
  versioning_info?: VersioningInfo | null;
}

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

export interface ItemModelRunWorkflowTemplate {
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  software_id: string;
  /** @defaultValue [] */
  input_templates?: TemplateResource[] | null;
  /** @defaultValue [] */
  output_templates?: TemplateResource[] | null;
  annotations?: WorkflowTemplateAnnotations | null;
  history: HistoryEntry_ModelRunWorkflowTemplateDomainInfo_[];
  id: string;
  owner_username: string;
  created_timestamp: number;
  updated_timestamp: number;
  /** @defaultValue "ENTITY" */
  item_category?: ItemCategory | null;
  /** @defaultValue "MODEL_RUN_WORKFLOW_TEMPLATE" */
  item_subtype?: ItemSubType | null;
  record_type: RecordType;
  workflow_links?: WorkflowLinks | null;
  versioning_info?: VersioningInfo | null;
}

export interface ItemOrganisation {
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  name: string;
  ror?: string | null;
  history: HistoryEntry_OrganisationDomainInfo_[];
  id: string;
  owner_username: string;
  created_timestamp: number;
  updated_timestamp: number;
  /** @defaultValue "AGENT" */
  item_category?: ItemCategory | null;
  /** @defaultValue "ORGANISATION" */
  item_subtype?: ItemSubType | null;
  record_type: RecordType;
  workflow_links?: WorkflowLinks | null;
  versioning_info?: VersioningInfo | null;
}

export interface ItemPerson {
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  email: string;
  first_name: string;
  last_name: string;
  orcid?: string | null;
  /** @defaultValue false */
  ethics_approved?: boolean | null;
  history: HistoryEntry_PersonDomainInfo_[];
  id: string;
  owner_username: string;
  created_timestamp: number;
  updated_timestamp: number;
  /** @defaultValue "AGENT" */
  item_category?: ItemCategory | null;
  /** @defaultValue "PERSON" */
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

export interface ItemStudy {
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  title: string;
  description: string;
  study_alternative_id?: string | null;
  history: HistoryEntry_StudyDomainInfo_[];
  id: string;
  owner_username: string;
  created_timestamp: number;
  updated_timestamp: number;
  /** @defaultValue "ACTIVITY" */
  item_category?: ItemCategory | null;
  /** @defaultValue "STUDY" */
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

export interface ItemVersion {
  display_name: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
  reason: string;
  from_item_id: string;
  to_item_id: string;
  new_version_number: number;
  history: HistoryEntry_VersionDomainInfo_[];
  id: string;
  owner_username: string;
  created_timestamp: number;
  updated_timestamp: number;
  /** @defaultValue "ACTIVITY" */
  item_category?: ItemCategory | null;
  /** @defaultValue "VERSION" */
  item_subtype?: ItemSubType | null;
  record_type: RecordType;
  workflow_links?: WorkflowLinks | null;
  versioning_info?: VersioningInfo | null;
}

export interface JsonSchemaResponse {
  status: Status;
  json_schema?: Record<string, unknown> | null;
}

export interface ListUserReviewingDatasetsRequest {
  pagination_key?: Record<string, unknown> | null;
  /** @defaultValue 20 */
  page_size?: number | null;
  sort_by?: SortOptions | null;
  filter_by: FilterOptions;
}

export const LockActionTypeValues = ["LOCK", "UNLOCK"] as const;
/** One of {@link LockActionTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type LockActionType = (typeof LockActionTypeValues)[number] | UnknownString;

export interface LockChangeRequest {
  id: string;
  reason: string;
}

export interface LockEvent {
  action_type: LockActionType;
  username: string;
  email?: string | null;
  reason: string;
  timestamp: number;
}

export interface LockHistoryResponse {
  status: Status;
  history?: LockEvent[] | null;
}

export interface LockStatusResponse {
  locked: boolean;
}

export interface ModelCreateResponse {
  status: Status;
  created_item?: ItemModel | null;
  register_create_activity_session_id?: string | null;
}

export interface ModelDomainInfo {
  display_name: string;
  name: string;
  description: string;
  documentation_url: string;
  source_url: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

export interface ModelFetchResponse {
  status: Status;
  item?: ItemModel | SeededItem | null;
  roles?: string[] | null;
  locked?: boolean | null;
  item_is_seed?: boolean | null;
}

export interface ModelListResponse {
  status: Status;
  items?: ItemModel[] | null;
  seed_items?: SeededItem[] | null;
  unparsable_items?: Record<string, unknown>[] | null;
  total_item_count?: number | null;
  complete_item_count?: number | null;
  seed_item_count?: number | null;
  unparsable_item_count?: number | null;
  not_authorised_count?: number | null;
  pagination_key?: Record<string, unknown> | null;
}

export interface ModelRunCreateResponse {
  status: Status;
  created_item?: ItemModelRun | null;
  register_create_activity_session_id?: string | null;
}

export interface ModelRunDomainInfo {
  display_name: string;
  record_status: WorkflowRunCompletionStatus;
  record: ModelRunRecord;
  prov_serialisation: string;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

export interface ModelRunFetchResponse {
  status: Status;
  item?: ItemModelRun | SeededItem | null;
  roles?: string[] | null;
  locked?: boolean | null;
  item_is_seed?: boolean | null;
}

export interface ModelRunListResponse {
  status: Status;
  items?: ItemModelRun[] | null;
  seed_items?: SeededItem[] | null;
  unparsable_items?: Record<string, unknown>[] | null;
  total_item_count?: number | null;
  complete_item_count?: number | null;
  seed_item_count?: number | null;
  unparsable_item_count?: number | null;
  not_authorised_count?: number | null;
  pagination_key?: Record<string, unknown> | null;
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

export interface ModelRunSeedResponse {
  status: Status;
  seeded_item?: SeededItem | null;
}

export interface ModelRunWorkflowTemplateCreateResponse {
  status: Status;
  created_item?: ItemModelRunWorkflowTemplate | null;
  register_create_activity_session_id?: string | null;
}

export interface ModelRunWorkflowTemplateDomainInfo {
  display_name: string;
  software_id: string;
  /** @defaultValue [] */
  input_templates?: TemplateResource[] | null;
  /** @defaultValue [] */
  output_templates?: TemplateResource[] | null;
  annotations?: WorkflowTemplateAnnotations | null;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

export interface ModelRunWorkflowTemplateFetchResponse {
  status: Status;
  item?: ItemModelRunWorkflowTemplate | SeededItem | null;
  roles?: string[] | null;
  locked?: boolean | null;
  item_is_seed?: boolean | null;
}

export interface ModelRunWorkflowTemplateListResponse {
  status: Status;
  items?: ItemModelRunWorkflowTemplate[] | null;
  seed_items?: SeededItem[] | null;
  unparsable_items?: Record<string, unknown>[] | null;
  total_item_count?: number | null;
  complete_item_count?: number | null;
  seed_item_count?: number | null;
  unparsable_item_count?: number | null;
  not_authorised_count?: number | null;
  pagination_key?: Record<string, unknown> | null;
}

export interface ModelRunWorkflowTemplateSeedResponse {
  status: Status;
  seeded_item?: SeededItem | null;
}

export interface ModelSeedResponse {
  status: Status;
  seeded_item?: SeededItem | null;
}

export interface OrganisationCreateResponse {
  status: Status;
  created_item?: ItemOrganisation | null;
  register_create_activity_session_id?: string | null;
}

export interface OrganisationDomainInfo {
  display_name: string;
  name: string;
  ror?: string | null;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

export interface OrganisationFetchResponse {
  status: Status;
  item?: ItemOrganisation | SeededItem | null;
  roles?: string[] | null;
  locked?: boolean | null;
  item_is_seed?: boolean | null;
}

export interface OrganisationListResponse {
  status: Status;
  items?: ItemOrganisation[] | null;
  seed_items?: SeededItem[] | null;
  unparsable_items?: Record<string, unknown>[] | null;
  total_item_count?: number | null;
  complete_item_count?: number | null;
  seed_item_count?: number | null;
  unparsable_item_count?: number | null;
  not_authorised_count?: number | null;
  pagination_key?: Record<string, unknown> | null;
}

export interface OrganisationSeedResponse {
  status: Status;
  seeded_item?: SeededItem | null;
}

export interface PaginatedDatasetListResponse {
  status: Status;
  dataset_items?: ItemDataset[] | null;
  total_dataset_count?: number | null;
  pagination_key?: Record<string, unknown> | null;
}

export interface PaginatedListResponse {
  status: Status;
  items?: unknown[] | null;
  total_item_count?: number | null;
  pagination_key?: Record<string, unknown> | null;
}

export interface PersonCreateResponse {
  status: Status;
  created_item?: ItemPerson | null;
  register_create_activity_session_id?: string | null;
}

export interface PersonDomainInfo {
  display_name: string;
  email: string;
  first_name: string;
  last_name: string;
  orcid?: string | null;
  /** @defaultValue false */
  ethics_approved?: boolean | null;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

export interface PersonFetchResponse {
  status: Status;
  item?: ItemPerson | SeededItem | null;
  roles?: string[] | null;
  locked?: boolean | null;
  item_is_seed?: boolean | null;
}

export interface PersonListResponse {
  status: Status;
  items?: ItemPerson[] | null;
  seed_items?: SeededItem[] | null;
  unparsable_items?: Record<string, unknown>[] | null;
  total_item_count?: number | null;
  complete_item_count?: number | null;
  seed_item_count?: number | null;
  unparsable_item_count?: number | null;
  not_authorised_count?: number | null;
  pagination_key?: Record<string, unknown> | null;
}

export interface PersonSeedResponse {
  status: Status;
  seeded_item?: SeededItem | null;
}

export interface ProvGraphRestoreRequest {
  /** @defaultValue true */
  trial_mode?: boolean | null;
  /** @defaultValue true */
  abort_if_failures?: boolean | null;
  items: BundledItem[];
}

export interface ProvGraphRestoreResponse {
  status: Status;
  trial_mode: boolean;
  abort_if_failures: boolean;
  task_ids?: string[] | null;
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

export const QueryDatasetReleaseStatusTypeValues = ["NOT_RELEASED", "PENDING", "RELEASED"] as const;
/** One of {@link QueryDatasetReleaseStatusTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type QueryDatasetReleaseStatusType = (typeof QueryDatasetReleaseStatusTypeValues)[number] | UnknownString;

export const QueryRecordTypesValues = ["ALL", "SEED_ONLY", "COMPLETE_ONLY"] as const;
/** One of {@link QueryRecordTypesValues}; lenient parsing keeps values this SDK does not know yet. */
export type QueryRecordTypes = (typeof QueryRecordTypesValues)[number] | UnknownString;

export const RecordTypeValues = ["SEED_ITEM", "COMPLETE_ITEM"] as const;
/** One of {@link RecordTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type RecordType = (typeof RecordTypeValues)[number] | UnknownString;

export interface RegistryExportResponse {
  status: Status;
  items?: BundledItem[] | null;
}

export interface RegistryImportRequest {
  import_mode: ImportMode;
  /** @defaultValue true */
  parse_items?: boolean | null;
  /** @defaultValue false */
  allow_entry_deletion?: boolean | null;
  /** @defaultValue true */
  trial_mode?: boolean | null;
  items: BundledItem[];
}

export interface RegistryImportResponse {
  status: Status;
  trial_mode: boolean;
  statistics?: RegistryImportStatistics | null;
  failure_list?: [string, Record<string, unknown>][] | null;
}

export interface RegistryImportStatistics {
  old_registry_size: number;
  new_registry_size: number;
  deleted_entries: number;
  overwritten_entries: number;
  new_entries: number;
}

export interface RegistryRestoreRequest {
  import_mode: ImportMode;
  /** @defaultValue true */
  parse_items?: boolean | null;
  /** @defaultValue false */
  allow_entry_deletion?: boolean | null;
  /** @defaultValue true */
  trial_mode?: boolean | null;
  table_names: TableNames;
}

export const ReleaseActionValues = ["REQUEST", "APPROVE", "REJECT"] as const;
/** One of {@link ReleaseActionValues}; lenient parsing keeps values this SDK does not know yet. */
export type ReleaseAction = (typeof ReleaseActionValues)[number] | UnknownString;

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

export const ResourceUsageTypeValues = ["PARAMETER_FILE", "CONFIG_FILE", "FORCING_DATA", "GENERAL_DATA"] as const;
/** One of {@link ResourceUsageTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type ResourceUsageType = (typeof ResourceUsageTypeValues)[number] | UnknownString;

export interface S3Location {
  bucket_name: string;
  path: string;
  s3_uri: string;
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

export interface StudyCreateResponse {
  status: Status;
  created_item?: ItemStudy | null;
  register_create_activity_session_id?: string | null;
}

export interface StudyDomainInfo {
  display_name: string;
  title: string;
  description: string;
  study_alternative_id?: string | null;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

export interface StudyFetchResponse {
  status: Status;
  item?: ItemStudy | SeededItem | null;
  roles?: string[] | null;
  locked?: boolean | null;
  item_is_seed?: boolean | null;
}

export interface StudyListResponse {
  status: Status;
  items?: ItemStudy[] | null;
  seed_items?: SeededItem[] | null;
  unparsable_items?: Record<string, unknown>[] | null;
  total_item_count?: number | null;
  complete_item_count?: number | null;
  seed_item_count?: number | null;
  unparsable_item_count?: number | null;
  not_authorised_count?: number | null;
  pagination_key?: Record<string, unknown> | null;
}

export interface StudySeedResponse {
  status: Status;
  seeded_item?: SeededItem | null;
}

export interface SubtypeFilterOptions {
  /** @defaultValue "COMPLETE_ONLY" */
  record_type?: QueryRecordTypes | null;
}

export interface SubtypeListRequest {
  filter_by?: SubtypeFilterOptions | null;
  sort_by?: SortOptions | null;
  pagination_key?: Record<string, unknown> | null;
  /** @defaultValue 20 */
  page_size?: number | null;
}

export interface TableNames {
  resource_table_name: string;
  auth_table_name: string;
  lock_table_name: string;
}

export interface TemplateResource {
  template_id: string;
  optional?: boolean | null;
}

export interface TemplatedDataset {
  dataset_template_id: string;
  dataset_id: string;
  dataset_type: DatasetType;
  resources?: Record<string, string> | null;
}

/**
 * Temporal Duration
 * Upstream forbids unknown keys here (pydantic `Extra.forbid`, `min_anystr_length=1`).
 */
export interface TemporalDurationInfo {
  /** Start Date */
  begin_date: string;
  end_date: string;
}

export interface UiSchemaResponse {
  status: Status;
  ui_schema?: Record<string, unknown> | null;
}

export interface UntypedFetchResponse {
  status: Status;
  item?: Record<string, unknown> | null;
}

export interface UpdateResponse {
  status: Status;
  register_create_activity_session_id?: string | null;
}

export interface VersionDetails {
  commit_id?: string | null;
  commit_url?: string | null;
  tag_name?: string | null;
  release_title?: string | null;
  release_url?: string | null;
}

export interface VersionDomainInfo {
  display_name: string;
  reason: string;
  from_item_id: string;
  to_item_id: string;
  new_version_number: number;
  /** Custom User Metadata */
  user_metadata?: Record<string, string> | null;
}

export interface VersionFetchResponse {
  status: Status;
  item?: ItemVersion | SeededItem | null;
  roles?: string[] | null;
  locked?: boolean | null;
  item_is_seed?: boolean | null;
}

export interface VersionListResponse {
  status: Status;
  items?: ItemVersion[] | null;
  seed_items?: SeededItem[] | null;
  unparsable_items?: Record<string, unknown>[] | null;
  total_item_count?: number | null;
  complete_item_count?: number | null;
  seed_item_count?: number | null;
  unparsable_item_count?: number | null;
  not_authorised_count?: number | null;
  pagination_key?: Record<string, unknown> | null;
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

export const WorkflowRunCompletionStatusValues = ["INCOMPLETE", "COMPLETE", "LODGED"] as const;
/** One of {@link WorkflowRunCompletionStatusValues}; lenient parsing keeps values this SDK does not know yet. */
export type WorkflowRunCompletionStatus = (typeof WorkflowRunCompletionStatusValues)[number] | UnknownString;

export interface WorkflowTemplateAnnotations {
  /** @defaultValue [] */
  required?: string[] | null;
  /** @defaultValue [] */
  optional?: string[] | null;
}

// ---- Models ----

/** Every Registry model, as built for one validation mode. */
export interface RegistryModelSet {
  readonly Status: z.ZodType<Status>;
  readonly StatusResponse: z.ZodType<StatusResponse>;
  readonly User: z.ZodType<User>;
  readonly HTTPValidationError: z.ZodType<HTTPValidationError>;
  readonly ValidationError: z.ZodType<ValidationError>;
  readonly AccessInfo: z.ZodType<AccessInfo>;
  readonly AccessSettings: z.ZodType<AccessSettings>;
  readonly AssociationInfo: z.ZodType<AssociationInfo>;
  readonly DescribedRole: z.ZodType<DescribedRole>;
  readonly AuthRolesResponse: z.ZodType<AuthRolesResponse>;
  readonly BundledItem: z.ZodType<BundledItem>;
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
  readonly CreateDomainInfo: z.ZodType<CreateDomainInfo>;
  readonly HistoryEntry_CreateDomainInfo_: z.ZodType<HistoryEntry_CreateDomainInfo_>;
  readonly ItemCategory: z.ZodType<ItemCategory>;
  readonly ItemSubType: z.ZodType<ItemSubType>;
  readonly RecordType: z.ZodType<RecordType>;
  readonly WorkflowLinks: z.ZodType<WorkflowLinks>;
  readonly VersioningInfo: z.ZodType<VersioningInfo>;
  readonly ItemCreate: z.ZodType<ItemCreate>;
  readonly SeededItem: z.ZodType<SeededItem>;
  readonly CreateFetchResponse: z.ZodType<CreateFetchResponse>;
  readonly CreateListResponse: z.ZodType<CreateListResponse>;
  readonly S3Location: z.ZodType<S3Location>;
  readonly ReleaseAction: z.ZodType<ReleaseAction>;
  readonly ReleaseHistoryEntry: z.ZodType<ReleaseHistoryEntry>;
  readonly ReleasedStatus: z.ZodType<ReleasedStatus>;
  readonly DatasetDomainInfo: z.ZodType<DatasetDomainInfo>;
  readonly HistoryEntry_DatasetDomainInfo_: z.ZodType<HistoryEntry_DatasetDomainInfo_>;
  readonly ItemDataset: z.ZodType<ItemDataset>;
  readonly DatasetCreateResponse: z.ZodType<DatasetCreateResponse>;
  readonly DatasetFetchResponse: z.ZodType<DatasetFetchResponse>;
  readonly DatasetListResponse: z.ZodType<DatasetListResponse>;
  readonly DatasetSeedResponse: z.ZodType<DatasetSeedResponse>;
  readonly ResourceUsageType: z.ZodType<ResourceUsageType>;
  readonly DefinedResource: z.ZodType<DefinedResource>;
  readonly DeferredResource: z.ZodType<DeferredResource>;
  readonly DatasetTemplateDomainInfo: z.ZodType<DatasetTemplateDomainInfo>;
  readonly HistoryEntry_DatasetTemplateDomainInfo_: z.ZodType<HistoryEntry_DatasetTemplateDomainInfo_>;
  readonly ItemDatasetTemplate: z.ZodType<ItemDatasetTemplate>;
  readonly DatasetTemplateCreateResponse: z.ZodType<DatasetTemplateCreateResponse>;
  readonly DatasetTemplateFetchResponse: z.ZodType<DatasetTemplateFetchResponse>;
  readonly DatasetTemplateListResponse: z.ZodType<DatasetTemplateListResponse>;
  readonly DatasetTemplateSeedResponse: z.ZodType<DatasetTemplateSeedResponse>;
  readonly DatasetType: z.ZodType<DatasetType>;
  readonly DescribeAccessResponse: z.ZodType<DescribeAccessResponse>;
  readonly QueryRecordTypes: z.ZodType<QueryRecordTypes>;
  readonly QueryDatasetReleaseStatusType: z.ZodType<QueryDatasetReleaseStatusType>;
  readonly FilterOptions: z.ZodType<FilterOptions>;
  readonly SortType: z.ZodType<SortType>;
  readonly SortOptions: z.ZodType<SortOptions>;
  readonly GeneralListRequest: z.ZodType<GeneralListRequest>;
  readonly ModelDomainInfo: z.ZodType<ModelDomainInfo>;
  readonly HistoryEntry_ModelDomainInfo_: z.ZodType<HistoryEntry_ModelDomainInfo_>;
  readonly WorkflowRunCompletionStatus: z.ZodType<WorkflowRunCompletionStatus>;
  readonly TemplatedDataset: z.ZodType<TemplatedDataset>;
  readonly ModelRunRecord: z.ZodType<ModelRunRecord>;
  readonly ModelRunDomainInfo: z.ZodType<ModelRunDomainInfo>;
  readonly HistoryEntry_ModelRunDomainInfo_: z.ZodType<HistoryEntry_ModelRunDomainInfo_>;
  readonly TemplateResource: z.ZodType<TemplateResource>;
  readonly WorkflowTemplateAnnotations: z.ZodType<WorkflowTemplateAnnotations>;
  readonly ModelRunWorkflowTemplateDomainInfo: z.ZodType<ModelRunWorkflowTemplateDomainInfo>;
  readonly HistoryEntry_ModelRunWorkflowTemplateDomainInfo_: z.ZodType<HistoryEntry_ModelRunWorkflowTemplateDomainInfo_>;
  readonly OrganisationDomainInfo: z.ZodType<OrganisationDomainInfo>;
  readonly HistoryEntry_OrganisationDomainInfo_: z.ZodType<HistoryEntry_OrganisationDomainInfo_>;
  readonly PersonDomainInfo: z.ZodType<PersonDomainInfo>;
  readonly HistoryEntry_PersonDomainInfo_: z.ZodType<HistoryEntry_PersonDomainInfo_>;
  readonly StudyDomainInfo: z.ZodType<StudyDomainInfo>;
  readonly HistoryEntry_StudyDomainInfo_: z.ZodType<HistoryEntry_StudyDomainInfo_>;
  readonly VersionDomainInfo: z.ZodType<VersionDomainInfo>;
  readonly HistoryEntry_VersionDomainInfo_: z.ZodType<HistoryEntry_VersionDomainInfo_>;
  readonly ImportMode: z.ZodType<ImportMode>;
  readonly ItemModel: z.ZodType<ItemModel>;
  readonly ItemModelRun: z.ZodType<ItemModelRun>;
  readonly ItemModelRunWorkflowTemplate: z.ZodType<ItemModelRunWorkflowTemplate>;
  readonly ItemOrganisation: z.ZodType<ItemOrganisation>;
  readonly ItemPerson: z.ZodType<ItemPerson>;
  readonly ItemRevertRequest: z.ZodType<ItemRevertRequest>;
  readonly ItemRevertResponse: z.ZodType<ItemRevertResponse>;
  readonly ItemStudy: z.ZodType<ItemStudy>;
  readonly ItemVersion: z.ZodType<ItemVersion>;
  readonly JsonSchemaResponse: z.ZodType<JsonSchemaResponse>;
  readonly ListUserReviewingDatasetsRequest: z.ZodType<ListUserReviewingDatasetsRequest>;
  readonly LockActionType: z.ZodType<LockActionType>;
  readonly LockChangeRequest: z.ZodType<LockChangeRequest>;
  readonly LockEvent: z.ZodType<LockEvent>;
  readonly LockHistoryResponse: z.ZodType<LockHistoryResponse>;
  readonly LockStatusResponse: z.ZodType<LockStatusResponse>;
  readonly ModelCreateResponse: z.ZodType<ModelCreateResponse>;
  readonly ModelFetchResponse: z.ZodType<ModelFetchResponse>;
  readonly ModelListResponse: z.ZodType<ModelListResponse>;
  readonly ModelRunCreateResponse: z.ZodType<ModelRunCreateResponse>;
  readonly ModelRunFetchResponse: z.ZodType<ModelRunFetchResponse>;
  readonly ModelRunListResponse: z.ZodType<ModelRunListResponse>;
  readonly ModelRunSeedResponse: z.ZodType<ModelRunSeedResponse>;
  readonly ModelRunWorkflowTemplateCreateResponse: z.ZodType<ModelRunWorkflowTemplateCreateResponse>;
  readonly ModelRunWorkflowTemplateFetchResponse: z.ZodType<ModelRunWorkflowTemplateFetchResponse>;
  readonly ModelRunWorkflowTemplateListResponse: z.ZodType<ModelRunWorkflowTemplateListResponse>;
  readonly ModelRunWorkflowTemplateSeedResponse: z.ZodType<ModelRunWorkflowTemplateSeedResponse>;
  readonly ModelSeedResponse: z.ZodType<ModelSeedResponse>;
  readonly OrganisationCreateResponse: z.ZodType<OrganisationCreateResponse>;
  readonly OrganisationFetchResponse: z.ZodType<OrganisationFetchResponse>;
  readonly OrganisationListResponse: z.ZodType<OrganisationListResponse>;
  readonly OrganisationSeedResponse: z.ZodType<OrganisationSeedResponse>;
  readonly PaginatedDatasetListResponse: z.ZodType<PaginatedDatasetListResponse>;
  readonly PaginatedListResponse: z.ZodType<PaginatedListResponse>;
  readonly PersonCreateResponse: z.ZodType<PersonCreateResponse>;
  readonly PersonFetchResponse: z.ZodType<PersonFetchResponse>;
  readonly PersonListResponse: z.ZodType<PersonListResponse>;
  readonly PersonSeedResponse: z.ZodType<PersonSeedResponse>;
  readonly ProvGraphRestoreRequest: z.ZodType<ProvGraphRestoreRequest>;
  readonly ProvGraphRestoreResponse: z.ZodType<ProvGraphRestoreResponse>;
  readonly RegistryExportResponse: z.ZodType<RegistryExportResponse>;
  readonly RegistryImportRequest: z.ZodType<RegistryImportRequest>;
  readonly RegistryImportStatistics: z.ZodType<RegistryImportStatistics>;
  readonly RegistryImportResponse: z.ZodType<RegistryImportResponse>;
  readonly TableNames: z.ZodType<TableNames>;
  readonly RegistryRestoreRequest: z.ZodType<RegistryRestoreRequest>;
  readonly StudyCreateResponse: z.ZodType<StudyCreateResponse>;
  readonly StudyFetchResponse: z.ZodType<StudyFetchResponse>;
  readonly StudyListResponse: z.ZodType<StudyListResponse>;
  readonly StudySeedResponse: z.ZodType<StudySeedResponse>;
  readonly SubtypeFilterOptions: z.ZodType<SubtypeFilterOptions>;
  readonly SubtypeListRequest: z.ZodType<SubtypeListRequest>;
  readonly UiSchemaResponse: z.ZodType<UiSchemaResponse>;
  readonly UntypedFetchResponse: z.ZodType<UntypedFetchResponse>;
  readonly UpdateResponse: z.ZodType<UpdateResponse>;
  readonly VersionDetails: z.ZodType<VersionDetails>;
  readonly VersionFetchResponse: z.ZodType<VersionFetchResponse>;
  readonly VersionListResponse: z.ZodType<VersionListResponse>;
  readonly VersionRequest: z.ZodType<VersionRequest>;
  readonly VersionResponse: z.ZodType<VersionResponse>;
}

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
  const closedObject = <S extends z.ZodRawShape>(shape: S) => (options.forbidExtra === true ? z.strictObject(shape) : k.object(shape));
  // A field that always carries one value for this model: checked in strict mode, the plain
  // enum in lenient mode so a server change never breaks parsing.
  const literalInStrict = <V extends string, T>(value: V, lenient: z.ZodType<T>): z.ZodType<T | V> => (k.mode === "strict" ? z.literal(value) : lenient);

  const AccessInfo: z.ZodType<AccessInfo> = closedObject({
    reposited: k.optional(z.boolean()),
    uri: k.optional(z.string().min(1)),
    description: k.optional(z.string().min(1)),
  });
  const AccessSettings: z.ZodType<AccessSettings> = k.object({
    owner: z.string(),
    general: z.array(z.string()),
    groups: z.record(z.string(), z.array(z.string())),
  });
  const AssociationInfo: z.ZodType<AssociationInfo> = k.object({
    modeller_id: z.string(),
    requesting_organisation_id: k.optional(z.string()),
  });
  const DescribedRole: z.ZodType<DescribedRole> = k.object({
    role_display_name: z.string(),
    role_name: z.string(),
    description: z.string(),
    also_grants: z.array(z.string()),
  });
  const AuthRolesResponse: z.ZodType<AuthRolesResponse> = k.object({
    roles: z.array(DescribedRole),
  });
  const BundledItem: z.ZodType<BundledItem> = k.object({
    id: z.string(),
    item_payload: z.record(z.string(), z.unknown()),
    auth_payload: z.record(z.string(), z.unknown()),
    lock_payload: z.record(z.string(), z.unknown()),
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
  const CreateDomainInfo: z.ZodType<CreateDomainInfo> = k.object({
    display_name: z.string(),
    created_item_id: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_CreateDomainInfo_: z.ZodType<HistoryEntry_CreateDomainInfo_> = k.object({
    id: z.number().int(),
    timestamp: z.number().int(),
    reason: z.string(),
    username: z.string(),
    item: CreateDomainInfo,
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
  const ItemCreate: z.ZodType<ItemCreate> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    created_item_id: z.string(),
    history: z.array(HistoryEntry_CreateDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().int(),
    updated_timestamp: z.number().int(),
    item_category: k.optional(literalInStrict("ACTIVITY", ItemCategory)),
    item_subtype: k.optional(literalInStrict("CREATE", ItemSubType)),
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
  const CreateFetchResponse: z.ZodType<CreateFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemCreate, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
  });
  const CreateListResponse: z.ZodType<CreateListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemCreate)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().int()),
    complete_item_count: k.optional(z.number().int()),
    seed_item_count: k.optional(z.number().int()),
    unparsable_item_count: k.optional(z.number().int()),
    not_authorised_count: k.optional(z.number().int()),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
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
  const DatasetCreateResponse: z.ZodType<DatasetCreateResponse> = k.object({
    status: Status,
    created_item: k.optional(ItemDataset),
    register_create_activity_session_id: k.optional(z.string()),
  });
  const DatasetFetchResponse: z.ZodType<DatasetFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemDataset, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
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
  const DatasetSeedResponse: z.ZodType<DatasetSeedResponse> = k.object({
    status: Status,
    seeded_item: k.optional(SeededItem),
  });
  const ResourceUsageType: z.ZodType<ResourceUsageType> = k.enum(ResourceUsageTypeValues);
  const DefinedResource: z.ZodType<DefinedResource> = k.object({
    path: z.string(),
    description: z.string(),
    usage_type: ResourceUsageType,
    optional: k.optional(z.boolean()),
    is_folder: k.optional(z.boolean()),
    additional_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const DeferredResource: z.ZodType<DeferredResource> = k.object({
    key: z.string(),
    description: z.string(),
    usage_type: ResourceUsageType,
    optional: k.optional(z.boolean()),
    is_folder: k.optional(z.boolean()),
    additional_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const DatasetTemplateDomainInfo: z.ZodType<DatasetTemplateDomainInfo> = k.object({
    display_name: z.string(),
    description: k.optional(z.string()),
    defined_resources: k.optional(z.array(DefinedResource)),
    deferred_resources: k.optional(z.array(DeferredResource)),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_DatasetTemplateDomainInfo_: z.ZodType<HistoryEntry_DatasetTemplateDomainInfo_> = k.object({
    id: z.number().int(),
    timestamp: z.number().int(),
    reason: z.string(),
    username: z.string(),
    item: DatasetTemplateDomainInfo,
  });
  const ItemDatasetTemplate: z.ZodType<ItemDatasetTemplate> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    description: k.optional(z.string()),
    defined_resources: k.optional(z.array(DefinedResource)),
    deferred_resources: k.optional(z.array(DeferredResource)),
    history: z.array(HistoryEntry_DatasetTemplateDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().int(),
    updated_timestamp: z.number().int(),
    item_category: k.optional(literalInStrict("ENTITY", ItemCategory)),
    item_subtype: k.optional(literalInStrict("DATASET_TEMPLATE", ItemSubType)),
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
  });
  const DatasetTemplateCreateResponse: z.ZodType<DatasetTemplateCreateResponse> = k.object({
    status: Status,
    created_item: k.optional(ItemDatasetTemplate),
    register_create_activity_session_id: k.optional(z.string()),
  });
  const DatasetTemplateFetchResponse: z.ZodType<DatasetTemplateFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemDatasetTemplate, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
  });
  const DatasetTemplateListResponse: z.ZodType<DatasetTemplateListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemDatasetTemplate)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().int()),
    complete_item_count: k.optional(z.number().int()),
    seed_item_count: k.optional(z.number().int()),
    unparsable_item_count: k.optional(z.number().int()),
    not_authorised_count: k.optional(z.number().int()),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const DatasetTemplateSeedResponse: z.ZodType<DatasetTemplateSeedResponse> = k.object({
    status: Status,
    seeded_item: k.optional(SeededItem),
  });
  const DatasetType: z.ZodType<DatasetType> = k.enum(DatasetTypeValues);
  const DescribeAccessResponse: z.ZodType<DescribeAccessResponse> = k.object({
    roles: z.array(z.string()),
  });
  const QueryRecordTypes: z.ZodType<QueryRecordTypes> = k.enum(QueryRecordTypesValues);
  const QueryDatasetReleaseStatusType: z.ZodType<QueryDatasetReleaseStatusType> = k.enum(QueryDatasetReleaseStatusTypeValues);
  const FilterOptions: z.ZodType<FilterOptions> = k.object({
    record_type: k.optional(QueryRecordTypes),
    item_subtype: k.optional(ItemSubType),
    release_reviewer: k.optional(z.string()),
    release_status: k.optional(QueryDatasetReleaseStatusType),
  });
  const SortType: z.ZodType<SortType> = k.enum(SortTypeValues);
  const SortOptions: z.ZodType<SortOptions> = k.object({
    sort_type: k.optional(SortType),
    ascending: k.optional(z.boolean()),
    begins_with: k.optional(z.string()),
  });
  const GeneralListRequest: z.ZodType<GeneralListRequest> = k.object({
    filter_by: k.optional(FilterOptions),
    sort_by: k.optional(SortOptions),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
    page_size: k.optional(z.number().int()),
  });
  const ModelDomainInfo: z.ZodType<ModelDomainInfo> = k.object({
    display_name: z.string(),
    name: z.string(),
    description: z.string(),
    documentation_url: z.string().min(1).max(65536),
    source_url: z.string().min(1).max(65536),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_ModelDomainInfo_: z.ZodType<HistoryEntry_ModelDomainInfo_> = k.object({
    id: z.number().int(),
    timestamp: z.number().int(),
    reason: z.string(),
    username: z.string(),
    item: ModelDomainInfo,
  });
  const WorkflowRunCompletionStatus: z.ZodType<WorkflowRunCompletionStatus> = k.enum(WorkflowRunCompletionStatusValues);
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
  const TemplateResource: z.ZodType<TemplateResource> = k.object({
    template_id: z.string(),
    optional: k.optional(z.boolean()),
  });
  const WorkflowTemplateAnnotations: z.ZodType<WorkflowTemplateAnnotations> = k.object({
    required: k.optional(z.array(z.string())),
    optional: k.optional(z.array(z.string())),
  });
  const ModelRunWorkflowTemplateDomainInfo: z.ZodType<ModelRunWorkflowTemplateDomainInfo> = k.object({
    display_name: z.string(),
    software_id: z.string(),
    input_templates: k.optional(z.array(TemplateResource)),
    output_templates: k.optional(z.array(TemplateResource)),
    annotations: k.optional(WorkflowTemplateAnnotations),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_ModelRunWorkflowTemplateDomainInfo_: z.ZodType<HistoryEntry_ModelRunWorkflowTemplateDomainInfo_> = k.object({
    id: z.number().int(),
    timestamp: z.number().int(),
    reason: z.string(),
    username: z.string(),
    item: ModelRunWorkflowTemplateDomainInfo,
  });
  const OrganisationDomainInfo: z.ZodType<OrganisationDomainInfo> = k.object({
    display_name: z.string(),
    name: z.string(),
    ror: k.optional(z.string().min(1).max(65536)),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_OrganisationDomainInfo_: z.ZodType<HistoryEntry_OrganisationDomainInfo_> = k.object({
    id: z.number().int(),
    timestamp: z.number().int(),
    reason: z.string(),
    username: z.string(),
    item: OrganisationDomainInfo,
  });
  const PersonDomainInfo: z.ZodType<PersonDomainInfo> = k.object({
    display_name: z.string(),
    email: z.string(),
    first_name: z.string(),
    last_name: z.string(),
    orcid: k.optional(z.string().min(1).max(65536)),
    ethics_approved: k.optional(z.boolean()),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_PersonDomainInfo_: z.ZodType<HistoryEntry_PersonDomainInfo_> = k.object({
    id: z.number().int(),
    timestamp: z.number().int(),
    reason: z.string(),
    username: z.string(),
    item: PersonDomainInfo,
  });
  const StudyDomainInfo: z.ZodType<StudyDomainInfo> = k.object({
    display_name: z.string(),
    title: z.string(),
    description: z.string(),
    study_alternative_id: k.optional(z.string()),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_StudyDomainInfo_: z.ZodType<HistoryEntry_StudyDomainInfo_> = k.object({
    id: z.number().int(),
    timestamp: z.number().int(),
    reason: z.string(),
    username: z.string(),
    item: StudyDomainInfo,
  });
  const VersionDomainInfo: z.ZodType<VersionDomainInfo> = k.object({
    display_name: z.string(),
    reason: z.string(),
    from_item_id: z.string(),
    to_item_id: z.string(),
    new_version_number: z.number().int(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
  });
  const HistoryEntry_VersionDomainInfo_: z.ZodType<HistoryEntry_VersionDomainInfo_> = k.object({
    id: z.number().int(),
    timestamp: z.number().int(),
    reason: z.string(),
    username: z.string(),
    item: VersionDomainInfo,
  });
  const ImportMode: z.ZodType<ImportMode> = k.enum(ImportModeValues);
  const ItemModel: z.ZodType<ItemModel> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    name: z.string(),
    description: z.string(),
    documentation_url: z.string().min(1).max(65536),
    source_url: z.string().min(1).max(65536),
    history: z.array(HistoryEntry_ModelDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().int(),
    updated_timestamp: z.number().int(),
    item_category: k.optional(literalInStrict("ENTITY", ItemCategory)),
    item_subtype: k.optional(literalInStrict("MODEL", ItemSubType)),
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
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
  const ItemModelRunWorkflowTemplate: z.ZodType<ItemModelRunWorkflowTemplate> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    software_id: z.string(),
    input_templates: k.optional(z.array(TemplateResource)),
    output_templates: k.optional(z.array(TemplateResource)),
    annotations: k.optional(WorkflowTemplateAnnotations),
    history: z.array(HistoryEntry_ModelRunWorkflowTemplateDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().int(),
    updated_timestamp: z.number().int(),
    item_category: k.optional(literalInStrict("ENTITY", ItemCategory)),
    item_subtype: k.optional(literalInStrict("MODEL_RUN_WORKFLOW_TEMPLATE", ItemSubType)),
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
  });
  const ItemOrganisation: z.ZodType<ItemOrganisation> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    name: z.string(),
    ror: k.optional(z.string().min(1).max(65536)),
    history: z.array(HistoryEntry_OrganisationDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().int(),
    updated_timestamp: z.number().int(),
    item_category: k.optional(literalInStrict("AGENT", ItemCategory)),
    item_subtype: k.optional(literalInStrict("ORGANISATION", ItemSubType)),
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
  });
  const ItemPerson: z.ZodType<ItemPerson> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    email: z.string(),
    first_name: z.string(),
    last_name: z.string(),
    orcid: k.optional(z.string().min(1).max(65536)),
    ethics_approved: k.optional(z.boolean()),
    history: z.array(HistoryEntry_PersonDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().int(),
    updated_timestamp: z.number().int(),
    item_category: k.optional(literalInStrict("AGENT", ItemCategory)),
    item_subtype: k.optional(literalInStrict("PERSON", ItemSubType)),
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
  });
  const ItemRevertRequest: z.ZodType<ItemRevertRequest> = k.object({
    id: z.string(),
    history_id: z.number().int(),
    reason: z.string(),
  });
  const ItemRevertResponse: z.ZodType<ItemRevertResponse> = k.object({
    status: Status,
  });
  const ItemStudy: z.ZodType<ItemStudy> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    title: z.string(),
    description: z.string(),
    study_alternative_id: k.optional(z.string()),
    history: z.array(HistoryEntry_StudyDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().int(),
    updated_timestamp: z.number().int(),
    item_category: k.optional(literalInStrict("ACTIVITY", ItemCategory)),
    item_subtype: k.optional(literalInStrict("STUDY", ItemSubType)),
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
  });
  const ItemVersion: z.ZodType<ItemVersion> = k.object({
    display_name: z.string(),
    user_metadata: k.optional(z.record(z.string(), z.string())),
    reason: z.string(),
    from_item_id: z.string(),
    to_item_id: z.string(),
    new_version_number: z.number().int(),
    history: z.array(HistoryEntry_VersionDomainInfo_),
    id: z.string(),
    owner_username: z.string(),
    created_timestamp: z.number().int(),
    updated_timestamp: z.number().int(),
    item_category: k.optional(literalInStrict("ACTIVITY", ItemCategory)),
    item_subtype: k.optional(literalInStrict("VERSION", ItemSubType)),
    record_type: RecordType,
    workflow_links: k.optional(WorkflowLinks),
    versioning_info: k.optional(VersioningInfo),
  });
  const JsonSchemaResponse: z.ZodType<JsonSchemaResponse> = k.object({
    status: Status,
    json_schema: k.optional(z.record(z.string(), z.unknown())),
  });
  const ListUserReviewingDatasetsRequest: z.ZodType<ListUserReviewingDatasetsRequest> = k.object({
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
    page_size: k.optional(z.number().int()),
    sort_by: k.optional(SortOptions),
    filter_by: FilterOptions,
  });
  const LockActionType: z.ZodType<LockActionType> = k.enum(LockActionTypeValues);
  const LockChangeRequest: z.ZodType<LockChangeRequest> = k.object({
    id: z.string(),
    reason: z.string(),
  });
  const LockEvent: z.ZodType<LockEvent> = k.object({
    action_type: LockActionType,
    username: z.string(),
    email: k.optional(z.string()),
    reason: z.string(),
    timestamp: z.number().int(),
  });
  const LockHistoryResponse: z.ZodType<LockHistoryResponse> = k.object({
    status: Status,
    history: k.optional(z.array(LockEvent)),
  });
  const LockStatusResponse: z.ZodType<LockStatusResponse> = k.object({
    locked: z.boolean(),
  });
  const ModelCreateResponse: z.ZodType<ModelCreateResponse> = k.object({
    status: Status,
    created_item: k.optional(ItemModel),
    register_create_activity_session_id: k.optional(z.string()),
  });
  const ModelFetchResponse: z.ZodType<ModelFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemModel, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
  });
  const ModelListResponse: z.ZodType<ModelListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemModel)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().int()),
    complete_item_count: k.optional(z.number().int()),
    seed_item_count: k.optional(z.number().int()),
    unparsable_item_count: k.optional(z.number().int()),
    not_authorised_count: k.optional(z.number().int()),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const ModelRunCreateResponse: z.ZodType<ModelRunCreateResponse> = k.object({
    status: Status,
    created_item: k.optional(ItemModelRun),
    register_create_activity_session_id: k.optional(z.string()),
  });
  const ModelRunFetchResponse: z.ZodType<ModelRunFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemModelRun, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
  });
  const ModelRunListResponse: z.ZodType<ModelRunListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemModelRun)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().int()),
    complete_item_count: k.optional(z.number().int()),
    seed_item_count: k.optional(z.number().int()),
    unparsable_item_count: k.optional(z.number().int()),
    not_authorised_count: k.optional(z.number().int()),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const ModelRunSeedResponse: z.ZodType<ModelRunSeedResponse> = k.object({
    status: Status,
    seeded_item: k.optional(SeededItem),
  });
  const ModelRunWorkflowTemplateCreateResponse: z.ZodType<ModelRunWorkflowTemplateCreateResponse> = k.object({
    status: Status,
    created_item: k.optional(ItemModelRunWorkflowTemplate),
    register_create_activity_session_id: k.optional(z.string()),
  });
  const ModelRunWorkflowTemplateFetchResponse: z.ZodType<ModelRunWorkflowTemplateFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemModelRunWorkflowTemplate, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
  });
  const ModelRunWorkflowTemplateListResponse: z.ZodType<ModelRunWorkflowTemplateListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemModelRunWorkflowTemplate)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().int()),
    complete_item_count: k.optional(z.number().int()),
    seed_item_count: k.optional(z.number().int()),
    unparsable_item_count: k.optional(z.number().int()),
    not_authorised_count: k.optional(z.number().int()),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const ModelRunWorkflowTemplateSeedResponse: z.ZodType<ModelRunWorkflowTemplateSeedResponse> = k.object({
    status: Status,
    seeded_item: k.optional(SeededItem),
  });
  const ModelSeedResponse: z.ZodType<ModelSeedResponse> = k.object({
    status: Status,
    seeded_item: k.optional(SeededItem),
  });
  const OrganisationCreateResponse: z.ZodType<OrganisationCreateResponse> = k.object({
    status: Status,
    created_item: k.optional(ItemOrganisation),
    register_create_activity_session_id: k.optional(z.string()),
  });
  const OrganisationFetchResponse: z.ZodType<OrganisationFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemOrganisation, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
  });
  const OrganisationListResponse: z.ZodType<OrganisationListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemOrganisation)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().int()),
    complete_item_count: k.optional(z.number().int()),
    seed_item_count: k.optional(z.number().int()),
    unparsable_item_count: k.optional(z.number().int()),
    not_authorised_count: k.optional(z.number().int()),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const OrganisationSeedResponse: z.ZodType<OrganisationSeedResponse> = k.object({
    status: Status,
    seeded_item: k.optional(SeededItem),
  });
  const PaginatedDatasetListResponse: z.ZodType<PaginatedDatasetListResponse> = k.object({
    status: Status,
    dataset_items: k.optional(z.array(ItemDataset)),
    total_dataset_count: k.optional(z.number().int()),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const PaginatedListResponse: z.ZodType<PaginatedListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(z.unknown())),
    total_item_count: k.optional(z.number().int()),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const PersonCreateResponse: z.ZodType<PersonCreateResponse> = k.object({
    status: Status,
    created_item: k.optional(ItemPerson),
    register_create_activity_session_id: k.optional(z.string()),
  });
  const PersonFetchResponse: z.ZodType<PersonFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemPerson, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
  });
  const PersonListResponse: z.ZodType<PersonListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemPerson)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().int()),
    complete_item_count: k.optional(z.number().int()),
    seed_item_count: k.optional(z.number().int()),
    unparsable_item_count: k.optional(z.number().int()),
    not_authorised_count: k.optional(z.number().int()),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const PersonSeedResponse: z.ZodType<PersonSeedResponse> = k.object({
    status: Status,
    seeded_item: k.optional(SeededItem),
  });
  const ProvGraphRestoreRequest: z.ZodType<ProvGraphRestoreRequest> = k.object({
    trial_mode: k.optional(z.boolean()),
    abort_if_failures: k.optional(z.boolean()),
    items: z.array(BundledItem),
  });
  const ProvGraphRestoreResponse: z.ZodType<ProvGraphRestoreResponse> = k.object({
    status: Status,
    trial_mode: z.boolean(),
    abort_if_failures: z.boolean(),
    task_ids: k.optional(z.array(z.string())),
  });
  const RegistryExportResponse: z.ZodType<RegistryExportResponse> = k.object({
    status: Status,
    items: k.optional(z.array(BundledItem)),
  });
  const RegistryImportRequest: z.ZodType<RegistryImportRequest> = k.object({
    import_mode: ImportMode,
    parse_items: k.optional(z.boolean()),
    allow_entry_deletion: k.optional(z.boolean()),
    trial_mode: k.optional(z.boolean()),
    items: z.array(BundledItem),
  });
  const RegistryImportStatistics: z.ZodType<RegistryImportStatistics> = k.object({
    old_registry_size: z.number().int(),
    new_registry_size: z.number().int(),
    deleted_entries: z.number().int(),
    overwritten_entries: z.number().int(),
    new_entries: z.number().int(),
  });
  const RegistryImportResponse: z.ZodType<RegistryImportResponse> = k.object({
    status: Status,
    trial_mode: z.boolean(),
    statistics: k.optional(RegistryImportStatistics),
    failure_list: k.optional(z.array(z.tuple([z.string(), z.record(z.string(), z.unknown())]))),
  });
  const TableNames: z.ZodType<TableNames> = k.object({
    resource_table_name: z.string(),
    auth_table_name: z.string(),
    lock_table_name: z.string(),
  });
  const RegistryRestoreRequest: z.ZodType<RegistryRestoreRequest> = k.object({
    import_mode: ImportMode,
    parse_items: k.optional(z.boolean()),
    allow_entry_deletion: k.optional(z.boolean()),
    trial_mode: k.optional(z.boolean()),
    table_names: TableNames,
  });
  const StudyCreateResponse: z.ZodType<StudyCreateResponse> = k.object({
    status: Status,
    created_item: k.optional(ItemStudy),
    register_create_activity_session_id: k.optional(z.string()),
  });
  const StudyFetchResponse: z.ZodType<StudyFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemStudy, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
  });
  const StudyListResponse: z.ZodType<StudyListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemStudy)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().int()),
    complete_item_count: k.optional(z.number().int()),
    seed_item_count: k.optional(z.number().int()),
    unparsable_item_count: k.optional(z.number().int()),
    not_authorised_count: k.optional(z.number().int()),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
  });
  const StudySeedResponse: z.ZodType<StudySeedResponse> = k.object({
    status: Status,
    seeded_item: k.optional(SeededItem),
  });
  const SubtypeFilterOptions: z.ZodType<SubtypeFilterOptions> = k.object({
    record_type: k.optional(QueryRecordTypes),
  });
  const SubtypeListRequest: z.ZodType<SubtypeListRequest> = k.object({
    filter_by: k.optional(SubtypeFilterOptions),
    sort_by: k.optional(SortOptions),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
    page_size: k.optional(z.number().int()),
  });
  const UiSchemaResponse: z.ZodType<UiSchemaResponse> = k.object({
    status: Status,
    ui_schema: k.optional(z.record(z.string(), z.unknown())),
  });
  const UntypedFetchResponse: z.ZodType<UntypedFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.record(z.string(), z.unknown())),
  });
  const UpdateResponse: z.ZodType<UpdateResponse> = k.object({
    status: Status,
    register_create_activity_session_id: k.optional(z.string()),
  });
  const VersionDetails: z.ZodType<VersionDetails> = k.object({
    commit_id: k.optional(z.string()),
    commit_url: k.optional(z.string()),
    tag_name: k.optional(z.string()),
    release_title: k.optional(z.string()),
    release_url: k.optional(z.string()),
  });
  const VersionFetchResponse: z.ZodType<VersionFetchResponse> = k.object({
    status: Status,
    item: k.optional(z.union([ItemVersion, SeededItem])),
    roles: k.optional(z.array(z.string())),
    locked: k.optional(z.boolean()),
    item_is_seed: k.optional(z.boolean()),
  });
  const VersionListResponse: z.ZodType<VersionListResponse> = k.object({
    status: Status,
    items: k.optional(z.array(ItemVersion)),
    seed_items: k.optional(z.array(SeededItem)),
    unparsable_items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    total_item_count: k.optional(z.number().int()),
    complete_item_count: k.optional(z.number().int()),
    seed_item_count: k.optional(z.number().int()),
    unparsable_item_count: k.optional(z.number().int()),
    not_authorised_count: k.optional(z.number().int()),
    pagination_key: k.optional(z.record(z.string(), z.unknown())),
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
