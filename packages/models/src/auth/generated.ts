// GENERATED FILE: do not edit by hand.
// Source: specs/provena/auth.json (44 component schemas, plus 4 shared ones from @provena-sdk/http-core and 1 from ../registry/generated.js).
// Regenerate with `node scripts/openapi-to-zod.mjs` (add `--check` to only detect drift).
// Rules behaviour.md states but the spec cannot show, added by the generator: UserLinkUserAssignRequest.person_id {"minLength":1}.

import * as z from "zod/mini";
import { type BuildModelsOptions, defineModel, defineModels, HTTPValidationErrorSchema, type ModelKit, type ModelSet, StatusSchema, type UnknownString, UserSchema, ValidationErrorSchema } from "@provena-sdk/http-core";
import type { Status, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
export type { Status, User, HTTPValidationError, ValidationError } from "@provena-sdk/http-core";
import { ImportModeSchema } from "../registry/generated.js";
import type { ImportMode } from "../registry/generated.js";
export { ImportModeValues, ImportModeSchema } from "../registry/generated.js";
export type { ImportMode } from "../registry/generated.js";

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

// ---- Models (each built on first use, per validation mode) ----

/** Validates a {@link AccessLevel}; built on first use per validation mode (`AccessLevelSchema("lenient")`). */
export const AccessLevelSchema = /* @__PURE__ */ defineModel<AccessLevel>((k, _o) =>
  k.enum(AccessLevelValues),
);

/** Validates a {@link ComponentName}; built on first use per validation mode (`ComponentNameSchema("lenient")`). */
export const ComponentNameSchema = /* @__PURE__ */ defineModel<ComponentName>((k, _o) =>
  k.enum(ComponentNameValues),
);

/** Validates a {@link IntendedUserType}; built on first use per validation mode (`IntendedUserTypeSchema("lenient")`). */
export const IntendedUserTypeSchema = /* @__PURE__ */ defineModel<IntendedUserType>((k, _o) =>
  k.enum(IntendedUserTypeValues),
);

/** Validates a {@link ReportComponentRole}; built on first use per validation mode (`ReportComponentRoleSchema("lenient")`). */
export const ReportComponentRoleSchema = /* @__PURE__ */ defineModel<ReportComponentRole>((k, o) =>
  k.object({
      role_name: z.string(),
      role_display_name: z.string(),
      role_level: AccessLevelSchema(k, o),
      description: z.string(),
      intended_users: z.array(IntendedUserTypeSchema(k, o)),
      access_granted: z.boolean(),
    }),
);

/** Validates a {@link ReportAuthorisationComponent}; built on first use per validation mode (`ReportAuthorisationComponentSchema("lenient")`). */
export const ReportAuthorisationComponentSchema = /* @__PURE__ */ defineModel<ReportAuthorisationComponent>((k, o) =>
  k.object({
      component_name: ComponentNameSchema(k, o),
      component_roles: z.array(ReportComponentRoleSchema(k, o)),
    }),
);

/** Validates a {@link AccessReport}; built on first use per validation mode (`AccessReportSchema("lenient")`). */
export const AccessReportSchema = /* @__PURE__ */ defineModel<AccessReport>((k, o) =>
  k.object({
      components: z.array(ReportAuthorisationComponentSchema(k, o)),
    }),
);

/** Validates a {@link AccessReportResponse}; built on first use per validation mode (`AccessReportResponseSchema("lenient")`). */
export const AccessReportResponseSchema = /* @__PURE__ */ defineModel<AccessReportResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      report: AccessReportSchema(k, o),
    }),
);

/** Validates a {@link RequestStatus}; built on first use per validation mode (`RequestStatusSchema("lenient")`). */
export const RequestStatusSchema = /* @__PURE__ */ defineModel<RequestStatus>((k, _o) =>
  k.enum(RequestStatusValues),
);

/** Validates a {@link RequestAccessTableItem}; built on first use per validation mode (`RequestAccessTableItemSchema("lenient")`). */
export const RequestAccessTableItemSchema = /* @__PURE__ */ defineModel<RequestAccessTableItem>((k, o) =>
  k.object({
      username: z.string(),
      request_id: z.number().check(z.int()),
      expiry: z.number().check(z.int()),
      email: z.string(),
      created_timestamp: z.number().check(z.int()),
      updated_timestamp: z.number().check(z.int()),
      status: RequestStatusSchema(k, o),
      ui_friendly_status: z.string(),
      request_diff_contents: z.string(),
      complete_contents: z.string(),
      notes: z.string(),
    }),
);

