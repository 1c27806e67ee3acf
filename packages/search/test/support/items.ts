// Registry items as the registry stores them (behaviour.md §2.3), for tests that write the
// `registry.items` table directly.
let counter = 0;

export type StoredItem = Record<string, unknown> & { id: string };

export function storedItem(subtype: string, category: string, displayName: string, fields: Record<string, unknown> = {}): StoredItem {
  counter += 1;
  return {
    id: `10378.1/${8_000_000 + counter}`,
    owner_username: "user1",
    created_timestamp: 1_700_000_000,
    updated_timestamp: 1_700_000_000,
    item_category: category,
    item_subtype: subtype,
    record_type: "COMPLETE_ITEM",
    display_name: displayName,
    ...fields,
  };
}
