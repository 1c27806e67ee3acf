// How searchAndLoad() turns a hit into an item. The default goes straight to the registry's
// general fetch on the search client's own transport; a registry client can be plugged in
// instead (`loader: registry.general.fetch`) so its typed items and errors come through.
import type { Transport } from "@provena-sdk/http-core";
import { fetchRegistryItem, type RegistryItemRecord } from "./registry-item.js";

/**
 * Loads one item by id. Resolve with the item; reject with the error. A 401
 * (`UnauthorizedError`) for the item means "access denied"; any other rejection is a failure.
 */
export type ItemLoader<Item> = (id: string, options: { signal?: AbortSignal | undefined }) => Promise<Item>;

/**
 * The default {@link ItemLoader}: the registry's general fetch (`GET /registry/general/fetch`) on
 * `transport`, resolving with the item record whatever its subtype.
 */
export function generalFetchLoader(transport: Transport): ItemLoader<RegistryItemRecord> {
  return (id, { signal }) => fetchRegistryItem(transport, id, signal);
}
