// The data store's calls to the registry (upstream's registry_api_helpers), made in-process
// through the very operations the registry's routes run: user calls act as the caller (their
// token's user and roles), proxy calls act as the caller on behalf of the data store's service
// role (the data store always holds it), exactly as upstream's X-User-Context requests do.
// Registry answers are mapped to the data store's answers as upstream maps them: a registry 401
// stays 401, other registry errors become 500 (or 400 where upstream says so).
import type { CollectionFormat } from "@provena-sdk/models/datastore";
import type { AuthenticatedUser } from "../../auth/bearer.js";
import type { Reply } from "../../http/reply.js";
import type { ServiceContext } from "../context.js";
import { fromToken, type Actor } from "../registry/actor.js";
import { customValidationFailure } from "../registry/custom-validation.js";
import { parseDomainInfo } from "../registry/domain-info.js";
import type { ListRequest } from "../registry/list-query.js";
import { fetchItem, listItems } from "../registry/read-ops.js";
import { registryStore } from "../registry/registry-store.js";
import { subtypeDefinition, type SubtypeDefinition } from "../registry/subtypes.js";
import type { StoredItem } from "../registry/tables.js";
import { seedItem, updateItem, versionItem, type UpdateOptions } from "../registry/write-ops.js";
import { badRequest, detailOf, serverError, unauthorised } from "./responses.js";

const DATASET: SubtypeDefinition = subtypeDefinition("DATASET") as SubtypeDefinition;

export type Outcome<T> = { ok: true; value: T } | { ok: false; reply: Reply };

/** A stored dataset item (complete): its domain fields are those of `DatasetDomainInfo`. */
export type DatasetItem = StoredItem & {
  readonly collection_format: CollectionFormat;
  readonly s3: { bucket_name: string; path: string; s3_uri: string };
  readonly release_status: string;
  readonly release_history?: readonly Record<string, unknown>[];
  readonly release_approver?: string;
  readonly release_timestamp?: number;
  readonly access_info_uri?: string;
  readonly user_metadata?: Record<string, string>;
  readonly display_name: string;
};

export interface FetchedDataset {
  readonly item: DatasetItem;
  readonly roles: string[];
  readonly locked: boolean;
}

export const actorOf = (user: AuthenticatedUser): Actor => fromToken(user);

type Json = Record<string, unknown>;
const bodyOf = (reply: Reply): Json => (reply.json ?? {}) as Json;
const statusOf = (reply: Reply): { success: boolean; details: string } => bodyOf(reply).status as { success: boolean; details: string };

/** A registry error answer as the data store relays it: 401 stays 401, the rest is a 500. */
function relay(reply: Reply, what: string, unauthorisedLabel: string): Reply {
  const details = detailOf(reply);
  if (reply.status === 401) return unauthorised(`${unauthorisedLabel} Status code: 401. Details: ${details}.`);
  return serverError(`Unexpected non 200 status code in dataset ${what} process. Status code: ${reply.status}. Details: ${details}.`);
}

/** The dataset domain info upstream builds to pre-validate a collection format (a fake S3 location). */
export function validationDomain(cf: CollectionFormat): Json {
  return {
    display_name: cf.dataset_info.name,
    collection_format: cf,
    s3: { bucket_name: "fake", path: "fake", s3_uri: "fake" },
    release_status: "NOT_RELEASED",
    access_info_uri: cf.dataset_info.access_info.uri,
  };
}

/** `POST /registry/entity/dataset/validate` with the caller's rights: the problem, or undefined. */
export function registryValidationProblem(context: ServiceContext, cf: CollectionFormat): Outcome<string | undefined> {
  const parsed = parseDomainInfo("DATASET", validationDomain(cf));
  if (!parsed.ok) {
    return { ok: false, reply: serverError(`Unexpected non 200 status code in dataset validation process. Status code: 422. Details: ${JSON.stringify(parsed.issues)}.`) };
  }
  return { ok: true, value: customValidationFailure(registryStore(context), "DATASET", parsed.domain) };
}

/** `POST /registry/entity/dataset/proxy/seed` on behalf of the caller: the new handle. */
export function seedDataset(context: ServiceContext, actor: Actor): Outcome<string> {
  const reply = seedItem({ context, def: DATASET, actor });
  if (reply.status !== 200) return { ok: false, reply: relay(reply, "minting", "Dataset minting failed, not authorised.") };
  const status = statusOf(reply);
  if (!status.success) return { ok: false, reply: serverError(`The registry API responded with status success False during dataset mint. Details: ${status.details}.`) };
  return { ok: true, value: (bodyOf(reply).seeded_item as { id: string }).id };
}

