import { createTransport } from "@provena-sdk/http-core";
import { RegistryClient } from "@provena-sdk/registry";

const registry = new RegistryClient({ transport: createTransport({ domain: "provena.example.org" }) });
const model = { display_name: "Hydro", name: "Hydro", description: "A model", documentation_url: "https://x.org/docs", source_url: "https://x.org/src" };

// Without `wait`, create returns the registry job's session id; poll it later with @provena-sdk/jobs.
const { item, sessionId } = await registry.model.create(model);
console.error(item.id, sessionId);

// With `wait`, it resolves once the Create activity is registered and its provenance lodged.
const created = await registry.model.create(model, {
  wait: { timeoutMs: 60_000, onProgress: (p) => console.error(p.stage, p.status) },
});
console.error(created.activity?.activityId);

// A new version (admin on the item, latest version only).
const v2 = await registry.model.version(created.item.id, "recalibrated", { wait: true });
console.error(v2.newVersionId, v2.activity?.activityId);

// Locks and access.
await registry.model.locks.lock(v2.newVersionId, "frozen for publication");
console.error(await registry.model.locks.isLocked(v2.newVersionId), await registry.model.auth.evaluate(v2.newVersionId));