/** Validates a {@link AccessRequestList}; built on first use per validation mode (`AccessRequestListSchema("lenient")`). */
export const AccessRequestListSchema = /* @__PURE__ */ defineModel<AccessRequestList>((k, o) =>
  k.object({
      items: z.array(RequestAccessTableItemSchema(k, o)),
    }),
);

/** Validates a {@link AccessRequestResponse}; built on first use per validation mode (`AccessRequestResponseSchema("lenient")`). */
export const AccessRequestResponseSchema = /* @__PURE__ */ defineModel<AccessRequestResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
    }),
);

/** Validates a {@link AccessRequestStatusChange}; built on first use per validation mode (`AccessRequestStatusChangeSchema("lenient")`). */
export const AccessRequestStatusChangeSchema = /* @__PURE__ */ defineModel<AccessRequestStatusChange>((k, o) =>
  k.object({
      username: z.string(),
      request_id: z.number().check(z.int()),
      desired_state: RequestStatusSchema(k, o),
      additional_note: k.optional(z.string()),
    }),
);

/** Validates a {@link AddGroupResponse}; built on first use per validation mode (`AddGroupResponseSchema("lenient")`). */
export const AddGroupResponseSchema = /* @__PURE__ */ defineModel<AddGroupResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
    }),
);

/** Validates a {@link AddMemberResponse}; built on first use per validation mode (`AddMemberResponseSchema("lenient")`). */
export const AddMemberResponseSchema = /* @__PURE__ */ defineModel<AddMemberResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
    }),
);

/** Validates a {@link AdminLinkUserAssignRequest}; built on first use per validation mode (`AdminLinkUserAssignRequestSchema("lenient")`). */
export const AdminLinkUserAssignRequestSchema = /* @__PURE__ */ defineModel<AdminLinkUserAssignRequest>((k, _o) =>
  k.object({
      username: z.string(),
      person_id: z.string(),
      validate_item: k.optional(z.boolean()),
      force: k.optional(z.boolean()),
    }),
);

/** Validates a {@link AdminLinkUserAssignResponse}; built on first use per validation mode (`AdminLinkUserAssignResponseSchema("lenient")`). */
export const AdminLinkUserAssignResponseSchema = /* @__PURE__ */ defineModel<AdminLinkUserAssignResponse>((k, _o) =>
  k.object({}),
);

/** Validates a {@link AdminLinkUserClearResponse}; built on first use per validation mode (`AdminLinkUserClearResponseSchema("lenient")`). */
export const AdminLinkUserClearResponseSchema = /* @__PURE__ */ defineModel<AdminLinkUserClearResponse>((k, _o) =>
  k.object({}),
);

/** Validates a {@link AdminLinkUserLookupResponse}; built on first use per validation mode (`AdminLinkUserLookupResponseSchema("lenient")`). */
export const AdminLinkUserLookupResponseSchema = /* @__PURE__ */ defineModel<AdminLinkUserLookupResponse>((k, _o) =>
  k.object({
      person_id: k.optional(z.string()),
      success: z.boolean(),
    }),
);

/** Validates a {@link ChangeStateStatus}; built on first use per validation mode (`ChangeStateStatusSchema("lenient")`). */
export const ChangeStateStatusSchema = /* @__PURE__ */ defineModel<ChangeStateStatus>((k, o) =>
  k.object({
      state_change: StatusSchema(k, o),
      email_alert: StatusSchema(k, o),
    }),
);

/** Validates a {@link CheckMembershipResponse}; built on first use per validation mode (`CheckMembershipResponseSchema("lenient")`). */
export const CheckMembershipResponseSchema = /* @__PURE__ */ defineModel<CheckMembershipResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      is_member: k.optional(z.boolean()),
    }),
);

/** Validates a {@link DeleteAccessRequest}; built on first use per validation mode (`DeleteAccessRequestSchema("lenient")`). */
export const DeleteAccessRequestSchema = /* @__PURE__ */ defineModel<DeleteAccessRequest>((k, _o) =>
  k.object({
      username: z.string(),
      request_id: z.number().check(z.int()),
    }),
);

