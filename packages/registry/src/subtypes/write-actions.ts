// seed, create, update, revert and version, written once for the plain and the proxy routes.
import { ItemRevertResponseSchema, UpdateResponseSchema, VersionResponseSchema } from "@provena-sdk/models/registry";
import type { SeededItem } from "@provena-sdk/models/registry";
import type { Model } from "@provena-sdk/http-core";
import { ProvenaError } from "@provena-sdk/http-core";
import { call } from "../context.js";
import { checkRequestBody } from "../request-validation.js";
import { activityWaitOptions, waitForActivity } from "@provena-sdk/jobs";
import type { CompletedActivity } from "@provena-sdk/jobs";
import type { RouteScope } from "./route-scope.js";
import type { CreateResult, ProxyUpdateOptions, ProxyWriteActions, SignalOption, UpdateResult, VersionActions, VersionResult, WaitableOptions } from "./types.js";

// Only subtypes with seed/create routes have these models (the read-only ones never get here).
function writeModel(scope: RouteScope, which: "seedResponse" | "createResponse"): Model<unknown> {
  const model = scope.models[which];
  if (model === undefined) throw new ProvenaError(`No ${which} model for ${scope.entry.subtype}`);
  return model;
}

// A failed wait is an ActivityWaitError naming `itemId`: the item was written regardless.
async function maybeWait(scope: RouteScope, target: { sessionId: string | null | undefined; itemId: string; operationName: string }, options: WaitableOptions): Promise<CompletedActivity | null> {
  const wait = activityWaitOptions(options.wait);
  const { sessionId } = target;
  if (wait === undefined || sessionId === null || sessionId === undefined) return null;
  return waitForActivity(scope.context.jobs(), { ...target, sessionId }, { ...wait, signal: wait.signal ?? options.signal });
}

export function writeActions<I, D>(scope: RouteScope): ProxyWriteActions<I, D> {
  const op = (name: string) => `${scope.operation}.${name}`;
  return {
    async seed(options: SignalOption = {}) {
      const body = (await call(scope.context, {
        method: "POST",
        path: `${scope.base}/seed`,
        headers: scope.headers,
        schema: writeModel(scope, "seedResponse"),
        signal: options.signal,
        operationName: op("seed"),
      })) as { seeded_item?: SeededItem | null };
      if (body.seeded_item === null || body.seeded_item === undefined) throw new ProvenaError(`${op("seed")}: the server reported success but sent no seeded_item`);
      return body.seeded_item;
    },

    async create(domainInfo: D, options: WaitableOptions = {}): Promise<CreateResult<I>> {
      checkRequestBody(scope.context, scope.models, domainInfo, op("create"));
      const body = (await call(scope.context, {
        method: "POST",
        path: `${scope.base}/create`,
        json: domainInfo,
        headers: scope.headers,
        schema: writeModel(scope, "createResponse"),
        signal: options.signal,
        operationName: op("create"),
      })) as { created_item?: I | null; register_create_activity_session_id?: string | null };
      if (body.created_item === null || body.created_item === undefined) throw new ProvenaError(`${op("create")}: the server reported success but sent no created_item`);
      const sessionId = body.register_create_activity_session_id ?? null;
      const itemId = (body.created_item as unknown as { id: string }).id;
      return { item: body.created_item, sessionId, activity: await maybeWait(scope, { sessionId, itemId, operationName: op("create") }, options) };
    },

    async update(id: string, domainInfo: D, options: ProxyUpdateOptions = {}): Promise<UpdateResult> {
      checkRequestBody(scope.context, scope.models, domainInfo, op("update"));
      const body = await call(scope.context, {
        method: "PUT",
        path: `${scope.base}/update`,
        query: {
          id,
          reason: options.reason,
          bypass_item_lock: options.bypassItemLock,
          exclude_history_update: options.excludeHistoryUpdate,
          manual_grant: options.manualGrant,
        },
        json: domainInfo,
        headers: scope.headers,
        schema: UpdateResponseSchema,
        signal: options.signal,
        operationName: op("update"),
      });
      const sessionId = body.register_create_activity_session_id ?? null;
      return { sessionId, activity: await maybeWait(scope, { sessionId, itemId: id, operationName: op("update") }, options) };
    },

    async revert(id: string, historyId: number, reason: string, options: SignalOption = {}) {
      await call(scope.context, {
        method: "PUT",
        path: `${scope.base}/revert`,
        json: { id, history_id: historyId, reason },
        headers: scope.headers,
        schema: ItemRevertResponseSchema,
        signal: options.signal,
        operationName: op("revert"),
      });
    },
  };
}

export function versionAction(scope: RouteScope): VersionActions["version"] {
  return async (id, reason, options = {}): Promise<VersionResult> => {
    const body = await call(scope.context, {
      method: "POST",
      path: `${scope.base}/version`,
      json: { id, reason },
      headers: scope.headers,
      schema: VersionResponseSchema,
      envelope: false,
      signal: options.signal,
      operationName: `${scope.operation}.version`,
    });
    const target = { sessionId: body.version_job_session_id, itemId: body.new_version_id, operationName: `${scope.operation}.version` };
    return { newVersionId: body.new_version_id, sessionId: body.version_job_session_id, activity: await maybeWait(scope, target, options) };
  };
}
