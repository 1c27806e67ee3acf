// Builds the client of one subtype from its definition (SUBTYPE_TABLE row and models). Every action is written once in
// the *-actions modules; this file only decides which of them the route set exposes, and that
// decision mirrors the SubtypeClient type.
import type { RegistryContext } from "../context.js";
import { authActions, lockActions, subtypeAdminActions } from "./access-actions.js";
import { schemaAction, validateAction } from "./describe-actions.js";
import { fetchAction } from "./fetch-action.js";
import { listAction, listAllAction } from "./list-action.js";
import type { RouteScope } from "./route-scope.js";
import { plainScope, proxyScope } from "./route-scope.js";
import type { SubtypeDefinition } from "./definitions.js";
import type { SubtypeKey } from "./table.js";
import type { SubtypeClient, UserContext } from "./types.js";
import { versionAction, writeActions } from "./write-actions.js";

function proxyActions(scope: RouteScope): Record<string, unknown> {
  const { entry } = scope;
  const writes = entry.routes === "SERVICE_PROXY" ? writeActions(scope) : {};
  const version = entry.versionRoute === "proxy" ? { version: versionAction(scope) } : {};
  return { fetch: fetchAction(scope), ...writes, ...version };
}

export function createSubtypeClient<K extends SubtypeKey>(context: RegistryContext, definition: SubtypeDefinition<K>): SubtypeClient<K> {
  const { entry } = definition;
  const scope = plainScope(context, definition);
  const list = listAction(scope);
  const client: Record<string, unknown> = {
    subtype: entry.subtype,
    fetch: fetchAction(scope),
    list,
    listAll: listAllAction(scope),
    validate: validateAction(scope),
    schema: schemaAction(scope, "schema"),
    uiSchema: schemaAction(scope, "ui_schema"),
    auth: authActions(scope),
    locks: lockActions(scope),
    admin: subtypeAdminActions(scope),
    proxy: (user: UserContext) => proxyActions(proxyScope(scope, user)),
  };
  if (entry.routes === "STANDARD") Object.assign(client, writeActions(scope));
  if (entry.versionRoute === "plain") client["version"] = versionAction(scope);
  if (entry.releaseReviews) {
    if (definition.reviewing === undefined) throw new TypeError(`The ${definition.key} definition has no release-review actions`);
    Object.assign(client, definition.reviewing(scope));
  }
  return client as SubtypeClient<K>;
}