/** Validates a {@link UserGroupMetadata}; built on first use per validation mode (`UserGroupMetadataSchema("lenient")`). */
export const UserGroupMetadataSchema = /* @__PURE__ */ defineModel<UserGroupMetadata>((k, _o) =>
  k.object({
      id: z.string(),
      display_name: z.string(),
      description: z.string(),
      default_data_store_access: k.optional(z.array(z.string())),
    }),
);

/** Validates a {@link DescribeGroupResponse}; built on first use per validation mode (`DescribeGroupResponseSchema("lenient")`). */
export const DescribeGroupResponseSchema = /* @__PURE__ */ defineModel<DescribeGroupResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      group: k.optional(UserGroupMetadataSchema(k, o)),
    }),
);

/** Validates a {@link GroupUser}; built on first use per validation mode (`GroupUserSchema("lenient")`). */
export const GroupUserSchema = /* @__PURE__ */ defineModel<GroupUser>((k, _o) =>
  k.object({
      username: z.string(),
      email: k.optional(z.string()),
      first_name: k.optional(z.string()),
      last_name: k.optional(z.string()),
    }),
);

/** Validates a {@link GroupsExportResponse}; built on first use per validation mode (`GroupsExportResponseSchema("lenient")`). */
export const GroupsExportResponseSchema = /* @__PURE__ */ defineModel<GroupsExportResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      items: k.optional(z.array(z.record(z.string(), z.unknown()))),
    }),
);

/** Validates a {@link GroupsImportRequest}; built on first use per validation mode (`GroupsImportRequestSchema("lenient")`). */
export const GroupsImportRequestSchema = /* @__PURE__ */ defineModel<GroupsImportRequest>((k, o) =>
  k.object({
      import_mode: ImportModeSchema(k, o),
      parse_items: k.optional(z.boolean()),
      allow_entry_deletion: k.optional(z.boolean()),
      trial_mode: k.optional(z.boolean()),
      items: z.array(z.record(z.string(), z.unknown())),
    }),
);

/** Validates a {@link GroupsImportStatistics}; built on first use per validation mode (`GroupsImportStatisticsSchema("lenient")`). */
export const GroupsImportStatisticsSchema = /* @__PURE__ */ defineModel<GroupsImportStatistics>((k, _o) =>
  k.object({
      old_size: z.number().check(z.int()),
      new_size: z.number().check(z.int()),
      deleted_entries: z.number().check(z.int()),
      overwritten_entries: z.number().check(z.int()),
      new_entries: z.number().check(z.int()),
    }),
);

/** Validates a {@link GroupsImportResponse}; built on first use per validation mode (`GroupsImportResponseSchema("lenient")`). */
export const GroupsImportResponseSchema = /* @__PURE__ */ defineModel<GroupsImportResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      trial_mode: z.boolean(),
      statistics: k.optional(GroupsImportStatisticsSchema(k, o)),
      failure_list: k.optional(z.array(z.tuple([z.string(), z.record(z.string(), z.unknown())]))),
    }),
);

/** Validates a {@link GroupsRestoreRequest}; built on first use per validation mode (`GroupsRestoreRequestSchema("lenient")`). */
export const GroupsRestoreRequestSchema = /* @__PURE__ */ defineModel<GroupsRestoreRequest>((k, o) =>
  k.object({
      import_mode: ImportModeSchema(k, o),
      parse_items: k.optional(z.boolean()),
      allow_entry_deletion: k.optional(z.boolean()),
      trial_mode: k.optional(z.boolean()),
    }),
);

/** Validates a {@link ListGroupsResponse}; built on first use per validation mode (`ListGroupsResponseSchema("lenient")`). */
export const ListGroupsResponseSchema = /* @__PURE__ */ defineModel<ListGroupsResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      groups: k.optional(z.array(UserGroupMetadataSchema(k, o))),
    }),
);

/** Validates a {@link UserGroup}; built on first use per validation mode (`UserGroupSchema("lenient")`). */
export const UserGroupSchema = /* @__PURE__ */ defineModel<UserGroup>((k, o) =>
  k.object({
      id: z.string(),
      display_name: z.string(),
      description: z.string(),
      default_data_store_access: k.optional(z.array(z.string())),
      users: z.array(GroupUserSchema(k, o)),
    }),
);

