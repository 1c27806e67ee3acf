// `GET /admin/config`: the service's settings as upstream's config-file generator reports
// them (environment-variable names to values). `required_only` (default true) leaves out
// the settings that have defaults. Nothing secret is part of it.
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { jsonReply } from "../../http/reply.js";
import type { OperationHandler } from "../handler.js";
import { SEARCH_SETTINGS } from "./search-settings.js";

export const searchAdminConfig: OperationHandler<AuthenticatedUser> = ({ query, context }) => {
  const required: Record<string, string> = {
    KEYCLOAK_ENDPOINT: context.realm.issuer,
    SEARCH_DOMAIN: context.endpoints.search,
    REGISTRY_INDEX: SEARCH_SETTINGS.registryIndex,
  };
  if (query.required_only !== false) return jsonReply(200, required);
  return jsonReply(200, {
    ...required,
    DEFAULT_QUERY_SIZE: String(SEARCH_SETTINGS.defaultQuerySize),
    MAX_QUERY_SIZE: String(SEARCH_SETTINGS.maxQuerySize),
    TEST_MODE: "False",
    MONITORING_ENABLED: "False",
  });
};
