// Writing registry items outside a request: the Create and Version activities the REGISTER_*
// jobs register. Kept apart from the request handlers so the job workers (imported by the job
// runner) do not import the runner back.
import type { ServiceContext } from "../context.js";
import { buildCompleteItem } from "./item-builders.js";
import { nowSeconds, registryStore } from "./registry-store.js";
import { subtypeDefinition } from "./subtypes.js";

/** Writes a complete activity item owned by `username` with general [metadata-read]; its id. */
export function writeActivityItem(context: ServiceContext, username: string, subtype: "CREATE" | "VERSION", domain: Record<string, unknown>): string {
  const def = subtypeDefinition(subtype);
  if (def === undefined) throw new Error(`No subtype ${subtype}`);
  const store = registryStore(context);
  const id = store.mintHandle();
  const item = buildCompleteItem(def, { id, username, now: nowSeconds(), domain });
  store.insert(item, { owner: username, general: ["metadata-read"], groups: {} });
  return id;
}