/** Validates a {@link ListMembersResponse}; built on first use per validation mode (`ListMembersResponseSchema("lenient")`). */
export const ListMembersResponseSchema = /* @__PURE__ */ defineModel<ListMembersResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      group: k.optional(UserGroupSchema(k, o)),
    }),
);

/** Validates a {@link ListUserMembershipResponse}; built on first use per validation mode (`ListUserMembershipResponseSchema("lenient")`). */
export const ListUserMembershipResponseSchema = /* @__PURE__ */ defineModel<ListUserMembershipResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
      groups: k.optional(z.array(UserGroupMetadataSchema(k, o))),
    }),
);

/** Validates a {@link RemoveGroupResponse}; built on first use per validation mode (`RemoveGroupResponseSchema("lenient")`). */
export const RemoveGroupResponseSchema = /* @__PURE__ */ defineModel<RemoveGroupResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
    }),
);

/** Validates a {@link RemoveMemberResponse}; built on first use per validation mode (`RemoveMemberResponseSchema("lenient")`). */
export const RemoveMemberResponseSchema = /* @__PURE__ */ defineModel<RemoveMemberResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
    }),
);

/** Validates a {@link RemoveMembersRequest}; built on first use per validation mode (`RemoveMembersRequestSchema("lenient")`). */
export const RemoveMembersRequestSchema = /* @__PURE__ */ defineModel<RemoveMembersRequest>((k, _o) =>
  k.object({
      group_id: z.string(),
      member_usernames: z.array(z.string()),
    }),
);

/** Validates a {@link RequestAddNote}; built on first use per validation mode (`RequestAddNoteSchema("lenient")`). */
export const RequestAddNoteSchema = /* @__PURE__ */ defineModel<RequestAddNote>((k, _o) =>
  k.object({
      note: z.string(),
      username: z.string(),
      request_id: z.number().check(z.int()),
    }),
);

/** Validates a {@link UpdateGroupResponse}; built on first use per validation mode (`UpdateGroupResponseSchema("lenient")`). */
export const UpdateGroupResponseSchema = /* @__PURE__ */ defineModel<UpdateGroupResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
    }),
);

/** Validates a {@link UserLinkReverseLookupResponse}; built on first use per validation mode (`UserLinkReverseLookupResponseSchema("lenient")`). */
export const UserLinkReverseLookupResponseSchema = /* @__PURE__ */ defineModel<UserLinkReverseLookupResponse>((k, _o) =>
  k.object({
      usernames: z.array(z.string()),
    }),
);

/** Validates a {@link UserLinkUserAssignRequest}; built on first use per validation mode (`UserLinkUserAssignRequestSchema("lenient")`). */
export const UserLinkUserAssignRequestSchema = /* @__PURE__ */ defineModel<UserLinkUserAssignRequest>((k, _o) =>
  k.object({
      person_id: z.string().check(z.minLength(1)),
    }),
);

/** Validates a {@link UserLinkUserAssignResponse}; built on first use per validation mode (`UserLinkUserAssignResponseSchema("lenient")`). */
export const UserLinkUserAssignResponseSchema = /* @__PURE__ */ defineModel<UserLinkUserAssignResponse>((k, _o) =>
  k.object({}),
);

/** Validates a {@link UserLinkUserLookupResponse}; built on first use per validation mode (`UserLinkUserLookupResponseSchema("lenient")`). */
export const UserLinkUserLookupResponseSchema = /* @__PURE__ */ defineModel<UserLinkUserLookupResponse>((k, _o) =>
  k.object({
      person_id: k.optional(z.string()),
      success: z.boolean(),
    }),
);

/** Validates a {@link UserLinkUserValidateRequest}; built on first use per validation mode (`UserLinkUserValidateRequestSchema("lenient")`). */
export const UserLinkUserValidateRequestSchema = /* @__PURE__ */ defineModel<UserLinkUserValidateRequest>((k, _o) =>
  k.object({
      person_id: z.string(),
    }),
);

/** Validates a {@link UserLinkUserValidateResponse}; built on first use per validation mode (`UserLinkUserValidateResponseSchema("lenient")`). */
export const UserLinkUserValidateResponseSchema = /* @__PURE__ */ defineModel<UserLinkUserValidateResponse>((k, o) =>
  k.object({
      status: StatusSchema(k, o),
    }),
);

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
export const AUTH_FORBIDS_EXTRA: ReadonlySet<AuthModelName> = /* @__PURE__ */ new Set<AuthModelName>([]);

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

