// Routes for registry admins (entity-registry read+write+admin), the three hidden ones included:
// synchronous registration, graph-only delete of a model run, and clearing the whole graph.
import * as z from "zod/mini";
import type { ProvContext, SignalOption } from "../context.js";
import { call } from "../context.js";
import type { ItemModelRun, ModelRunRecord, ProvenanceRecordInfo } from "../models.js";
import { ProvModels } from "../models.js";
import { registerModelRunSync } from "../model-runs/model-run-actions.js";
import { checkRequestBody } from "../request-validation.js";

/** Options of the admin `store*` calls. */
export interface StoreOptions extends SignalOption {
  /**
   * Validate each record (as registration does) before lodging it; false lodges it unchecked.
   *
   * @defaultValue true (as upstream)
   */
  readonly validateRecord?: boolean | undefined;
}

/** Options of {@link ProvAdminClient.config}. */
export interface ConfigOptions extends SignalOption {
  /**
   * Only the settings a deployment must set; false lists every setting.
   *
   * @defaultValue true (as upstream)
   */
  readonly requiredOnly?: boolean | undefined;
}

/** Options of {@link ProvAdminClient.deleteGraph}. */
export interface DeleteGraphOptions extends SignalOption {
  /**
   * Report the diff without applying it.
   *
   * @defaultValue false
   */
  readonly trialMode?: boolean | undefined;
}

/**
 * The prov API's admin routes (`ProvClient.admin`); the token needs entity-registry read, write
 * and admin. "Hidden" ones are left out of upstream's published API documentation.
 */
export interface ProvAdminClient {
  /** Hidden: registers and lodges in one request (no job); resolves with the record info. */
  registerSync(record: ModelRunRecord, options?: SignalOption): Promise<ProvenanceRecordInfo>;
  /** Hidden: removes a model run's nodes and edges from the graph (not its registry item); the diff applied. */
  deleteGraph(modelRunId: string, options?: DeleteGraphOptions): Promise<Record<string, unknown>[]>;
  /** Hidden: wipes the whole graph. */
  clearGraph(options?: SignalOption): Promise<void>;
  /** Re-lodges one registry model run item into the graph. */
  storeRecord(item: ItemModelRun, options?: StoreOptions): Promise<void>;
  /** Re-lodges several registry model run items. */
  storeRecords(items: ItemModelRun[], options?: StoreOptions): Promise<void>;
  /** Re-lodges every model run the registry holds. */
  storeAllRegistryRecords(options?: StoreOptions): Promise<void>;
  /** The deployment's settings as upstream's config generator lists them (untyped upstream). */
  config(options?: ConfigOptions): Promise<Record<string, unknown>>;
  /** Upstream's Sentry test route. */
  sentryDebug(options?: SignalOption): Promise<Record<string, string>>;
}

const statusResponse = (mode: "lenient" | "strict") => ProvModels.get(mode).StatusResponse;

export function createAdminClient(context: ProvContext): ProvAdminClient {
  const store = async (path: string, json: unknown, options: StoreOptions, operationName: string): Promise<void> => {
    await call(context, { method: "POST", path, json, query: { validate_record: options.validateRecord }, schema: statusResponse, signal: options.signal, operationName });
  };
  return {
    registerSync: (record, options) => registerModelRunSync(context, record, options),
    async deleteGraph(modelRunId, options = {}) {
      const json = { record_id: modelRunId, trial_mode: options.trialMode ?? false };
      const body = await call(context, {
        method: "POST",
        path: "/model_run/delete",
        json,
        schema: (mode) => ProvModels.get(mode).PostDeleteGraphResponse,
        envelope: false,
        signal: options.signal,
        operationName: "prov.admin.deleteGraph",
      });
      return body.diff;
    },
    async clearGraph(options = {}) {
      await call(context, { method: "DELETE", path: "/graph/admin/clear", schema: statusResponse, signal: options.signal, operationName: "prov.admin.clearGraph" });
    },
    storeRecord: (item, options = {}) => {
      checkRequestBody(context, "ItemModelRun", item, "prov.admin.storeRecord");
      return store("/admin/store_record", item, options, "prov.admin.storeRecord");
    },
    storeRecords: (items, options = {}) => {
      items.forEach((item) => checkRequestBody(context, "ItemModelRun", item, "prov.admin.storeRecords"));
      return store("/admin/store_records", items, options, "prov.admin.storeRecords");
    },
    storeAllRegistryRecords: (options = {}) => store("/admin/store_all_registry_records", undefined, options, "prov.admin.storeAllRegistryRecords"),
    config: (options = {}) =>
      call(context, {
        method: "GET",
        path: "/admin/config",
        query: { required_only: options.requiredOnly },
        schema: z.record(z.string(), z.unknown()),
        envelope: false,
        signal: options.signal,
        operationName: "prov.admin.config",
      }),
    sentryDebug: (options = {}) =>
      call(context, {
        method: "GET",
        path: "/admin/sentry-debug",
        schema: z.record(z.string(), z.string()),
        envelope: false,
        signal: options.signal,
        operationName: "prov.admin.sentryDebug",
      }),
  };
}
