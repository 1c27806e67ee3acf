// GENERATED FILE: do not edit by hand.
// Source: specs/provena/data-store.json (14 component schemas, plus 4 shared ones from @provena-sdk/http-core and 34 from ../registry/generated.js).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).

import * as z from "zod/mini";
import { type BuildModelsOptions, defineModel, defineModels, HTTPValidationErrorSchema, type ModelKit, type ModelSet, StatusSchema, UserSchema, ValidationErrorSchema } from "@provena-sdk/http-core";
import type { Status, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
export type { Status, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
import { AccessInfoSchema, CollectionFormatAssociationsSchema, DatasetEthicsRegistrationCheckSchema, DatasetEthicsAccessCheckSchema, IndigenousKnowledgeCheckSchema, ExportControlsSchema, CollectionFormatApprovalsSchema, CreatedDateSchema, PublishedDateSchema, CollectionFormatSpatialInfoSchema, TemporalDurationInfoSchema, CollectionFormatTemporalInfoSchema, CollectionFormatDatasetInfoSchema, CollectionFormatSchema, S3LocationSchema, ReleaseActionSchema, ReleaseHistoryEntrySchema, ReleasedStatusSchema, DatasetDomainInfoSchema, HistoryEntry_DatasetDomainInfo_Schema, ItemCategorySchema, ItemSubTypeSchema, RecordTypeSchema, WorkflowLinksSchema, VersioningInfoSchema, ItemDatasetSchema, SeededItemSchema, DatasetListResponseSchema, ItemRevertRequestSchema, ItemRevertResponseSchema, SortTypeSchema, SortOptionsSchema, VersionRequestSchema, VersionResponseSchema } from "../registry/generated.js";
import type { AccessInfo, CollectionFormatAssociations, DatasetEthicsRegistrationCheck, DatasetEthicsAccessCheck, IndigenousKnowledgeCheck, ExportControls, CollectionFormatApprovals, CreatedDate, PublishedDate, CollectionFormatSpatialInfo, TemporalDurationInfo, CollectionFormatTemporalInfo, CollectionFormatDatasetInfo, CollectionFormat, S3Location, ReleaseAction, ReleaseHistoryEntry, ReleasedStatus, DatasetDomainInfo, HistoryEntry_DatasetDomainInfo_, ItemCategory, ItemSubType, RecordType, WorkflowLinks, VersioningInfo, ItemDataset, SeededItem, DatasetListResponse, ItemRevertRequest, ItemRevertResponse, SortType, SortOptions, VersionRequest, VersionResponse } from "../registry/generated.js";
export { ReleaseActionValues, ReleasedStatusValues, ItemCategoryValues, ItemSubTypeValues, RecordTypeValues, SortTypeValues, AccessInfoSchema, CollectionFormatAssociationsSchema, DatasetEthicsRegistrationCheckSchema, DatasetEthicsAccessCheckSchema, IndigenousKnowledgeCheckSchema, ExportControlsSchema, CollectionFormatApprovalsSchema, CreatedDateSchema, PublishedDateSchema, CollectionFormatSpatialInfoSchema, TemporalDurationInfoSchema, CollectionFormatTemporalInfoSchema, CollectionFormatDatasetInfoSchema, CollectionFormatSchema, S3LocationSchema, ReleaseActionSchema, ReleaseHistoryEntrySchema, ReleasedStatusSchema, DatasetDomainInfoSchema, HistoryEntry_DatasetDomainInfo_Schema, ItemCategorySchema, ItemSubTypeSchema, RecordTypeSchema, WorkflowLinksSchema, VersioningInfoSchema, ItemDatasetSchema, SeededItemSchema, DatasetListResponseSchema, ItemRevertRequestSchema, ItemRevertResponseSchema, SortTypeSchema, SortOptionsSchema, VersionRequestSchema, VersionResponseSchema } from "../registry/generated.js";
export type { AccessInfo, CollectionFormatAssociations, DatasetEthicsRegistrationCheck, DatasetEthicsAccessCheck, IndigenousKnowledgeCheck, ExportControls, CollectionFormatApprovals, CreatedDate, PublishedDate, CollectionFormatSpatialInfo, TemporalDurationInfo, CollectionFormatTemporalInfo, CollectionFormatDatasetInfo, CollectionFormat, S3Location, ReleaseAction, ReleaseHistoryEntry, ReleasedStatus, DatasetDomainInfo, HistoryEntry_DatasetDomainInfo_, ItemCategory, ItemSubType, RecordType, WorkflowLinks, VersioningInfo, ItemDataset, SeededItem, DatasetListResponse, ItemRevertRequest, ItemRevertResponse, SortType, SortOptions, VersionRequest, VersionResponse } from "../registry/generated.js";

// ---- Types (what parsing returns in lenient mode; strict mode returns a subset) ----

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

/** The `Schema` model of the Data Store API. */
export interface Schema {
  /** Json Schema */
  json_schema: Record<string, unknown>;
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

// ---- Models (each built on first use, per validation mode) ----

/** Validates a {@link ActionApprovalRequest}; built on first use per validation mode (`ActionApprovalRequestSchema("lenient")`). */
export const ActionApprovalRequestSchema = /* @__PURE__ */ defineModel<ActionApprovalRequest>((k, _o) =>
  k.object({
      dataset_id: z.string(),
      approve: z.boolean(),
      notes: z.string(),
    }),
);

/** Validates a {@link ActionApprovalRequestResponse}; built on first use per validation mode (`ActionApprovalRequestResponseSchema("lenient")`). */
export const ActionApprovalRequestResponseSchema = /* @__PURE__ */ defineModel<ActionApprovalRequestResponse>((k, _o) =>
  k.object({
      dataset_id: z.string(),
      approved: z.boolean(),
      details: z.string(),
    }),
);

/** Validates a {@link Credentials}; built on first use per validation mode (`CredentialsSchema("lenient")`). */
export const CredentialsSchema = /* @__PURE__ */ defineModel<Credentials>((k, _o) =>
  k.object({
      aws_access_key_id: z.string(),
      aws_secret_access_key: z.string(),
      aws_session_token: z.string(),
      expiry: z.string(),
    }),
);

/** Validates a {@link CredentialResponse}; built on first use per validation mode (`CredentialResponseSchema("lenient")`). */
export const CredentialResponseSchema = /* @__PURE__ */ defineModel<CredentialResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      credentials: CredentialsSchema(k, o),
      console_session_url: k.optional(z.string()),
    }),
);