export interface DatasetUpdate {
  readonly id: string;
  readonly domain: Json;
  readonly reason?: string | undefined;
  readonly options?: Partial<UpdateOptions>;
}

/** `PUT /registry/entity/dataset/proxy/update` on behalf of the caller: the create-activity session id, if any. */
export function updateDataset(context: ServiceContext, actor: Actor, update: DatasetUpdate): Outcome<string | null> {
  const options: UpdateOptions = { bypassLock: false, excludeHistory: false, manualGrant: false, ...update.options };
  // pydantic's default for a DatasetDomainInfo built without release history.
  const domain = { ...update.domain, release_history: update.domain.release_history ?? [] };
  const reply = updateItem({ context, def: DATASET, actor }, update.id, update.reason, domain, options);
  if (reply.status !== 200) return { ok: false, reply: relay(reply, "update", "Dataset metadata update failed, not authorised.") };
  const status = statusOf(reply);
  if (!status.success) return { ok: false, reply: serverError(`The registry API responded with status success False during dataset update. Details: ${status.details}.`) };
  const session = bodyOf(reply).register_create_activity_session_id;
  return { ok: true, value: typeof session === "string" ? session : null };
}

/** `POST /registry/entity/dataset/proxy/version` on behalf of the caller. */
export function versionDataset(context: ServiceContext, actor: Actor, request: { id: string; reason: string }): Outcome<{ new_version_id: string; version_job_session_id: string }> {
  const reply = versionItem({ context, def: DATASET, actor }, request);
  if (reply.status === 401) return { ok: false, reply: unauthorised(`Dataset version failed, not authorised 401. Details: ${detailOf(reply)}.`) };
  if (reply.status !== 200) {
    return { ok: false, reply: { status: reply.status, json: { detail: `Non 200 status code in dataset version process. Status code: ${reply.status}. Details: ${detailOf(reply)}.` } } };
  }
  return { ok: true, value: bodyOf(reply) as { new_version_id: string; version_job_session_id: string } };
}

/**
 * `GET /registry/entity/dataset/fetch` with the caller's rights (upstream's
 * user_fetch_dataset_from_registry): 401 when the registry refuses, 400 for a failed fetch
 * (unknown id, another subtype) or a seed.
 */
export function fetchDataset(context: ServiceContext, subject: Actor): (id: string) => Outcome<FetchedDataset> {
  return (id) => {
    const reply = fetchItem(context, DATASET, subject, id, false);
    if (reply.status === 401) return { ok: false, reply: unauthorised(`Registry did not grant access to the dataset. Details: ${detailOf(reply)}.`) };
    if (reply.status !== 200) return { ok: false, reply: relay(reply, "fetch", "Registry did not grant access to the dataset.") };
    const body = bodyOf(reply);
    const status = statusOf(reply);
    if (!status.success) return { ok: false, reply: badRequest(`The registry API responded with status success False during dataset fetching. Details: ${status.details}.`) };
    if (body.item_is_seed === true) return { ok: false, reply: badRequest("The requested dataset is an incomplete item (seed item). It is not a valid dataset.") };
    // The stored item (no explicit nulls): what the data store re-writes as domain info.
    const item = registryStore(context).item(id) as DatasetItem;
    return { ok: true, value: { item, roles: body.roles as string[], locked: body.locked === true } };
  };
}

/** `POST /registry/entity/dataset/list` with the caller's rights: the registry's answer, relayed. */
export function listDatasets(context: ServiceContext, actor: Actor, request: ListRequest): Reply {
  const reply = listItems(context, DATASET, actor, { ...request, filter_by: null });
  if (reply.status !== 200) {
    const details = detailOf(reply);
    if (reply.status === 401) return unauthorised(`Registry did not grant access to the list endpoint. Details: ${details}.`);
    return serverError(`Unexpected non 200 status code in dataset list process. Status code: ${reply.status}. Details: ${details}.`);
  }
  const status = statusOf(reply);
  if (!status.success) return badRequest(`The registry API responded with status success False during dataset listing. Details: ${status.details}.`);
  return reply;
}

/** The actor a proxy fetch by username acts as (the realm user's roles when known). */
export function actorForUsername(context: ServiceContext, username: string): Actor {
  const user = context.realm.users.get(username);
  return { username, email: user?.email ?? null, roles: user?.roles ?? [] };
}

/** The domain info of a stored dataset item (what a proxy update writes back). */
export function datasetDomain(item: DatasetItem): Json {
  const domain: Json = {};
  for (const key of ["display_name", "user_metadata", "collection_format", "s3", "release_history", "release_status", "release_approver", "release_timestamp", "access_info_uri"] as const) {
    if (item[key] !== undefined) domain[key] = item[key];
  }
  return domain;
}
