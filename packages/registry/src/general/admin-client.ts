// /admin and the hidden general delete: registry admins only (entity-registry-admin).
import { ProvGraphRestoreResponseSchema, RegistryExportResponseSchema, RegistryImportResponseSchema } from "@provena-sdk/models/registry";
import { StatusResponseSchema } from "@provena-sdk/http-core";
import type {
  BundledItem,
  ProvGraphRestoreRequest,
  ProvGraphRestoreResponse,
  RegistryImportRequest,
  RegistryImportResponse,
  RegistryRestoreRequest,
} from "@provena-sdk/models/registry";
import * as z from "zod/mini";
import type { RegistryContext } from "../context.js";
import { call } from "../context.js";
import type { SignalOption } from "../subtypes/types.js";

/**
 * The registry's admin routes (`/admin/*`) and the hidden general delete: the token needs
 * `entity-registry-admin` (with read and write), else UnauthorizedError.
 */
export interface AdminClient {
  /** Every item with its auth and lock rows (`GET /admin/export`), in one answer (not paged). */
  export(options?: SignalOption): Promise<BundledItem[]>;
  /** Imports bundles. `trial_mode` defaults to true upstream: pass `trial_mode: false` to write. */
  import(request: RegistryImportRequest, options?: SignalOption): Promise<RegistryImportResponse>;
  /**
   * Imports the bundles read from the named item, auth and lock tables, with `/admin/import`'s
   * rules. `trial_mode` defaults to true upstream: pass `trial_mode: false` to write.
   */
  restoreFromTable(request: RegistryRestoreRequest, options?: SignalOption): Promise<RegistryImportResponse>;
  /** Re-lodges the provenance of the given bundles. `trial_mode` defaults to true upstream. */
  restoreProvGraph(request: ProvGraphRestoreRequest, options?: SignalOption): Promise<ProvGraphRestoreResponse>;
  /** The deployment's settings as upstream's config-file generator lists them (untyped upstream). */
  config(options?: ConfigOptions): Promise<Record<string, unknown>>;
  /**
   * Deletes any item by id, of any subtype (`DELETE /registry/general/delete`): its item, auth
   * and lock rows; no cascade (provenance graph nodes remain). A locked item is refused.
   */
  delete(id: string, options?: SignalOption): Promise<void>;
}

/** Options of {@link AdminClient.config}. */
export interface ConfigOptions extends SignalOption {
  /** Only the settings a deployment must set (default true, as upstream); false lists every setting. */
  readonly requiredOnly?: boolean | undefined;
}

// `/admin/config` has no response model upstream: a flat object of settings.
const CONFIG_SCHEMA = z.record(z.string(), z.unknown());

export function createAdminClient(context: RegistryContext): AdminClient {
  return {
    async export(options = {}) {
      const body = await call(context, {
        method: "GET",
        path: "/admin/export",
        schema: RegistryExportResponseSchema,
        signal: options.signal,
        operationName: "registry.admin.export",
      });
      return body.items ?? [];
    },
    import: (request, options = {}) =>
      call(context, {
        method: "POST",
        path: "/admin/import",
        json: request,
        schema: RegistryImportResponseSchema,
        signal: options.signal,
        operationName: "registry.admin.import",
      }),
    restoreFromTable: (request, options = {}) =>
      call(context, {
        method: "POST",
        path: "/admin/restore_from_table",
        json: request,
        schema: RegistryImportResponseSchema,
        signal: options.signal,
        operationName: "registry.admin.restoreFromTable",
      }),
    restoreProvGraph: (request, options = {}) =>
      call(context, {
        method: "POST",
        path: "/admin/restore-prov-graph",
        json: request,
        schema: ProvGraphRestoreResponseSchema,
        signal: options.signal,
        operationName: "registry.admin.restoreProvGraph",
      }),
    config: (options = {}) =>
      call(context, {
        method: "GET",
        path: "/admin/config",
        query: { required_only: options.requiredOnly },
        schema: CONFIG_SCHEMA,
        envelope: false,
        signal: options.signal,
        operationName: "registry.admin.config",
      }),
    async delete(id, options = {}) {
      await call(context, {
        method: "DELETE",
        path: "/registry/general/delete",
        query: { id },
        schema: StatusResponseSchema,
        signal: options.signal,
        operationName: "registry.admin.delete",
      });
    },
  };
}
