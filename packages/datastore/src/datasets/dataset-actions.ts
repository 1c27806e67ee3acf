// Mint, fetch, update, revert, version, validate and schema: the dataset routes in the SDK's words.
import { ProvenaError, SoftFailureError } from "@provena-sdk/http-core";
import { activityWaitOptions, waitForActivity } from "@provena-sdk/jobs";
import type { CompletedActivity } from "@provena-sdk/jobs";
import type { CollectionFormat } from "@provena-sdk/models/datastore";
import type { DatastoreContext, SignalOption } from "../context.js";
import { invoke } from "../context.js";
import type { FetchedDataset, MintResult, UpdateResult, ValidationResult, VersionResult, WaitableOptions } from "./types.js";

// A failed wait is an ActivityWaitError naming the dataset (`itemId`): it was written regardless.
function maybeWait(context: DatastoreContext, target: { itemId: string; sessionId: string; operationName: string }, options: WaitableOptions): Promise<CompletedActivity | null> {
  const wait = activityWaitOptions(options.wait);
  if (wait === undefined) return Promise.resolve(null);
  return waitForActivity(context.jobs(), target, { ...wait, signal: wait.signal ?? options.signal });
}

export async function mint(context: DatastoreContext, metadata: CollectionFormat, options: WaitableOptions = {}): Promise<MintResult> {
  const body = await invoke(context, "mint", { json: metadata, signal: options.signal });
  if (body.handle === undefined || body.handle === null || body.s3_location === undefined || body.s3_location === null) {
    throw new ProvenaError("datastore.mint: the server reported success but sent no handle or s3_location");
  }
  const handle = body.handle;
  const sessionId = body.register_create_activity_session_id ?? null;
  const activity = sessionId === null ? null : await maybeWait(context, { itemId: handle, sessionId, operationName: "datastore.mint" }, options);
  return { handle, s3Location: body.s3_location, sessionId, activity };
}

export async function fetchDataset(context: DatastoreContext, id: string, options: SignalOption = {}): Promise<FetchedDataset> {
  const body = await invoke(context, "fetch", { query: { handle_id: id }, signal: options.signal });
  if (body.item === undefined || body.item === null) throw new ProvenaError(`datastore.fetch: the server reported success but sent no item for ${id}`);
  return { item: body.item, roles: body.roles ?? [], locked: body.locked ?? false };
}

export async function updateMetadata(context: DatastoreContext, id: string, metadata: CollectionFormat, reason: string, options: SignalOption = {}): Promise<UpdateResult> {
  const body = await invoke(context, "updateMetadata", { query: { handle_id: id, reason }, json: metadata, signal: options.signal });
  return { handle: body.handle, s3Location: body.s3_location };
}

export async function revertMetadata(context: DatastoreContext, id: string, historyId: number, reason: string, options: SignalOption = {}): Promise<void> {
  await invoke(context, "revertMetadata", { json: { id, history_id: historyId, reason }, signal: options.signal });
}

export async function versionDataset(context: DatastoreContext, id: string, reason: string, options: WaitableOptions = {}): Promise<VersionResult> {
  const body = await invoke(context, "version", { json: { id, reason }, signal: options.signal });
  const sessionId = body.version_job_session_id;
  const activity = await maybeWait(context, { itemId: body.new_version_id, sessionId, operationName: "datastore.version" }, options);
  return { newVersionId: body.new_version_id, sessionId, activity };
}

export async function validateMetadata(context: DatastoreContext, metadata: CollectionFormat, options: SignalOption = {}): Promise<ValidationResult> {
  // Asking the server is the point: no client-side check. A 422 still throws.
  try {
    await invoke(context, "validate", { json: metadata, signal: options.signal, skipRequestCheck: true });
    return { valid: true };
  } catch (error) {
    if (error instanceof SoftFailureError) return { valid: false, details: error.details ?? "" };
    throw error;
  }
}

export async function datasetSchema(context: DatastoreContext, options: SignalOption = {}): Promise<Record<string, unknown>> {
  return (await invoke(context, "schema", { signal: options.signal })).json_schema;
}
