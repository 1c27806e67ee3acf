// Registry items as the registry stores them (behaviour.md §2.3), for writing straight into
// the `registry.items` table the search index follows.
let counter = 0;

export interface ItemInit {
  readonly subtype?: string;
  readonly category?: string;
  readonly owner?: string;
  readonly displayName?: string;
  readonly fields?: Record<string, unknown>;
}

export function completeItem(init: ItemInit = {}): Record<string, unknown> & { id: string } {
  counter += 1;
  return {
    id: `10378.1/${9_000_000 + counter}`,
    owner_username: init.owner ?? "user1",
    created_timestamp: 1_700_000_000 + counter,
    updated_timestamp: 1_700_000_000 + counter,
    item_category: init.category ?? "ENTITY",
    item_subtype: init.subtype ?? "MODEL",
    record_type: "COMPLETE_ITEM",
    display_name: init.displayName ?? `Item ${counter}`,
    ...init.fields,
  };
}

export function seedItem(subtype = "ORGANISATION", category = "AGENT", owner = "user2"): Record<string, unknown> & { id: string } {
  counter += 1;
  return {
    id: `10378.1/${9_000_000 + counter}`,
    owner_username: owner,
    created_timestamp: 1_700_000_000 + counter,
    updated_timestamp: 1_700_000_000 + counter,
    item_category: category,
    item_subtype: subtype,
    record_type: "SEED_ITEM",
  };
}
