// The modular forms of `registry.<subtype>.list` and `.listAll`: plain functions of a transport
// and a subtype definition, so a program that only lists bundles only the list actions and that
// subtype's models. Same implementation as the sub-client.
import type { PageIterable, Transport } from "@provena-sdk/http-core";
import type { ListedItem, ListOptions, ListPageOptions, RecordTypeFilter } from "../listing/list-options.js";
import type { SubtypeDefinition } from "../subtypes/definitions.js";
import { listAction, listAllAction } from "../subtypes/list-action.js";
import type { ItemOf } from "../subtypes/model-types.js";
import { plainScope } from "../subtypes/route-scope.js";
import type { SubtypeKey } from "../subtypes/table.js";
import type { ListPage } from "../subtypes/types.js";

/**
 * One page of a subtype's items: the modular form of `registry.<subtype>.list(options)`, with
 * the same result and errors. A page may be short or empty while `paginationKey` is set.
 *
 * @param transport - From `createTransport` (shareable with other clients).
 * @param subtype - A definition from `@provena-sdk/registry/subtypes`, e.g. `organisation`.
 * @param options - `recordType`, `sort`, `pageSize`, `paginationKey`, `signal`.
 * @returns The page: `{ items, seedItems, unparsableItems, notAuthorisedCount, paginationKey, status }`.
 */
export function listItems<K extends SubtypeKey, R extends RecordTypeFilter = "COMPLETE_ONLY">(transport: Transport, subtype: SubtypeDefinition<K>, options?: ListPageOptions<R>): Promise<ListPage<ItemOf<K>>> {
  return listAction<ItemOf<K>>(plainScope({ transport }, subtype))(options);
}

/**
 * Every item of a subtype across pages: the modular form of `registry.<subtype>.listAll(options)`
 * (short and empty pages are followed; a repeated key is a `PaginationError`).
 *
 * @param transport - From `createTransport` (shareable with other clients).
 * @param subtype - A definition from `@provena-sdk/registry/subtypes`, e.g. `organisation`.
 * @param options - `recordType`, `sort`, `pageSize`, `prefetch`, `signal`.
 * @returns An async iterable of the items (`.pages()` for the pages); `collectAll` gathers it.
 */
export function listAllItems<K extends SubtypeKey, R extends RecordTypeFilter = "COMPLETE_ONLY">(
  transport: Transport,
  subtype: SubtypeDefinition<K>,
  options?: ListOptions<R>,
): PageIterable<ListedItem<ItemOf<K>, R>, ListPage<ItemOf<K>>> {
  return listAllAction<ItemOf<K>>(plainScope({ transport }, subtype))(options);
}
