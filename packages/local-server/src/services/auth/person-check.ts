// The registry calls the link routes make upstream, done in-process through the registry's
// own handlers' logic (so status codes and details are the registry's), with the Auth API's
// wrapping of them (registry 401 → 401, any other non-200 or a failed status → 500):
// - user assign/validate: `GET /registry/agent/person/auth/configuration?id=` with the
//   caller's token (route roles, then owner / registry admin / item admin, then subtype),
//   after which the Auth API checks `owner == username` itself;
// - admin assign with `validate_item`: `GET /registry/agent/person/fetch?id=` with the
//   admin's token (the Person must exist and be readable; ownership is not checked).
import type { AccessSettings } from "@provena-sdk/models/registry";
import { hasAllRoles, AUTH_DETAILS, type AuthenticatedUser } from "../../auth/bearer.js";
import type { Reply } from "../../http/reply.js";
import { findOperation } from "../../spec/operations.js";
import type { ServiceContext } from "../context.js";
import { fromToken } from "../registry/actor.js";
import { fetchItem } from "../registry/read-ops.js";
import { getAccessSettings } from "../registry/settings-ops.js";
import { subtypeDefinition, type SubtypeDefinition } from "../registry/subtypes.js";
import { pythonRepr } from "./python-repr.js";

const AUTH_CONFIG_KEY = "GET /registry/agent/person/auth/configuration";
const FETCH_KEY = "GET /registry/agent/person/fetch";

export type CheckOutcome<T> = { ok: true; value: T } | { ok: false; status: number; detail: string };

function personDefinition(): SubtypeDefinition {
  const def = subtypeDefinition("PERSON");
  if (def === undefined) throw new Error("The registry's subtype table has no PERSON.");
  return def;
}

/** The registry's answer when the token lacks the route's roles, else undefined. */
function routeRefusal(key: string, user: AuthenticatedUser): Reply | undefined {
  const operation = findOperation("registry", key);
  if (operation === undefined || hasAllRoles(user, operation.auth)) return undefined;
  return { status: 401, json: { detail: AUTH_DETAILS.missingRole } };
}

function detailOf(reply: Reply): string {
  const json = reply.json as { detail?: unknown } | undefined;
  return typeof json?.detail === "string" ? json.detail : JSON.stringify(json?.detail ?? reply.text ?? "Unknown");
}

/** User assign/validate: the Person's access settings, as the registry shows them to the caller. */
export function personAccessSettings(context: ServiceContext, id: string, user: AuthenticatedUser): CheckOutcome<AccessSettings> {
  const reply = routeRefusal(AUTH_CONFIG_KEY, user) ?? getAccessSettings(context, personDefinition(), fromToken(user), id);
  if (reply.status === 200) return { ok: true, value: reply.json as AccessSettings };
  const details = detailOf(reply);
  return reply.status === 401
    ? { ok: false, status: 401, detail: `Registry did not grant access to the auth configuration for this person. Details: ${details}.` }
    : { ok: false, status: 500, detail: `Unexpected non 200 status code in Registry person auth configuration fetch. Status code: ${reply.status}. Details: ${details}.` };
}

/** Admin assign with `validate_item`: the Person exists and the admin may fetch it. */
export function personExists(context: ServiceContext, id: string, user: AuthenticatedUser): CheckOutcome<true> {
  const reply = routeRefusal(FETCH_KEY, user) ?? fetchItem(context, personDefinition(), fromToken(user), id, false);
  if (reply.status === 200) {
    const status = (reply.json as { status?: { success?: boolean; details?: string } } | undefined)?.status;
    if (status?.success === true) return { ok: true, value: true };
    return { ok: false, status: 500, detail: `Registry fetch response id=${pythonRepr(id)} indicated status failure - details: ${status?.details ?? "Unknown"}.` };
  }
  const details = detailOf(reply);
  return reply.status === 401
    ? { ok: false, status: 401, detail: `Registry did not grant access to the person with id ${id}. Details: ${details}.` }
    : { ok: false, status: 500, detail: `Unexpected non 200 status code in Registry person id=${pythonRepr(id)} fetch. Status code: ${reply.status}. Details: ${details}.` };
}
