// The modular form of `registry.<subtype>.fetch`: a plain function of a transport and a subtype
// definition, so a program that only fetches bundles only the fetch action and that subtype's
// models (no other actions, no listing, no job waiting). Same implementation as the sub-client.
import type { Transport } from "@provena-sdk/http-core";
import type { SubtypeDefinition } from "../subtypes/definitions.js";
import { fetchAction } from "../subtypes/fetch-action.js";
import type { ItemOf } from "../subtypes/model-types.js";
import { plainScope, proxyScope } from "../subtypes/route-scope.js";
import type { SubtypeKey } from "../subtypes/table.js";
import type { FetchedItem, FetchOptions, FetchResult, UserContext } from "../subtypes/types.js";

/** Options of {@link fetchItem}: the sub-client's fetch options, and whom to act for. */
export interface FetchItemOptions extends FetchOptions {
  /**
   * Fetch through the hidden proxy route acting for this user (service accounts), as
   * `registry.<subtype>.proxy(user).fetch(id)` does. Default: the plain route, as the caller.
   */
  readonly user?: UserContext | undefined;
}

/**
 * Fetches one item of a subtype: the modular form of `registry.<subtype>.fetch(id, options)`,
 * with the same result, validation and errors (`ItemNotFoundError` for an unknown id,
 * `SeedItemError` for a seed unless `seedAllowed`). Only this action and the subtype's models
 * are bundled.
 *
 * @param transport - From `createTransport` (shareable with other clients).
 * @param subtype - A definition from `@provena-sdk/registry/subtypes`, e.g. `organisation`.
 * @param id - The item's handle.
 * @param options - `seedAllowed`, `signal`, `user`.
 * @returns `{ isSeed: false, item, roles, locked }`; with `seedAllowed: true` possibly `{ isSeed: true, item: SeededItem, … }`.
 *
 * @example
 * ```ts
 * const { item } = await fetchItem(createTransport({ domain }), organisation, "10378.1/1234567");
 * ```
 */
export function fetchItem<K extends SubtypeKey>(transport: Transport, subtype: SubtypeDefinition<K>, id: string, options?: FetchItemOptions & { readonly seedAllowed?: false | undefined }): Promise<FetchedItem<ItemOf<K>>>;
export function fetchItem<K extends SubtypeKey>(transport: Transport, subtype: SubtypeDefinition<K>, id: string, options: FetchItemOptions & { readonly seedAllowed: true }): Promise<FetchResult<ItemOf<K>>>;
export function fetchItem<K extends SubtypeKey>(transport: Transport, subtype: SubtypeDefinition<K>, id: string, options?: FetchItemOptions): Promise<FetchResult<ItemOf<K>>>;
export function fetchItem<K extends SubtypeKey>(transport: Transport, subtype: SubtypeDefinition<K>, id: string, options: FetchItemOptions = {}): Promise<FetchResult<ItemOf<K>>> {
  const { user, ...fetchOptions } = options;
  const plain = plainScope({ transport }, subtype);
  return fetchAction<ItemOf<K>>(user === undefined ? plain : proxyScope(plain, user))(id, fetchOptions);
}
