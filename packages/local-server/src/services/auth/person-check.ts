// The registry calls the link routes make upstream, done in-process against the registry's
// tables and item-access helper, with the status codes and details the registry would answer
// and the Auth API's wrapping of them (registry 401 → 401, anything else → 500):
// - user assign/validate: `GET /registry/agent/person/auth/configuration?id=` with the
//   caller's token, then `owner == username`;
// - admin assign with `validate_item`: `GET /registry/agent/person/fetch?id=` with the
//   admin's token (the Person must exist; ownership is not checked).
import type { AccessSettings } from "@provena-sdk/models/registry";
import { hasAllRoles, AUTH_DETAILS, type AuthenticatedUser } from "../../auth/bearer.js";
import { findOperation } from "../../spec/operations.js";
import { describeItemAccess, allows } from "../registry/access.js";
import { registryTables } from "../registry/tables.js";
import type { ServiceContext } from "../context.js";
import { pythonRepr } from "./python-repr.js";

const PERSON = "PERSON";
const AUTH_CONFIG_KEY = "GET /registry/agent/person/auth/configuration";
const FETCH_KEY = "GET /registry/agent/person/fetch";

/** What the registry would have answered: a value, an HTTP error, or a soft failure. */
type RegistryAnswer<T> = { kind: "ok"; value: T } | { kind: "http"; status: number; detail: string } | { kind: "soft"; details: string };

export type CheckOutcome<T> = { ok: true; value: T } | { ok: false; status: number; detail: string };

function routeRolesMissing(key: string, user: AuthenticatedUser): boolean {
  const operation = findOperation("registry", key);
  return operation !== undefined && !hasAllRoles(user, operation.auth);
}

function registryAuthConfiguration(context: ServiceContext, id: string, user: AuthenticatedUser): RegistryAnswer<AccessSettings> {
  if (routeRolesMissing(AUTH_CONFIG_KEY, user)) return { kind: "http", status: 401, detail: AUTH_DETAILS.missingRole };
  const tables = registryTables(context);
  const item = tables.items.get(id);
  if (item === undefined) {
    return { kind: "http", status: 400, detail: `Item (id=${pythonRepr(id)}) was not present in the registry. Are you sure the id is correct?` };
  }
  const auth = tables.auth.get(id);
  const roles = describeItemAccess(context, id, { username: user.username, roles: user.roles });
  if (auth === undefined || roles === undefined) {
    return { kind: "http", status: 500, detail: "An error occurred while trying to fetch the authorisation configuration of the object. Access denied." };
  }
  if (!allows(roles, "admin")) {
    return { kind: "http", status: 401, detail: `You are not authorised to view the access configuration for item id=${pythonRepr(id)}.` };
  }
  if (item.item_subtype !== PERSON) {
    return {
      kind: "http",
      status: 400,
      detail: `Fetched item with handle ${id} has item subtype of ${item.item_subtype} but expected ${PERSON}. Are you using the correct endpoint route for ${item.item_subtype}'s?.`,
    };
  }
  return { kind: "ok", value: auth.access_settings };
}

function registryFetchPerson(context: ServiceContext, id: string, user: AuthenticatedUser): RegistryAnswer<true> {
  if (routeRolesMissing(FETCH_KEY, user)) return { kind: "http", status: 401, detail: AUTH_DETAILS.missingRole };
  const item = registryTables(context).items.get(id);
  if (item === undefined) return { kind: "soft", details: `Item with id ${id} was not found in the registry.` };
  if (item.item_subtype !== PERSON) {
    return { kind: "soft", details: `The item with id ${id} is of subtype ${item.item_subtype}, not ${PERSON}.` };
  }
  const roles = describeItemAccess(context, id, { username: user.username, roles: user.roles }) ?? [];
  if (!allows(roles, "read")) return { kind: "http", status: 401, detail: "You are not authorised to fetch this item." };
  return { kind: "ok", value: true };
}

/** User assign/validate: the Person's access settings, as the caller may see them. */
export function personAccessSettings(context: ServiceContext, id: string, user: AuthenticatedUser): CheckOutcome<AccessSettings> {
  const answer = registryAuthConfiguration(context, id, user);
  switch (answer.kind) {
    case "ok":
      return { ok: true, value: answer.value };
    case "soft":
      return { ok: false, status: 500, detail: answer.details };
    case "http":
      return answer.status === 401
        ? { ok: false, status: 401, detail: `Registry did not grant access to the auth configuration for this person. Details: ${answer.detail}.` }
        : {
            ok: false,
            status: 500,
            detail: `Unexpected non 200 status code in Registry person auth configuration fetch. Status code: ${answer.status}. Details: ${answer.detail}.`,
          };
  }
}

/** Admin assign with `validate_item`: the Person exists and the admin may fetch it. */
export function personExists(context: ServiceContext, id: string, user: AuthenticatedUser): CheckOutcome<true> {
  const answer = registryFetchPerson(context, id, user);
  switch (answer.kind) {
    case "ok":
      return { ok: true, value: true };
    case "soft":
      return { ok: false, status: 500, detail: `Registry fetch response id=${pythonRepr(id)} indicated status failure - details: ${answer.details}.` };
    case "http":
      return answer.status === 401
        ? { ok: false, status: 401, detail: `Registry did not grant access to the person with id ${id}. Details: ${answer.detail}.` }
        : {
            ok: false,
            status: 500,
            detail: `Unexpected non 200 status code in Registry person id=${pythonRepr(id)} fetch. Status code: ${answer.status}. Details: ${answer.detail}.`,
          };
  }
}
