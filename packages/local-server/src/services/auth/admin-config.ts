// `GET /admin/config`: upstream dumps its settings as a `.env`-style dict (required ones only
// by default). The local server answers with the settings that mean something here.
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { jsonReply } from "../../http/reply.js";
import type { OperationHandler } from "../handler.js";
import { MINIMUM_REQUEST_WAITING_TIME_DAYS, REQUEST_EXPIRY_DAYS } from "./access-requests.js";
import { GROUPS_TABLE } from "./groups.js";

export const adminConfig: OperationHandler<AuthenticatedUser> = ({ query, context }) => {
  const required: Record<string, string> = {
    keycloak_endpoint: context.realm.issuer,
    stage: "LOCAL",
    registry_api_endpoint: context.endpoints.registry ?? "",
    job_api_endpoint: context.endpoints.jobs ?? "",
    access_request_table_name: "auth.access-requests",
    user_groups_table_name: GROUPS_TABLE,
    username_person_link_table_name: "auth.links",
  };
  if (query.required_only !== false) return jsonReply(200, required);
  return jsonReply(200, {
    ...required,
    request_expiry_days: String(REQUEST_EXPIRY_DAYS),
    minimum_request_waiting_time_days: String(MINIMUM_REQUEST_WAITING_TIME_DAYS),
    link_update_registry_connection: "True",
  });
};