/** Validates a {@link CredentialsRequest}; built on first use per validation mode (`CredentialsRequestSchema("lenient")`). */
export const CredentialsRequestSchema = /* @__PURE__ */ defineModel<CredentialsRequest>((k, _o) =>
  k.object({
      dataset_id: z.string(),
      console_session_required: z.boolean(),
    }),
);

/** Validates a {@link MintResponse}; built on first use per validation mode (`MintResponseSchema("lenient")`). */
export const MintResponseSchema = /* @__PURE__ */ defineModel<MintResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      handle: k.optional(z.string()),
      s3_location: k.optional(S3LocationSchema(k, o)),
      register_create_activity_session_id: k.optional(z.string()),
    }),
);

/** Validates a {@link NoFilterSubtypeListRequest}; built on first use per validation mode (`NoFilterSubtypeListRequestSchema("lenient")`). */
export const NoFilterSubtypeListRequestSchema = /* @__PURE__ */ defineModel<NoFilterSubtypeListRequest>((k, o) =>
  k.object({
      sort_by: k.optional(SortOptionsSchema(k, o)),
      pagination_key: k.optional(z.record(z.string(), z.unknown())),
      page_size: k.optional(z.number().check(z.int())),
    }),
);

/** Validates a {@link PresignedURLRequest}; built on first use per validation mode (`PresignedURLRequestSchema("lenient")`). */
export const PresignedURLRequestSchema = /* @__PURE__ */ defineModel<PresignedURLRequest>((k, _o) =>
  k.object({
      dataset_id: z.string(),
      file_path: z.string(),
      expires_in: k.optional(z.number().check(z.int(), z.gte(1), z.lte(86400))),
    }),
);

/** Validates a {@link PresignedURLResponse}; built on first use per validation mode (`PresignedURLResponseSchema("lenient")`). */
export const PresignedURLResponseSchema = /* @__PURE__ */ defineModel<PresignedURLResponse>((k, _o) =>
  k.object({
      dataset_id: z.string(),
      file_path: z.string(),
      presigned_url: z.string(),
    }),
);

/** Validates a {@link RegistryFetchResponse}; built on first use per validation mode (`RegistryFetchResponseSchema("lenient")`). */
export const RegistryFetchResponseSchema = /* @__PURE__ */ defineModel<RegistryFetchResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      item: k.optional(ItemDatasetSchema(k, o)),
      roles: k.optional(z.array(z.string())),
      locked: k.optional(z.boolean()),
    }),
);

/** Validates a {@link ReleaseApprovalRequest}; built on first use per validation mode (`ReleaseApprovalRequestSchema("lenient")`). */
export const ReleaseApprovalRequestSchema = /* @__PURE__ */ defineModel<ReleaseApprovalRequest>((k, _o) =>
  k.object({
      dataset_id: z.string(),
      approver_id: z.string(),
      notes: z.string(),
    }),
);