/** Builds every Auth model for the kit's mode. Most callers want {@link AuthModels}, or one `<Name>Schema`. */
export function buildAuthModels(k: ModelKit, options: BuildModelsOptions = {}): AuthModelSet {
  return {
    Status: StatusSchema(k, options),
    User: UserSchema(k, options),
    HTTPValidationError: HTTPValidationErrorSchema(k, options),
    ValidationError: ValidationErrorSchema(k, options),
    AccessLevel: AccessLevelSchema(k, options),
    ComponentName: ComponentNameSchema(k, options),
    IntendedUserType: IntendedUserTypeSchema(k, options),
    ReportComponentRole: ReportComponentRoleSchema(k, options),
    ReportAuthorisationComponent: ReportAuthorisationComponentSchema(k, options),
    AccessReport: AccessReportSchema(k, options),
    AccessReportResponse: AccessReportResponseSchema(k, options),
    RequestStatus: RequestStatusSchema(k, options),
    RequestAccessTableItem: RequestAccessTableItemSchema(k, options),
    AccessRequestList: AccessRequestListSchema(k, options),
    AccessRequestResponse: AccessRequestResponseSchema(k, options),
    AccessRequestStatusChange: AccessRequestStatusChangeSchema(k, options),
    AddGroupResponse: AddGroupResponseSchema(k, options),
    AddMemberResponse: AddMemberResponseSchema(k, options),
    AdminLinkUserAssignRequest: AdminLinkUserAssignRequestSchema(k, options),
    AdminLinkUserAssignResponse: AdminLinkUserAssignResponseSchema(k, options),
    AdminLinkUserClearResponse: AdminLinkUserClearResponseSchema(k, options),
    AdminLinkUserLookupResponse: AdminLinkUserLookupResponseSchema(k, options),
    ChangeStateStatus: ChangeStateStatusSchema(k, options),
    CheckMembershipResponse: CheckMembershipResponseSchema(k, options),
    DeleteAccessRequest: DeleteAccessRequestSchema(k, options),
    UserGroupMetadata: UserGroupMetadataSchema(k, options),
    DescribeGroupResponse: DescribeGroupResponseSchema(k, options),
    GroupUser: GroupUserSchema(k, options),
    GroupsExportResponse: GroupsExportResponseSchema(k, options),
    ImportMode: ImportModeSchema(k, options),
    GroupsImportRequest: GroupsImportRequestSchema(k, options),
    GroupsImportStatistics: GroupsImportStatisticsSchema(k, options),
    GroupsImportResponse: GroupsImportResponseSchema(k, options),
    GroupsRestoreRequest: GroupsRestoreRequestSchema(k, options),
    ListGroupsResponse: ListGroupsResponseSchema(k, options),
    UserGroup: UserGroupSchema(k, options),
    ListMembersResponse: ListMembersResponseSchema(k, options),
    ListUserMembershipResponse: ListUserMembershipResponseSchema(k, options),
    RemoveGroupResponse: RemoveGroupResponseSchema(k, options),
    RemoveMemberResponse: RemoveMemberResponseSchema(k, options),
    RemoveMembersRequest: RemoveMembersRequestSchema(k, options),
    RequestAddNote: RequestAddNoteSchema(k, options),
    UpdateGroupResponse: UpdateGroupResponseSchema(k, options),
    UserLinkReverseLookupResponse: UserLinkReverseLookupResponseSchema(k, options),
    UserLinkUserAssignRequest: UserLinkUserAssignRequestSchema(k, options),
    UserLinkUserAssignResponse: UserLinkUserAssignResponseSchema(k, options),
    UserLinkUserLookupResponse: UserLinkUserLookupResponseSchema(k, options),
    UserLinkUserValidateRequest: UserLinkUserValidateRequestSchema(k, options),
    UserLinkUserValidateResponse: UserLinkUserValidateResponseSchema(k, options),
  };
}

/** The Auth models, built lazily per mode: `AuthModels.lenient.X` (default) or `.strict.X` (tests). */
export const AuthModels: ModelSet<AuthModelSet> = /* @__PURE__ */ defineModels((k) => buildAuthModels(k));
