// GENERATED FILE: do not edit by hand.
// Source: specs/provena/auth.json (45 component schemas, plus 4 shared ones from @provena-sdk/http-core).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).
// Rules behaviour.md states but the spec cannot show, added by the generator: UserLinkUserAssignRequest.person_id {"minLength":1}.

import * as z from "zod/mini";
import { buildCommonModels, type BuildModelsOptions, defineModels, type ModelKit, type ModelSet, type UnknownString } from "@provena-sdk/http-core";
import type { Status, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
export type { Status, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";

// ---- Types (what parsing returns in lenient mode; strict mode returns a subset) ----

/** The `AccessLevel` model of the Auth API. */
export const AccessLevelValues = ["READ", "WRITE", "ADMIN"] as const;
/** One of {@link AccessLevelValues}; lenient parsing keeps values this SDK does not know yet. */
export type AccessLevel = (typeof AccessLevelValues)[number] | UnknownString;

/** The `AccessReport` model of the Auth API. */
export interface AccessReport {
  /** Components */
  components: ReportAuthorisationComponent[];
}

/** The `AccessReportResponse` model of the Auth API. */
export interface AccessReportResponse {
  /** Status */
  status: Status;
  /** Report */
  report: AccessReport;
}

/** The `AccessRequestList` model of the Auth API. */
export interface AccessRequestList {
  /** Items */
  items: RequestAccessTableItem[];
}

/** The `AccessRequestResponse` model of the Auth API. */
export interface AccessRequestResponse {
  /** Status */
  status: Status;
}

/** The `AccessRequestStatusChange` model of the Auth API. */
export interface AccessRequestStatusChange {
  /** Username */
  username: string;
  /** Request Id */
  request_id: number;
  /** Desired State */
  desired_state: RequestStatus;
  /** Additional Note */
  additional_note?: string | null;
}

/** The `AddGroupResponse` model of the Auth API. */
export interface AddGroupResponse {
  /** Status */
  status: Status;
}

/** The `AddMemberResponse` model of the Auth API. */
export interface AddMemberResponse {
  /** Status */
  status: Status;
}

/** The `AdminLinkUserAssignRequest` model of the Auth API. */
export interface AdminLinkUserAssignRequest {
  /** Username */
  username: string;
  /** Person Id */
  person_id: string;
  /**
   * Validate Item
   * @defaultValue true
   */
  validate_item?: boolean | null;
  /**
   * Force
   * @defaultValue false
   */
  force?: boolean | null;
}

/** The `AdminLinkUserAssignResponse` model of the Auth API. */
export type AdminLinkUserAssignResponse = Record<string, unknown>;

/** The `AdminLinkUserClearResponse` model of the Auth API. */
export type AdminLinkUserClearResponse = Record<string, unknown>;

/** The `AdminLinkUserLookupResponse` model of the Auth API. */
export interface AdminLinkUserLookupResponse {
  /** Person Id */
  person_id?: string | null;
  /** Success */
  success: boolean;
}

/** The `ChangeStateStatus` model of the Auth API. */
export interface ChangeStateStatus {
  /** State Change */
  state_change: Status;
  /** Email Alert */
  email_alert: Status;
}

/** The `CheckMembershipResponse` model of the Auth API. */
export interface CheckMembershipResponse {
  /** Status */
  status: Status;
  /** Is Member */
  is_member?: boolean | null;
}

/** The `ComponentName` model of the Auth API. */
export const ComponentNameValues = ["handle-service", "sys-admin", "entity-registry", "job-service"] as const;
/** One of {@link ComponentNameValues}; lenient parsing keeps values this SDK does not know yet. */
export type ComponentName = (typeof ComponentNameValues)[number] | UnknownString;

/** The `DeleteAccessRequest` model of the Auth API. */
export interface DeleteAccessRequest {
  /** Username */
  username: string;
  /** Request Id */
  request_id: number;
}

/** The `DescribeGroupResponse` model of the Auth API. */
export interface DescribeGroupResponse {
  /** Status */
  status: Status;
  /** Group */
  group?: UserGroupMetadata | null;
}

/** The `GroupUser` model of the Auth API. */
export interface GroupUser {
  /** Username */
  username: string;
  /** Email */
  email?: string | null;
  /** First Name */
  first_name?: string | null;
  /** Last Name */
  last_name?: string | null;
}

/** The `GroupsExportResponse` model of the Auth API. */
export interface GroupsExportResponse {
  /** Status */
  status: Status;
  /** Items */
  items?: Record<string, unknown>[] | null;
}

/** The `GroupsImportRequest` model of the Auth API. */
export interface GroupsImportRequest {
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
  items: Record<string, unknown>[];
}

/** The `GroupsImportResponse` model of the Auth API. */
export interface GroupsImportResponse {
  /** Status */
  status: Status;
  /** Trial Mode */
  trial_mode: boolean;
  /** Statistics */
  statistics?: GroupsImportStatistics | null;
  /** Failure List */
  failure_list?: [string, Record<string, unknown>][] | null;
}

/** The `GroupsImportStatistics` model of the Auth API. */
export interface GroupsImportStatistics {
  /** Old Size */
  old_size: number;
  /** New Size */
  new_size: number;
  /** Deleted Entries */
  deleted_entries: number;
  /** Overwritten Entries */
  overwritten_entries: number;
  /** New Entries */
  new_entries: number;
}

/** The `GroupsRestoreRequest` model of the Auth API. */
export interface GroupsRestoreRequest {
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
}

/** The `ImportMode` model of the Auth API. */
export const ImportModeValues = [
  "ADD_ONLY",
  "ADD_OR_OVERWRITE",
  "OVERWRITE_ONLY",
  "SYNC_ADD_OR_OVERWRITE",
  "SYNC_DELETION_ALLOWED",
] as const;
/** One of {@link ImportModeValues}; lenient parsing keeps values this SDK does not know yet. */
export type ImportMode = (typeof ImportModeValues)[number] | UnknownString;

/** The `IntendedUserType` model of the Auth API. */
export const IntendedUserTypeValues = ["GENERAL", "ADMINISTRATOR"] as const;
/** One of {@link IntendedUserTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type IntendedUserType = (typeof IntendedUserTypeValues)[number] | UnknownString;

/** The `ListGroupsResponse` model of the Auth API. */
export interface ListGroupsResponse {
  /** Status */
  status: Status;
  /** Groups */
  groups?: UserGroupMetadata[] | null;
}

/** The `ListMembersResponse` model of the Auth API. */
export interface ListMembersResponse {
  /** Status */
  status: Status;
  /** Group */
  group?: UserGroup | null;
}

/** The `ListUserMembershipResponse` model of the Auth API. */
export interface ListUserMembershipResponse {
  /** Status */
  status: Status;
  /** Groups */
  groups?: UserGroupMetadata[] | null;
}

/** The `RemoveGroupResponse` model of the Auth API. */
export interface RemoveGroupResponse {
  /** Status */
  status: Status;
}

/** The `RemoveMemberResponse` model of the Auth API. */
export interface RemoveMemberResponse {
  /** Status */
  status: Status;
}

/** The `RemoveMembersRequest` model of the Auth API. */
export interface RemoveMembersRequest {
  /** Group Id */
  group_id: string;
  /** Member Usernames */
  member_usernames: string[];
}

/** The `ReportAuthorisationComponent` model of the Auth API. */
export interface ReportAuthorisationComponent {
  /** Component Name */
  component_name: ComponentName;
  /** Component Roles */
  component_roles: ReportComponentRole[];
}

/** The `ReportComponentRole` model of the Auth API. */
export interface ReportComponentRole {
  /** Role Name */
  role_name: string;
  /** Role Display Name */
  role_display_name: string;
  /** Role Level */
  role_level: AccessLevel;
  /** Description */
  description: string;
  /** Intended Users */
  intended_users: IntendedUserType[];
  /** Access Granted */
  access_granted: boolean;
}

/** The `RequestAccessTableItem` model of the Auth API. */
export interface RequestAccessTableItem {
  /** Username */
  username: string;
  /** Request Id */
  request_id: number;
  /** Expiry */
  expiry: number;
  /** Email */
  email: string;
  /** Created Timestamp */
  created_timestamp: number;
  /** Updated Timestamp */
  updated_timestamp: number;
  /** Status */
  status: RequestStatus;
  /** Ui Friendly Status */
  ui_friendly_status: string;
  /** Request Diff Contents */
  request_diff_contents: string;
  /** Complete Contents */
  complete_contents: string;
  /** Notes */
  notes: string;
}

/** The `RequestAddNote` model of the Auth API. */
export interface RequestAddNote {
  /** Note */
  note: string;
  /** Username */
  username: string;
  /** Request Id */
  request_id: number;
}

/** The `RequestStatus` model of the Auth API. */
export const RequestStatusValues = [
  "PENDING_APPROVAL",
  "APPROVED_PENDING_ACTION",
  "DENIED_PENDING_DELETION",
  "ACTIONED_PENDING_DELETION",
] as const;
/** One of {@link RequestStatusValues}; lenient parsing keeps values this SDK does not know yet. */
export type RequestStatus = (typeof RequestStatusValues)[number] | UnknownString;

/** The `UpdateGroupResponse` model of the Auth API. */
export interface UpdateGroupResponse {
  /** Status */
  status: Status;
}

/** The `UserGroup` model of the Auth API. */
export interface UserGroup {
  /** Id */
  id: string;
  /** Display Name */
  display_name: string;
  /** Description */
  description: string;
  /** Default Data Store Access */
  default_data_store_access?: string[] | null;
  /** Users */
  users: GroupUser[];
}

/** The `UserGroupMetadata` model of the Auth API. */
export interface UserGroupMetadata {
  /** Id */
  id: string;
  /** Display Name */
  display_name: string;
  /** Description */
  description: string;
  /** Default Data Store Access */
  default_data_store_access?: string[] | null;
}

/** The `UserLinkReverseLookupResponse` model of the Auth API. */
export interface UserLinkReverseLookupResponse {
  /** Usernames */
  usernames: string[];
}

/** The `UserLinkUserAssignRequest` model of the Auth API. */
export interface UserLinkUserAssignRequest {
  /** Person Id */
  person_id: string;
}

/** The `UserLinkUserAssignResponse` model of the Auth API. */
export type UserLinkUserAssignResponse = Record<string, unknown>;

/** The `UserLinkUserLookupResponse` model of the Auth API. */
export interface UserLinkUserLookupResponse {
  /** Person Id */
  person_id?: string | null;
  /** Success */
  success: boolean;
}

/** The `UserLinkUserValidateRequest` model of the Auth API. */
export interface UserLinkUserValidateRequest {
  /** Person Id */
  person_id: string;
}

/** The `UserLinkUserValidateResponse` model of the Auth API. */
export interface UserLinkUserValidateResponse {
  /** Status */
  status: Status;
}

// ---- Models ----

/** Every Auth model, as built for one validation mode. */
export interface AuthModelSet {
  /** Validates a {@link Status}. */
  readonly Status: z.ZodMiniType<Status>;
  /** Validates a {@link User}. */
  readonly User: z.ZodMiniType<User>;
  /** Validates a {@link HTTPValidationError}. */
  readonly HTTPValidationError: z.ZodMiniType<HTTPValidationError>;
  /** Validates a {@link ValidationError}. */
  readonly ValidationError: z.ZodMiniType<ValidationError>;
  /** Validates a {@link AccessLevel}. */
  readonly AccessLevel: z.ZodMiniType<AccessLevel>;
  /** Validates a {@link ComponentName}. */
  readonly ComponentName: z.ZodMiniType<ComponentName>;
  /** Validates a {@link IntendedUserType}. */
  readonly IntendedUserType: z.ZodMiniType<IntendedUserType>;
  /** Validates a {@link ReportComponentRole}. */
  readonly ReportComponentRole: z.ZodMiniType<ReportComponentRole>;
  /** Validates a {@link ReportAuthorisationComponent}. */
  readonly ReportAuthorisationComponent: z.ZodMiniType<ReportAuthorisationComponent>;
  /** Validates a {@link AccessReport}. */
  readonly AccessReport: z.ZodMiniType<AccessReport>;
  /** Validates a {@link AccessReportResponse}. */
  readonly AccessReportResponse: z.ZodMiniType<AccessReportResponse>;
  /** Validates a {@link RequestStatus}. */
  readonly RequestStatus: z.ZodMiniType<RequestStatus>;
  /** Validates a {@link RequestAccessTableItem}. */
  readonly RequestAccessTableItem: z.ZodMiniType<RequestAccessTableItem>;
  /** Validates a {@link AccessRequestList}. */
  readonly AccessRequestList: z.ZodMiniType<AccessRequestList>;
  /** Validates a {@link AccessRequestResponse}. */
  readonly AccessRequestResponse: z.ZodMiniType<AccessRequestResponse>;
  /** Validates a {@link AccessRequestStatusChange}. */
  readonly AccessRequestStatusChange: z.ZodMiniType<AccessRequestStatusChange>;
  /** Validates a {@link AddGroupResponse}. */
  readonly AddGroupResponse: z.ZodMiniType<AddGroupResponse>;
  /** Validates a {@link AddMemberResponse}. */
  readonly AddMemberResponse: z.ZodMiniType<AddMemberResponse>;
  /** Validates a {@link AdminLinkUserAssignRequest}. */
  readonly AdminLinkUserAssignRequest: z.ZodMiniType<AdminLinkUserAssignRequest>;
  /** Validates a {@link AdminLinkUserAssignResponse}. */
  readonly AdminLinkUserAssignResponse: z.ZodMiniType<AdminLinkUserAssignResponse>;
  /** Validates a {@link AdminLinkUserClearResponse}. */
  readonly AdminLinkUserClearResponse: z.ZodMiniType<AdminLinkUserClearResponse>;
  /** Validates a {@link AdminLinkUserLookupResponse}. */
  readonly AdminLinkUserLookupResponse: z.ZodMiniType<AdminLinkUserLookupResponse>;
  /** Validates a {@link ChangeStateStatus}. */
  readonly ChangeStateStatus: z.ZodMiniType<ChangeStateStatus>;
  /** Validates a {@link CheckMembershipResponse}. */
  readonly CheckMembershipResponse: z.ZodMiniType<CheckMembershipResponse>;
  /** Validates a {@link DeleteAccessRequest}. */
  readonly DeleteAccessRequest: z.ZodMiniType<DeleteAccessRequest>;
  /** Validates a {@link UserGroupMetadata}. */
  readonly UserGroupMetadata: z.ZodMiniType<UserGroupMetadata>;
  /** Validates a {@link DescribeGroupResponse}. */
  readonly DescribeGroupResponse: z.ZodMiniType<DescribeGroupResponse>;
  /** Validates a {@link GroupUser}. */
  readonly GroupUser: z.ZodMiniType<GroupUser>;
  /** Validates a {@link GroupsExportResponse}. */
  readonly GroupsExportResponse: z.ZodMiniType<GroupsExportResponse>;
  /** Validates a {@link ImportMode}. */
  readonly ImportMode: z.ZodMiniType<ImportMode>;
  /** Validates a {@link GroupsImportRequest}. */
  readonly GroupsImportRequest: z.ZodMiniType<GroupsImportRequest>;
  /** Validates a {@link GroupsImportStatistics}. */
  readonly GroupsImportStatistics: z.ZodMiniType<GroupsImportStatistics>;
  /** Validates a {@link GroupsImportResponse}. */
  readonly GroupsImportResponse: z.ZodMiniType<GroupsImportResponse>;
  /** Validates a {@link GroupsRestoreRequest}. */
  readonly GroupsRestoreRequest: z.ZodMiniType<GroupsRestoreRequest>;
  /** Validates a {@link ListGroupsResponse}. */
  readonly ListGroupsResponse: z.ZodMiniType<ListGroupsResponse>;
  /** Validates a {@link UserGroup}. */
  readonly UserGroup: z.ZodMiniType<UserGroup>;
  /** Validates a {@link ListMembersResponse}. */
  readonly ListMembersResponse: z.ZodMiniType<ListMembersResponse>;
  /** Validates a {@link ListUserMembershipResponse}. */
  readonly ListUserMembershipResponse: z.ZodMiniType<ListUserMembershipResponse>;
  /** Validates a {@link RemoveGroupResponse}. */
  readonly RemoveGroupResponse: z.ZodMiniType<RemoveGroupResponse>;
  /** Validates a {@link RemoveMemberResponse}. */
  readonly RemoveMemberResponse: z.ZodMiniType<RemoveMemberResponse>;
  /** Validates a {@link RemoveMembersRequest}. */
  readonly RemoveMembersRequest: z.ZodMiniType<RemoveMembersRequest>;
  /** Validates a {@link RequestAddNote}. */
  readonly RequestAddNote: z.ZodMiniType<RequestAddNote>;
  /** Validates a {@link UpdateGroupResponse}. */
  readonly UpdateGroupResponse: z.ZodMiniType<UpdateGroupResponse>;
  /** Validates a {@link UserLinkReverseLookupResponse}. */
  readonly UserLinkReverseLookupResponse: z.ZodMiniType<UserLinkReverseLookupResponse>;
  /** Validates a {@link UserLinkUserAssignRequest}. */
  readonly UserLinkUserAssignRequest: z.ZodMiniType<UserLinkUserAssignRequest>;
  /** Validates a {@link UserLinkUserAssignResponse}. */
  readonly UserLinkUserAssignResponse: z.ZodMiniType<UserLinkUserAssignResponse>;
  /** Validates a {@link UserLinkUserLookupResponse}. */
  readonly UserLinkUserLookupResponse: z.ZodMiniType<UserLinkUserLookupResponse>;
  /** Validates a {@link UserLinkUserValidateRequest}. */
  readonly UserLinkUserValidateRequest: z.ZodMiniType<UserLinkUserValidateRequest>;
  /** Validates a {@link UserLinkUserValidateResponse}. */
  readonly UserLinkUserValidateResponse: z.ZodMiniType<UserLinkUserValidateResponse>;
}

/** The name of one Auth model. */
export type AuthModelName = keyof AuthModelSet;

/** Models whose upstream class forbids unknown keys (`additionalProperties: false`). */
export const AUTH_FORBIDS_EXTRA: ReadonlySet<AuthModelName> = new Set<AuthModelName>([]);

/** Field defaults from the spec, for building requests; parsing never fills them in. */
export const AuthDefaults = {
  AdminLinkUserAssignRequest: {
    validate_item: true,
    force: false,
  },
  GroupsImportRequest: {
    parse_items: true,
    allow_entry_deletion: false,
    trial_mode: true,
  },
  GroupsRestoreRequest: {
    parse_items: true,
    allow_entry_deletion: false,
    trial_mode: true,
  },
} as const;

/** Builds every Auth model for the kit's mode. Most callers want {@link AuthModels}. */
export function buildAuthModels(k: ModelKit, options: BuildModelsOptions = {}): AuthModelSet {
  const { Status, User, HTTPValidationError, ValidationError } = buildCommonModels(k, options);

  const AccessLevel: z.ZodMiniType<AccessLevel> = k.enum(AccessLevelValues);
  const ComponentName: z.ZodMiniType<ComponentName> = k.enum(ComponentNameValues);
  const IntendedUserType: z.ZodMiniType<IntendedUserType> = k.enum(IntendedUserTypeValues);
  const ReportComponentRole: z.ZodMiniType<ReportComponentRole> = k.object({
    role_name: z.string(),
    role_display_name: z.string(),
    role_level: AccessLevel,
    description: z.string(),
    intended_users: z.array(IntendedUserType),
    access_granted: z.boolean(),
  });
  const ReportAuthorisationComponent: z.ZodMiniType<ReportAuthorisationComponent> = k.object({
    component_name: ComponentName,
    component_roles: z.array(ReportComponentRole),
  });
  const AccessReport: z.ZodMiniType<AccessReport> = k.object({
    components: z.array(ReportAuthorisationComponent),
  });
  const AccessReportResponse: z.ZodMiniType<AccessReportResponse> = k.object({
    status: Status,
    report: AccessReport,
  });
  const RequestStatus: z.ZodMiniType<RequestStatus> = k.enum(RequestStatusValues);
  const RequestAccessTableItem: z.ZodMiniType<RequestAccessTableItem> = k.object({
    username: z.string(),
    request_id: z.number().check(z.int()),
    expiry: z.number().check(z.int()),
    email: z.string(),
    created_timestamp: z.number().check(z.int()),
    updated_timestamp: z.number().check(z.int()),
    status: RequestStatus,
    ui_friendly_status: z.string(),
    request_diff_contents: z.string(),
    complete_contents: z.string(),
    notes: z.string(),
  });
  const AccessRequestList: z.ZodMiniType<AccessRequestList> = k.object({
    items: z.array(RequestAccessTableItem),
  });
  const AccessRequestResponse: z.ZodMiniType<AccessRequestResponse> = k.object({
    status: Status,
  });
  const AccessRequestStatusChange: z.ZodMiniType<AccessRequestStatusChange> = k.object({
    username: z.string(),
    request_id: z.number().check(z.int()),
    desired_state: RequestStatus,
    additional_note: k.optional(z.string()),
  });
  const AddGroupResponse: z.ZodMiniType<AddGroupResponse> = k.object({
    status: Status,
  });
  const AddMemberResponse: z.ZodMiniType<AddMemberResponse> = k.object({
    status: Status,
  });
  const AdminLinkUserAssignRequest: z.ZodMiniType<AdminLinkUserAssignRequest> = k.object({
    username: z.string(),
    person_id: z.string(),
    validate_item: k.optional(z.boolean()),
    force: k.optional(z.boolean()),
  });
  const AdminLinkUserAssignResponse: z.ZodMiniType<AdminLinkUserAssignResponse> = k.object({});
  const AdminLinkUserClearResponse: z.ZodMiniType<AdminLinkUserClearResponse> = k.object({});
  const AdminLinkUserLookupResponse: z.ZodMiniType<AdminLinkUserLookupResponse> = k.object({
    person_id: k.optional(z.string()),
    success: z.boolean(),
  });
  const ChangeStateStatus: z.ZodMiniType<ChangeStateStatus> = k.object({
    state_change: Status,
    email_alert: Status,
  });
  const CheckMembershipResponse: z.ZodMiniType<CheckMembershipResponse> = k.object({
    status: Status,
    is_member: k.optional(z.boolean()),
  });
  const DeleteAccessRequest: z.ZodMiniType<DeleteAccessRequest> = k.object({
    username: z.string(),
    request_id: z.number().check(z.int()),
  });
  const UserGroupMetadata: z.ZodMiniType<UserGroupMetadata> = k.object({
    id: z.string(),
    display_name: z.string(),
    description: z.string(),
    default_data_store_access: k.optional(z.array(z.string())),
  });
  const DescribeGroupResponse: z.ZodMiniType<DescribeGroupResponse> = k.object({
    status: Status,
    group: k.optional(UserGroupMetadata),
  });
  const GroupUser: z.ZodMiniType<GroupUser> = k.object({
    username: z.string(),
    email: k.optional(z.string()),
    first_name: k.optional(z.string()),
    last_name: k.optional(z.string()),
  });
  const GroupsExportResponse: z.ZodMiniType<GroupsExportResponse> = k.object({
    status: Status,
    items: k.optional(z.array(z.record(z.string(), z.unknown()))),
  });
  const ImportMode: z.ZodMiniType<ImportMode> = k.enum(ImportModeValues);
  const GroupsImportRequest: z.ZodMiniType<GroupsImportRequest> = k.object({
    import_mode: ImportMode,
    parse_items: k.optional(z.boolean()),
    allow_entry_deletion: k.optional(z.boolean()),
    trial_mode: k.optional(z.boolean()),
    items: z.array(z.record(z.string(), z.unknown())),
  });
  const GroupsImportStatistics: z.ZodMiniType<GroupsImportStatistics> = k.object({
    old_size: z.number().check(z.int()),
    new_size: z.number().check(z.int()),
    deleted_entries: z.number().check(z.int()),
    overwritten_entries: z.number().check(z.int()),
    new_entries: z.number().check(z.int()),
  });
  const GroupsImportResponse: z.ZodMiniType<GroupsImportResponse> = k.object({
    status: Status,
    trial_mode: z.boolean(),
    statistics: k.optional(GroupsImportStatistics),
    failure_list: k.optional(z.array(z.tuple([z.string(), z.record(z.string(), z.unknown())]))),
  });
  const GroupsRestoreRequest: z.ZodMiniType<GroupsRestoreRequest> = k.object({
    import_mode: ImportMode,
    parse_items: k.optional(z.boolean()),
    allow_entry_deletion: k.optional(z.boolean()),
    trial_mode: k.optional(z.boolean()),
  });
  const ListGroupsResponse: z.ZodMiniType<ListGroupsResponse> = k.object({
    status: Status,
    groups: k.optional(z.array(UserGroupMetadata)),
  });
  const UserGroup: z.ZodMiniType<UserGroup> = k.object({
    id: z.string(),
    display_name: z.string(),
    description: z.string(),
    default_data_store_access: k.optional(z.array(z.string())),
    users: z.array(GroupUser),
  });
  const ListMembersResponse: z.ZodMiniType<ListMembersResponse> = k.object({
    status: Status,
    group: k.optional(UserGroup),
  });
  const ListUserMembershipResponse: z.ZodMiniType<ListUserMembershipResponse> = k.object({
    status: Status,
    groups: k.optional(z.array(UserGroupMetadata)),
  });
  const RemoveGroupResponse: z.ZodMiniType<RemoveGroupResponse> = k.object({
    status: Status,
  });
  const RemoveMemberResponse: z.ZodMiniType<RemoveMemberResponse> = k.object({
    status: Status,
  });
  const RemoveMembersRequest: z.ZodMiniType<RemoveMembersRequest> = k.object({
    group_id: z.string(),
    member_usernames: z.array(z.string()),
  });
  const RequestAddNote: z.ZodMiniType<RequestAddNote> = k.object({
    note: z.string(),
    username: z.string(),
    request_id: z.number().check(z.int()),
  });
  const UpdateGroupResponse: z.ZodMiniType<UpdateGroupResponse> = k.object({
    status: Status,
  });
  const UserLinkReverseLookupResponse: z.ZodMiniType<UserLinkReverseLookupResponse> = k.object({
    usernames: z.array(z.string()),
  });
  const UserLinkUserAssignRequest: z.ZodMiniType<UserLinkUserAssignRequest> = k.object({
    person_id: z.string().check(z.minLength(1)),
  });
  const UserLinkUserAssignResponse: z.ZodMiniType<UserLinkUserAssignResponse> = k.object({});
  const UserLinkUserLookupResponse: z.ZodMiniType<UserLinkUserLookupResponse> = k.object({
    person_id: k.optional(z.string()),
    success: z.boolean(),
  });
  const UserLinkUserValidateRequest: z.ZodMiniType<UserLinkUserValidateRequest> = k.object({
    person_id: z.string(),
  });
  const UserLinkUserValidateResponse: z.ZodMiniType<UserLinkUserValidateResponse> = k.object({
    status: Status,
  });

  return {
    Status,
    User,
    HTTPValidationError,
    ValidationError,
    AccessLevel,
    ComponentName,
    IntendedUserType,
    ReportComponentRole,
    ReportAuthorisationComponent,
    AccessReport,
    AccessReportResponse,
    RequestStatus,
    RequestAccessTableItem,
    AccessRequestList,
    AccessRequestResponse,
    AccessRequestStatusChange,
    AddGroupResponse,
    AddMemberResponse,
    AdminLinkUserAssignRequest,
    AdminLinkUserAssignResponse,
    AdminLinkUserClearResponse,
    AdminLinkUserLookupResponse,
    ChangeStateStatus,
    CheckMembershipResponse,
    DeleteAccessRequest,
    UserGroupMetadata,
    DescribeGroupResponse,
    GroupUser,
    GroupsExportResponse,
    ImportMode,
    GroupsImportRequest,
    GroupsImportStatistics,
    GroupsImportResponse,
    GroupsRestoreRequest,
    ListGroupsResponse,
    UserGroup,
    ListMembersResponse,
    ListUserMembershipResponse,
    RemoveGroupResponse,
    RemoveMemberResponse,
    RemoveMembersRequest,
    RequestAddNote,
    UpdateGroupResponse,
    UserLinkReverseLookupResponse,
    UserLinkUserAssignRequest,
    UserLinkUserAssignResponse,
    UserLinkUserLookupResponse,
    UserLinkUserValidateRequest,
    UserLinkUserValidateResponse,
  };
}

/** The Auth models, built lazily per mode: `AuthModels.lenient.X` (default) or `.strict.X` (tests). */
export const AuthModels: ModelSet<AuthModelSet> = defineModels((k) => buildAuthModels(k));