/** Validates a {@link ReleaseApprovalRequestResponse}; built on first use per validation mode (`ReleaseApprovalRequestResponseSchema("lenient")`). */
export const ReleaseApprovalRequestResponseSchema = /* @__PURE__ */ defineModel<ReleaseApprovalRequestResponse>((k, _o) =>
  k.object({
      dataset_id: z.string(),
      approver_id: z.string(),
      details: z.string(),
    }),
);

/** Validates a {@link Schema}; built on first use per validation mode (`SchemaSchema("lenient")`). */
export const SchemaSchema = /* @__PURE__ */ defineModel<Schema>((k, _o) =>
  k.object({
      json_schema: z.record(z.string(), z.unknown()),
    }),
);

/** Validates a {@link UpdateMetadataResponse}; built on first use per validation mode (`UpdateMetadataResponseSchema("lenient")`). */
export const UpdateMetadataResponseSchema = /* @__PURE__ */ defineModel<UpdateMetadataResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      handle: z.string(),
      s3_location: S3LocationSchema(k, o),
    }),
);

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
export const DATASTORE_FORBIDS_EXTRA: ReadonlySet<DatastoreModelName> = /* @__PURE__ */ new Set<DatastoreModelName>(["AccessInfo", "CollectionFormatAssociations", "DatasetEthicsRegistrationCheck", "DatasetEthicsAccessCheck", "IndigenousKnowledgeCheck", "ExportControls", "CollectionFormatApprovals", "CreatedDate", "PublishedDate", "CollectionFormatSpatialInfo", "TemporalDurationInfo", "CollectionFormatTemporalInfo", "CollectionFormatDatasetInfo", "CollectionFormat"]);

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

/** Builds every Datastore model for the kit's mode. Most callers want {@link DatastoreModels}, or one `<Name>Schema`. */
export function buildDatastoreModels(k: ModelKit, options: BuildModelsOptions = {}): DatastoreModelSet {
  return {
    Status: StatusSchema(k, options),
    User: UserSchema(k, options),
    HTTPValidationError: HTTPValidationErrorSchema(k, options),
    ValidationError: ValidationErrorSchema(k, options),
    AccessInfo: AccessInfoSchema(k, options),
    ActionApprovalRequest: ActionApprovalRequestSchema(k, options),
    ActionApprovalRequestResponse: ActionApprovalRequestResponseSchema(k, options),
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
    Credentials: CredentialsSchema(k, options),
    CredentialResponse: CredentialResponseSchema(k, options),
    CredentialsRequest: CredentialsRequestSchema(k, options),
    S3Location: S3LocationSchema(k, options),
    ReleaseAction: ReleaseActionSchema(k, options),
    ReleaseHistoryEntry: ReleaseHistoryEntrySchema(k, options),
    ReleasedStatus: ReleasedStatusSchema(k, options),
    DatasetDomainInfo: DatasetDomainInfoSchema(k, options),
    HistoryEntry_DatasetDomainInfo_: HistoryEntry_DatasetDomainInfo_Schema(k, options),
    ItemCategory: ItemCategorySchema(k, options),
    ItemSubType: ItemSubTypeSchema(k, options),
    RecordType: RecordTypeSchema(k, options),
    WorkflowLinks: WorkflowLinksSchema(k, options),
    VersioningInfo: VersioningInfoSchema(k, options),
    ItemDataset: ItemDatasetSchema(k, options),
    SeededItem: SeededItemSchema(k, options),
    DatasetListResponse: DatasetListResponseSchema(k, options),
    ItemRevertRequest: ItemRevertRequestSchema(k, options),
    ItemRevertResponse: ItemRevertResponseSchema(k, options),
    MintResponse: MintResponseSchema(k, options),
    SortType: SortTypeSchema(k, options),
    SortOptions: SortOptionsSchema(k, options),
    NoFilterSubtypeListRequest: NoFilterSubtypeListRequestSchema(k, options),
    PresignedURLRequest: PresignedURLRequestSchema(k, options),
    PresignedURLResponse: PresignedURLResponseSchema(k, options),
    RegistryFetchResponse: RegistryFetchResponseSchema(k, options),
    ReleaseApprovalRequest: ReleaseApprovalRequestSchema(k, options),
    ReleaseApprovalRequestResponse: ReleaseApprovalRequestResponseSchema(k, options),
    Schema: SchemaSchema(k, options),
    UpdateMetadataResponse: UpdateMetadataResponseSchema(k, options),
    VersionRequest: VersionRequestSchema(k, options),
    VersionResponse: VersionResponseSchema(k, options),
  };
}

/** The Datastore models, built lazily per mode: `DatastoreModels.lenient.X` (default) or `.strict.X` (tests). */
export const DatastoreModels: ModelSet<DatastoreModelSet> = /* @__PURE__ */ defineModels((k) => buildDatastoreModels(k));
