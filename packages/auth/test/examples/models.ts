import { AuthModels, type UserLinkUserLookupResponse } from "@provena-sdk/auth/models";

// Link lookups have no status envelope: `{ person_id, success }`, with `person_id: null` when unlinked.
const link: UserLinkUserLookupResponse = AuthModels.lenient.UserLinkUserLookupResponse.parse({ person_id: null, success: false });
console.error(link.success ? link.person_id : "not linked");

// Request bodies carry upstream's 422 rules: an empty person id is rejected.
console.error(AuthModels.strict.UserLinkUserAssignRequest.safeParse({ person_id: "" }).success); // false
