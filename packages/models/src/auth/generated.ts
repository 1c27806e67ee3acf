// GENERATED FILE: do not edit by hand.
// Source: specs/provena/auth.json (45 component schemas, plus 4 shared ones from @provena-sdk/http-core).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).
// Rules behaviour.md states but the spec cannot show, added by the generator: UserLinkUserAssignRequest.person_id {"minLength":1}.

import { z } from "zod";
import { buildCommonModels, type BuildModelsOptions, defineModels, type ModelKit, type ModelSet, type UnknownString } from "@provena-sdk/http-core";
import type { Status, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
export type { Status, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";

// ---- Types (what parsing returns in lenient mode; strict mode returns a subset) ----

export const AccessLevelValues = ["READ", "WRITE", "ADMIN"] as const;
/** One of {@link AccessLevelValues}; lenient parsing keeps values this SDK does not know yet. */
export type AccessLevel = (typeof AccessLevelValues)[number] | UnknownString;

export interface AccessReport {
  components: ReportAuthorisationComponent[];
}

export interface AccessReportResponse {
  status: Status;
  report: AccessReport;
}

export interface AccessRequestList {
  items: RequestAccessTableItem[];
}

export interface AccessRequestResponse {
  status: Status;
}

export interface AccessRequestStatusChange {
  username: string;
  request_id: number;
  desired_state: RequestStatus;
  additional_note?: string | null;
}

export interface AddGroupResponse {
  status: Status;
}

export interface AddMemberResponse {
  status: Status;
}

export interface AdminLinkUserAssignRequest {
  username: string;
  person_id: string;
  /** @defaultValue true */
  validate_item?: boolean | null;
  /** @defaultValue false */
  force?: boolean | null;
}

export type AdminLinkUserAssignResponse = Record<string, unknown>;

export type AdminLinkUserClearResponse = Record<string, unknown>;

export interface AdminLinkUserLookupResponse {
  person_id?: string | null;
  success: boolean;
}

export interface ChangeStateStatus {
  state_change: Status;
  email_alert: Status;
}

export interface CheckMembershipResponse {
  status: Status;
  is_member?: boolean | null;
}

export const ComponentNameValues = ["handle-service", "sys-admin", "entity-registry", "job-service"] as const;
/** One of {@link ComponentNameValues}; lenient parsing keeps values this SDK does not know yet. */
export type ComponentName = (typeof ComponentNameValues)[number] | UnknownString;

export interface DeleteAccessRequest {
  username: string;
  request_id: number;
}

export interface DescribeGroupResponse {
  status: Status;
  group?: UserGroupMetadata | null;
}

export interface GroupUser {
  username: string;
  email?: string | null;
  first_name?: string | null;
  last_name?: string | null;
}

export interface GroupsExportResponse {
  status: Status;
  items?: Record<string, unknown>[] | null;
}

export interface GroupsImportRequest {
  import_mode: ImportMode;
  /** @defaultValue true */
  parse_items?: boolean | null;
  /** @defaultValue false */
  allow_entry_deletion?: boolean | null;
  /** @defaultValue true */
  trial_mode?: boolean | null;
  items: Record<string, unknown>[];
}

export interface GroupsImportResponse {
  status: Status;
  trial_mode: boolean;
  statistics?: GroupsImportStatistics | null;
  failure_list?: [string, Record<string, unknown>][] | null;
}

export interface GroupsImportStatistics {
  old_size: number;
  new_size: number;
  deleted_entries: number;
  overwritten_entries: number;
  new_entries: number;
}

export interface GroupsRestoreRequest {
  import_mode: ImportMode;
  /** @defaultValue true */
  parse_items?: boolean | null;
  /** @defaultValue false */
  allow_entry_deletion?: boolean | null;
  /** @defaultValue true */
  trial_mode?: boolean | null;
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

export const IntendedUserTypeValues = ["GENERAL", "ADMINISTRATOR"] as const;
/** One of {@link IntendedUserTypeValues}; lenient parsing keeps values this SDK does not know yet. */
export type IntendedUserType = (typeof IntendedUserTypeValues)[number] | UnknownString;

export interface ListGroupsResponse {
  status: Status;
  groups?: UserGroupMetadata[] | null;
}

export interface ListMembersResponse {
  status: Status;
  group?: UserGroup | null;
}

export interface ListUserMembershipResponse {
  status: Status;
  groups?: UserGroupMetadata[] | null;
}

export interface RemoveGroupResponse {
  status: Status;
}

export interface RemoveMemberResponse {
  status: Status;
}

export interface RemoveMembersRequest {
  group_id: string;
  member_usernames: string[];
}

export interface ReportAuthorisationComponent {
  component_name: ComponentName;
  component_roles: ReportComponentRole[];
}

export interface ReportComponentRole {
  role_name: string;
  role_display_name: string;
  role_level: AccessLevel;
  description: string;
  intended_users: IntendedUserType[];
  access_granted: boolean;
}

export interface RequestAccessTableItem {
  username: string;
  request_id: number;
  expiry: number;
  email: string;
  created_timestamp: number;
  updated_timestamp: number;
  status: RequestStatus;
  ui_friendly_status: string;
  request_diff_contents: string;
  complete_contents: string;
  notes: string;
}

export interface RequestAddNote {
  note: string;
  username: string;
  request_id: number;
}

export const RequestStatusValues = [
  "PENDING_APPROVAL",
  "APPROVED_PENDING_ACTION",
  "DENIED_PENDING_DELETION",
  "ACTIONED_PENDING_DELETION",
] as const;
/** One of {@link RequestStatusValues}; lenient parsing keeps values this SDK does not know yet. */
export type RequestStatus = (typeof RequestStatusValues)[number] | UnknownString;

export interface UpdateGroupResponse {
  status: Status;
}

export interface UserGroup {
  id: string;
  display_name: string;
  description: string;
  default_data_store_access?: string[] | null;
  users: GroupUser[];
}

export interface UserGroupMetadata {
  id: string;
  display_name: string;
  description: string;
  default_data_store_access?: string[] | null;
}

export interface UserLinkReverseLookupResponse {
  usernames: string[];
}

export interface UserLinkUserAssignRequest {
  person_id: string;
}

export type UserLinkUserAssignResponse = Record<string, unknown>;

export interface UserLinkUserLookupResponse {
  person_id?: string | null;
  success: boolean;
}

export interface UserLinkUserValidateRequest {
  person_id: string;
}

export interface UserLinkUserValidateResponse {
  status: Status;
}

// ---- Models ----

/** Every Auth model, as built for one validation mode. */
export interface AuthModelSet {
  readonly Status: z.ZodType<Status>;
  readonly User: z.ZodType<User>;
  readonly HTTPValidationError: z.ZodType<HTTPValidationError>;
  readonly ValidationError: z.ZodType<ValidationError>;
  readonly AccessLevel: z.ZodType<AccessLevel>;
  readonly ComponentName: z.ZodType<ComponentName>;
  readonly IntendedUserType: z.ZodType<IntendedUserType>;
  readonly ReportComponentRole: z.ZodType<ReportComponentRole>;
  readonly ReportAuthorisationComponent: z.ZodType<ReportAuthorisationComponent>;
  readonly AccessReport: z.ZodType<AccessReport>;
  readonly AccessReportResponse: z.ZodType<AccessReportResponse>;
  readonly RequestStatus: z.ZodType<RequestStatus>;
  readonly RequestAccessTableItem: z.ZodType<RequestAccessTableItem>;
  readonly AccessRequestList: z.ZodType<AccessRequestList>;
  readonly AccessRequestResponse: z.ZodType<AccessRequestResponse>;
  readonly AccessRequestStatusChange: z.ZodType<AccessRequestStatusChange>;
  readonly AddGroupResponse: z.ZodType<AddGroupResponse>;
  readonly AddMemberResponse: z.ZodType<AddMemberResponse>;
  readonly AdminLinkUserAssignRequest: z.ZodType<AdminLinkUserAssignRequest>;
  readonly AdminLinkUserAssignResponse: z.ZodType<AdminLinkUserAssignResponse>;
  readonly AdminLinkUserClearResponse: z.ZodType<AdminLinkUserClearResponse>;
  readonly AdminLinkUserLookupResponse: z.ZodType<AdminLinkUserLookupResponse>;
  readonly ChangeStateStatus: z.ZodType<ChangeStateStatus>;
  readonly CheckMembershipResponse: z.ZodType<CheckMembershipResponse>;
  readonly DeleteAccessRequest: z.ZodType<DeleteAccessRequest>;
  readonly UserGroupMetadata: z.ZodType<UserGroupMetadata>;
  readonly DescribeGroupResponse: z.ZodType<DescribeGroupResponse>;
  readonly GroupUser: z.ZodType<GroupUser>;
  readonly GroupsExportResponse: z.ZodType<GroupsExportResponse>;
  readonly ImportMode: z.ZodType<ImportMode>;
  readonly GroupsImportRequest: z.ZodType<GroupsImportRequest>;
  readonly GroupsImportStatistics: z.ZodType<GroupsImportStatistics>;
  readonly GroupsImportResponse: z.ZodType<GroupsImportResponse>;
  readonly GroupsRestoreRequest: z.ZodType<GroupsRestoreRequest>;
  readonly ListGroupsResponse: z.ZodType<ListGroupsResponse>;
  readonly UserGroup: z.ZodType<UserGroup>;
  readonly ListMembersResponse: z.ZodType<ListMembersResponse>;
  readonly ListUserMembershipResponse: z.ZodType<ListUserMembershipResponse>;
  readonly RemoveGroupResponse: z.ZodType<RemoveGroupResponse>;
  readonly RemoveMemberResponse: z.ZodType<RemoveMemberResponse>;
  readonly RemoveMembersRequest: z.ZodType<RemoveMembersRequest>;
  readonly RequestAddNote: z.ZodType<RequestAddNote>;
  readonly UpdateGroupResponse: z.ZodType<UpdateGroupResponse>;
  readonly UserLinkReverseLookupResponse: z.ZodType<UserLinkReverseLookupResponse>;
  readonly UserLinkUserAssignRequest: z.ZodType<UserLinkUserAssignRequest>;
  readonly UserLinkUserAssignResponse: z.ZodType<UserLinkUserAssignResponse>;
  readonly UserLinkUserLookupResponse: z.ZodType<UserLinkUserLookupResponse>;
  readonly UserLinkUserValidateRequest: z.ZodType<UserLinkUserValidateRequest>;
  readonly UserLinkUserValidateResponse: z.ZodType<UserLinkUserValidateResponse>;
}

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

  const AccessLevel: z.ZodType<AccessLevel> = k.enum(AccessLevelValues);
  const ComponentName: z.ZodType<ComponentName> = k.enum(ComponentNameValues);
  const IntendedUserType: z.ZodType<IntendedUserType> = k.enum(IntendedUserTypeValues);
  const ReportComponentRole: z.ZodType<ReportComponentRole> = k.object({
    role_name: z.string(),
    role_display_name: z.string(),
    role_level: AccessLevel,
    description: z.string(),
    intended_users: z.array(IntendedUserType),
    access_granted: z.boolean(),
  });
  const ReportAuthorisationComponent: z.ZodType<ReportAuthorisationComponent> = k.object({
    component_name: ComponentName,
    component_roles: z.array(ReportComponentRole),
  });
  const AccessReport: z.ZodType<AccessReport> = k.object({
    components: z.array(ReportAuthorisationComponent),
  });
  const AccessReportResponse: z.ZodType<AccessReportResponse> = k.object({
    status: Status,
    report: AccessReport,
  });
  const RequestStatus: z.ZodType<RequestStatus> = k.enum(RequestStatusValues);
  const RequestAccessTableItem: z.ZodType<RequestAccessTableItem> = k.object({
    username: z.string(),
    request_id: z.number().int(),
    expiry: z.number().int(),
    email: z.string(),
    created_timestamp: z.number().int(),
    updated_timestamp: z.number().int(),
    status: RequestStatus,
    ui_friendly_status: z.string(),
    request_diff_contents: z.string(),
    complete_contents: z.string(),
    notes: z.string(),
  });
  const AccessRequestList: z.ZodType<AccessRequestList> = k.object({
    items: z.array(RequestAccessTableItem),
  });
  const AccessRequestResponse: z.ZodType<AccessRequestResponse> = k.object({
    status: Status,
  });
  const AccessRequestStatusChange: z.ZodType<AccessRequestStatusChange> = k.object({
    username: z.string(),
    request_id: z.number().int(),
    desired_state: RequestStatus,
    additional_note: k.optional(z.string()),
  });
  const AddGroupResponse: z.ZodType<AddGroupResponse> = k.object({
    status: Status,
  });
  const AddMemberResponse: z.ZodType<AddMemberResponse> = k.object({
    status: Status,
  });
  const AdminLinkUserAssignRequest: z.ZodType<AdminLinkUserAssignRequest> = k.object({
    username: z.string(),
    person_id: z.string(),
    validate_item: k.optional(z.boolean()),
    force: k.optional(z.boolean()),
  });
  const AdminLinkUserAssignResponse: z.ZodType<AdminLinkUserAssignResponse> = k.object({});
  const AdminLinkUserClearResponse: z.ZodType<AdminLinkUserClearResponse> = k.object({});
  const AdminLinkUserLookupResponse: z.ZodType<AdminLinkUserLookupResponse> = k.object({
    person_id: k.optional(z.string()),
    success: z.boolean(),
  });
  const ChangeStateStatus: z.ZodType<ChangeStateStatus> = k.object({
    state_change: Status,
    email_alert: Status,
  });
  const CheckMembershipResponse: z.ZodType<CheckMembershipResponse> = k.object({
    status: Status,
    is_member: k.optional(z.boolean()),
  });
  const DeleteAccessRequest: z.ZodType<DeleteAccessRequest> = k.object({
    username: z.string(),
    request_id: z.number().int(),
  });
  const UserGroupMetadata: z.ZodType<UserGroupMetadata> = k.object({
    id: z.string(),
    display_name: z.string(),
    description: z.string(),
    default_data_store_access: k.optional(z.array(z.string())),
  });
  const DescribeGroupResponse: z.ZodType<DescribeGroupResponse> = k.object({
    status: Status,
    group: k.optional(UserGroupMetadata),
  });
  const GroupUser: z.ZodType<GroupUser> = k.object({
    username: z.string(),
    email: k.optional(z.string()),
    first_name: k.optional(z.string()),
    last_name: k.optional(z.string()),
  });
  const GroupsExportResponse: z.ZodType<GroupsExportResponse> = k.object({
    status: Status,
    items: k.optional(z.array(z.record(z.string(), z.unknown()))),
  });
  const ImportMode: z.ZodType<ImportMode> = k.enum(ImportModeValues);
  const GroupsImportRequest: z.ZodType<GroupsImportRequest> = k.object({
    import_mode: ImportMode,
    parse_items: k.optional(z.boolean()),
    allow_entry_deletion: k.optional(z.boolean()),
    trial_mode: k.optional(z.boolean()),
    items: z.array(z.record(z.string(), z.unknown())),
  });
  const GroupsImportStatistics: z.ZodType<GroupsImportStatistics> = k.object({
    old_size: z.number().int(),
    new_size: z.number().int(),
    deleted_entries: z.number().int(),
    overwritten_entries: z.number().int(),
    new_entries: z.number().int(),
  });
  const GroupsImportResponse: z.ZodType<GroupsImportResponse> = k.object({
    status: Status,
    trial_mode: z.boolean(),
    statistics: k.optional(GroupsImportStatistics),
    failure_list: k.optional(z.array(z.tuple([z.string(), z.record(z.string(), z.unknown())]))),
  });
  const GroupsRestoreRequest: z.ZodType<GroupsRestoreRequest> = k.object({
    import_mode: ImportMode,
    parse_items: k.optional(z.boolean()),
    allow_entry_deletion: k.optional(z.boolean()),
    trial_mode: k.optional(z.boolean()),
  });
  const ListGroupsResponse: z.ZodType<ListGroupsResponse> = k.object({
    status: Status,
    groups: k.optional(z.array(UserGroupMetadata)),
  });
  const UserGroup: z.ZodType<UserGroup> = k.object({
    id: z.string(),
    display_name: z.string(),
    description: z.string(),
    default_data_store_access: k.optional(z.array(z.string())),
    users: z.array(GroupUser),
  });
  const ListMembersResponse: z.ZodType<ListMembersResponse> = k.object({
    status: Status,
    group: k.optional(UserGroup),
  });
  const ListUserMembershipResponse: z.ZodType<ListUserMembershipResponse> = k.object({
    status: Status,
    groups: k.optional(z.array(UserGroupMetadata)),
  });
  const RemoveGroupResponse: z.ZodType<RemoveGroupResponse> = k.object({
    status: Status,
  });
  const RemoveMemberResponse: z.ZodType<RemoveMemberResponse> = k.object({
    status: Status,
  });
  const RemoveMembersRequest: z.ZodType<RemoveMembersRequest> = k.object({
    group_id: z.string(),
    member_usernames: z.array(z.string()),
  });
  const RequestAddNote: z.ZodType<RequestAddNote> = k.object({
    note: z.string(),
    username: z.string(),
    request_id: z.number().int(),
  });
  const UpdateGroupResponse: z.ZodType<UpdateGroupResponse> = k.object({
    status: Status,
  });
  const UserLinkReverseLookupResponse: z.ZodType<UserLinkReverseLookupResponse> = k.object({
    usernames: z.array(z.string()),
  });
  const UserLinkUserAssignRequest: z.ZodType<UserLinkUserAssignRequest> = k.object({
    person_id: z.string().min(1),
  });
  const UserLinkUserAssignResponse: z.ZodType<UserLinkUserAssignResponse> = k.object({});
  const UserLinkUserLookupResponse: z.ZodType<UserLinkUserLookupResponse> = k.object({
    person_id: k.optional(z.string()),
    success: z.boolean(),
  });
  const UserLinkUserValidateRequest: z.ZodType<UserLinkUserValidateRequest> = k.object({
    person_id: z.string(),
  });
  const UserLinkUserValidateResponse: z.ZodType<UserLinkUserValidateResponse> = k.object({
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
