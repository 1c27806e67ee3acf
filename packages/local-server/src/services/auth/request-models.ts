// The Auth API's request models with pydantic v1 semantics, built from the shared wire models
// with the server kit. `min_anystr_length = 1` applies to the link request models upstream;
// the generator only knows it for the user assign request, so the other two get it here.
import { buildAuthModels } from "@provena-sdk/models/auth";
import { z } from "zod";
import { serverModelKit, serverModels } from "../common/server-model-kit.js";

const built = serverModels(buildAuthModels)();

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
  UserLinkUserValidateRequest: serverModelKit.object({ person_id: nonEmpty }),
  AdminLinkUserAssignRequest: serverModelKit.object({
    username: nonEmpty,
    person_id: nonEmpty,
    validate_item: z.boolean().optional(),
    force: z.boolean().optional(),
  }),
} as const;
