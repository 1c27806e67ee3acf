// What the spec leaves untyped (`UntypedFetchResponse.item`, general list items): a stored record
// as the registry keeps it, absent optional keys omitted. Every item has these RecordInfo fields;
// the subtype's own fields are kept as they came.

/** A raw registry record as the general routes return it. */
export interface RawRegistryItem {
  /** The item's handle (its registry id). */
  readonly id: string;
  /** The subtype (`PERSON`, `DATASET`, …), a value of `ItemSubType`. */
  readonly item_subtype?: string;
  /** The category (`AGENT`, `ENTITY` or `ACTIVITY`), a value of `ItemCategory`. */
  readonly item_category?: string;
  /** `COMPLETE_ITEM`, or `SEED_ITEM` for a seed that has no domain fields yet. */
  readonly record_type?: string;
  /** The name the item is shown by (absent on seeds). */
  readonly display_name?: string;
  /** The username of the item's owner. */
  readonly owner_username?: string;
  /** The subtype's own fields and the rest of the record, as the registry returned them. */
  readonly [field: string]: unknown;
}
