// Every per-subtype route, generated from the SUBTYPES table: one set of action handlers,
// mounted under each subtype's prefix according to its route set (STANDARD / READ_ONLY /
// SERVICE_PROXY) and version route (behaviour.md §2.1–§2.2).
import type { AuthenticatedUser } from "../../auth/bearer.js";
import { jsonReply, type Reply } from "../../http/reply.js";
import type { OperationHandler, OperationRequest } from "../handler.js";
import { fromToken, proxiedActor, type Actor } from "./actor.js";
import { parseBody, parseValue, readJson, requireBody } from "../common/request-body.js";
import { customValidationFailure } from "./custom-validation.js";
import { parseDomainInfo } from "./domain-info.js";
import { DOMAIN_INFO_SCHEMAS } from "./domain-schemas.generated.js";
import { listRequestIssues, type ListRequest } from "./list-query.js";
import { fetchItem, listItems } from "./read-ops.js";
import { registryStore } from "./registry-store.js";
import { requestModel } from "./request-models.js";
import { status, statusReply, typedReply } from "./responses.js";
import { describedRoles } from "./role-catalogue.js";
import { changeLock, evaluateAccess, getAccessSettings, lockHistory, lockStatus, putAccessSettings } from "./settings-ops.js";
import { SUBTYPES, type SubtypeDefinition } from "./subtypes.js";
import { validationReply } from "../common/fastapi-422.js";
import { createItem, deleteItem, PLAIN_UPDATE, revertItem, seedItem, updateItem, versionItem, type WriteEnv } from "./write-ops.js";

type Handler = OperationHandler<AuthenticatedUser>;
type Request = OperationRequest<AuthenticatedUser>;

/** Either role lets a service proxy-fetch; writes need the subtype's own service role. */
const PROXY_FETCH_ROLES = ["data-store-api", "prov-api"] as const;


const queryString = (request: Request, name: string): string => String(request.query[name] ?? "");
const queryFlag = (request: Request, name: string): boolean => request.query[name] === true;
const queryOptional = (request: Request, name: string): string | null => {
  const value = request.query[name];
  return typeof value === "string" ? value : null;
};

/** Runs `act` as the token user (plain) or the X-User-Context user (proxy). */
function as(def: SubtypeDefinition, proxy: "none" | "fetch" | "write", act: (actor: Actor, request: Request) => Reply | Promise<Reply>): Handler {
  return (request) => {
    if (proxy === "none") return act(fromToken(request.user), request);
    const roles = proxy === "fetch" ? PROXY_FETCH_ROLES : def.proxyWriteRole === undefined ? [] : [def.proxyWriteRole];
    const resolved = proxiedActor(request.user, request.http, roles);
    return resolved.ok ? act(resolved.actor, request) : resolved.reply;
  };
}

const env = (def: SubtypeDefinition, actor: Actor, request: Request): WriteEnv => ({ context: request.context, def, actor });

