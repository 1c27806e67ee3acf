// The Auth API's request models with pydantic v1 semantics, built from the shared wire models:
// unknown keys are ignored (none of the auth models forbids extras), enums are strict,
// optional fields accept explicit null. `min_anystr_length = 1` applies to the link request
// models upstream; the generator only knows it for the user assign request, so the other two
// get it here.
import { buildAuthModels, type AuthModelSet } from "@provena-sdk/models/auth";
import type { ModelKit } from "@provena-sdk/http-core";
import { z } from "zod";

/** Server-side kit: pydantic's request parsing, not the SDK's lenient response parsing. */
export const pydanticKit: ModelKit = {
  mode: "strict",
  object: (shape) => z.looseObject(shape),
  enum: (values) => z.enum(values as unknown as [string, ...string[]]),
  optional: (schema) => schema.nullable().optional(),
};

const built: AuthModelSet = buildAuthModels(pydanticKit, { forbidExtra: true });

const nonEmpty = z.string().min(1);

export const AuthRequests = {
  AccessReport: built.AccessReport,
  RequestAddNote: built.RequestAddNote,
  AccessRequestStatusChange: built.AccessRequestStatusChange,
  DeleteAccessRequest: built.DeleteAccessRequest,
  GroupUser: built.GroupUser,
  UserGroupMetadata: built.UserGroupMetadata,
  RemoveMembersRequest: built.RemoveMembersRequest,
  GroupsImportRequest: built.GroupsImportRequest,
  GroupsRestoreRequest: built.GroupsRestoreRequest,
  UserGroup: built.UserGroup,
  UserLinkUserAssignRequest: built.UserLinkUserAssignRequest,
  UserLinkUserValidateRequest: z.looseObject({ person_id: nonEmpty }),
  AdminLinkUserAssignRequest: z.looseObject({
    username: nonEmpty,
    person_id: nonEmpty,
    validate_item: z.boolean().optional(),
    force: z.boolean().optional(),
  }),
} as const;
