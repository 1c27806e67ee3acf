import { SoftFailureError, createTransport } from "@provena-sdk/http-core";
import { RegistryClient } from "@provena-sdk/registry";

// A registry admin (entity-registry-admin) token is needed for every /admin route.
const registry = new RegistryClient({ transport: createTransport({ domain: "provena.example.org" }) });
const table_names = { resource_table_name: "registry-backup", auth_table_name: "auth-backup", lock_table_name: "lock-backup" };

// Dry run first (trial_mode defaults to true upstream), then for real.
const trial = await registry.admin.restoreFromTable({ import_mode: "ADD_OR_OVERWRITE", table_names });
console.error(trial.statistics);
try {
  await registry.admin.restoreFromTable({ import_mode: "ADD_OR_OVERWRITE", trial_mode: false, table_names });
} catch (error) {
  if (error instanceof SoftFailureError) console.error(error.details, error.body); // the body carries failure_list
  else throw error;
}

// Re-lodge the provenance of exported items (also a trial unless trial_mode: false).
const restored = await registry.admin.restoreProvGraph({ items: await registry.admin.export(), trial_mode: false });
console.error(restored.task_ids);

// The deployment's settings: required ones only by default.
console.error(await registry.admin.config({ requiredOnly: false }));