function actions(def: SubtypeDefinition) {
  const fetch = (proxy: "none" | "fetch"): Handler =>
    as(def, proxy, (actor, request) => fetchItem(request.context, def, actor, queryString(request, "id"), queryFlag(request, "seed_allowed")));
  const seed = (proxy: "none" | "write"): Handler => as(def, proxy, (actor, request) => seedItem(env(def, actor, request)));
  const create = (proxy: "none" | "write"): Handler =>
    as(def, proxy, async (actor, request) => {
      const body = await readJson(request.http);
      return body.ok ? createItem(env(def, actor, request), body.value) : body.reply;
    });
  const update = (proxy: "none" | "write"): Handler =>
    as(def, proxy, async (actor, request) => {
      const body = await readJson(request.http);
      if (!body.ok) return body.reply;
      const options =
        proxy === "none"
          ? PLAIN_UPDATE
          : { bypassLock: queryFlag(request, "bypass_item_lock"), excludeHistory: queryFlag(request, "exclude_history_update"), manualGrant: queryFlag(request, "manual_grant") };
      return updateItem(env(def, actor, request), queryString(request, "id"), queryOptional(request, "reason"), body.value, options);
    });
  const revert = (proxy: "none" | "write"): Handler =>
    as(def, proxy, async (actor, request) => {
      const body = await requireBody(request.http, requestModel("ItemRevertRequest"));
      return body.ok ? revertItem(env(def, actor, request), body.value as { id: string; history_id: number; reason: string }) : body.reply;
    });
  const version = (proxy: "none" | "write"): Handler =>
    as(def, proxy, async (actor, request) => {
      const body = await requireBody(request.http, requestModel("VersionRequest"));
      return body.ok ? versionItem(env(def, actor, request), body.value as { id: string; reason: string }) : body.reply;
    });

  const list: Handler = as(def, "none", async (actor, request) => {
    const body = await parseBody(request.http, requestModel("SubtypeListRequest"), true);
    if (!body.ok) return body.reply;
    const listRequest = (body.value ?? {}) as ListRequest;
    const issues = listRequestIssues(listRequest);
    return issues.length > 0 ? validationReply(issues) : listItems(request.context, def, actor, listRequest);
  });
  const validate: Handler = async (request) => {
    const body = await readJson(request.http);
    if (!body.ok) return body.reply;
    const parsed = parseDomainInfo(def.subtype, body.value);
    if (!parsed.ok) return validationReply(parsed.issues);
    const failure = customValidationFailure(registryStore(request.context), def.subtype, parsed.domain);
    return statusReply(failure === undefined, failure ?? "Successfully validated the domain info.");
  };
  const lockChange = (lock: boolean): Handler =>
    as(def, "none", async (actor, request) => {
      const body = await requireBody(request.http, requestModel("LockChangeRequest"));
      return body.ok ? changeLock(request.context, actor, body.value as { id: string; reason: string }, lock) : body.reply;
    });

  const readOnly: Record<string, Handler> = {
    "GET /fetch": fetch("none"),
    "GET /proxy/fetch": fetch("fetch"),
    "POST /list": list,
    "GET /schema": () => typedReply("JsonSchemaResponse", { status: status(true, "Successfully retrieved the JSON schema."), json_schema: DOMAIN_INFO_SCHEMAS[def.subtype] ?? {} }),
    "GET /ui_schema": () => typedReply("UiSchemaResponse", { status: status(true, "Successfully retrieved the UI schema."), ui_schema: {} }),
    "POST /validate": validate,
    "GET /auth/evaluate": as(def, "none", (actor, request) => evaluateAccess(request.context, actor, queryString(request, "id"))),
    "GET /auth/configuration": as(def, "none", (actor, request) => getAccessSettings(request.context, def, actor, queryString(request, "id"))),
    "PUT /auth/configuration": as(def, "none", async (actor, request) => {
      const raw = await readJson(request.http);
      if (!raw.ok) return raw.reply;
      const body = raw.value === undefined || raw.value === null ? await requireBody(request.http, requestModel("AccessSettings")) : parseValue(raw.value, requestModel("AccessSettings"));
      if (!body.ok) return body.reply;
      const settings = body.value as { owner: string; general: string[]; groups: Record<string, string[]> };
      // Group ids are user-chosen keys: zod's record drops a `__proto__` key (it assigns), so the
      // groups come from the validated raw body, copied with own data properties only.
      const rawGroups = (raw.value as { groups: Record<string, string[]> }).groups;
      return putAccessSettings(request.context, def, actor, queryString(request, "id"), { ...settings, groups: Object.fromEntries(Object.entries(rawGroups)) });
    }),
    "GET /auth/roles": () => jsonReply(200, { roles: describedRoles(def.availableRoles) }),
    "PUT /locks/lock": lockChange(true),
    "PUT /locks/unlock": lockChange(false),
    "GET /locks/history": as(def, "none", (actor, request) => lockHistory(request.context, actor, queryString(request, "id"))),
    "GET /locks/locked": as(def, "none", (actor, request) => lockStatus(request.context, actor, queryString(request, "id"))),
    "DELETE /delete": (request) => deleteItem(request.context, queryString(request, "id")),
  };
  const plainWrites: Record<string, Handler> = {
    "POST /seed": seed("none"),
    "POST /create": create("none"),
    "PUT /update": update("none"),
    "PUT /revert": revert("none"),
  };
  const proxyWrites: Record<string, Handler> = {
    "POST /proxy/seed": seed("write"),
    "POST /proxy/create": create("write"),
    "PUT /proxy/update": update("write"),
    "PUT /proxy/revert": revert("write"),
  };
  const versionRoutes: Record<string, Handler> =
    def.versionRoute === "plain" ? { "POST /version": version("none") } : def.versionRoute === "proxy" ? { "POST /proxy/version": version("write") } : {};
  const writes = def.routeSet === "STANDARD" ? plainWrites : def.routeSet === "SERVICE_PROXY" ? proxyWrites : {};
  return { ...readOnly, ...writes, ...versionRoutes };
}

/** `"<METHOD> <prefix><action path>"` → handler, for every subtype. */
export function subtypeRoutes(): Record<string, OperationHandler> {
  const out: Record<string, OperationHandler> = {};
  for (const def of SUBTYPES) {
    for (const [action, handler] of Object.entries(actions(def))) {
      const space = action.indexOf(" ");
      out[`${action.slice(0, space)} ${def.prefix}${action.slice(space + 1)}`] = handler as OperationHandler;
    }
  }
  return out;
}
