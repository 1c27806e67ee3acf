// /admin and the hidden general delete: registry admins only (entity-registry-admin).
import type { BundledItem, RegistryImportRequest, RegistryImportResponse } from "@provena-sdk/models/registry";
import type { RegistryContext } from "../context.js";
import { call } from "../context.js";
import { responseSchema } from "../subtypes/model-types.js";
import type { SignalOption } from "../subtypes/types.js";

export interface AdminClient {
  /** Every item with its auth and lock rows. */
  export(options?: SignalOption): Promise<BundledItem[]>;
  /** Imports bundles. `trial_mode` defaults to true upstream: pass `trial_mode: false` to write. */
  import(request: RegistryImportRequest, options?: SignalOption): Promise<RegistryImportResponse>;
  /** Deletes any item by id (its item, auth and lock rows). */
  delete(id: string, options?: SignalOption): Promise<void>;
}

export function createAdminClient(context: RegistryContext): AdminClient {
  return {
    async export(options = {}) {
      const body = await call(context, {
        method: "GET",
        path: "/admin/export",
        schema: responseSchema("RegistryExportResponse"),
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
        schema: responseSchema("RegistryImportResponse"),
        signal: options.signal,
        operationName: "registry.admin.import",
      }),
    async delete(id, options = {}) {
      await call(context, {
        method: "DELETE",
        path: "/registry/general/delete",
        query: { id },
        schema: responseSchema("StatusResponse"),
        signal: options.signal,
        operationName: "registry.admin.delete",
      });
    },
  };
}
