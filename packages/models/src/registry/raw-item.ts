// What the spec leaves untyped (`UntypedFetchResponse.item`, general list items): a stored record
// as the registry keeps it, absent optional keys omitted. Every item has these RecordInfo fields;
// the subtype's own fields are kept as they came.

/** A raw registry record as the general routes return it. */
export interface RawRegistryItem {
  readonly id: string;
  readonly item_subtype?: string;
  readonly item_category?: string;
  readonly record_type?: string;
  readonly display_name?: string;
  readonly owner_username?: string;
  readonly [field: string]: unknown;
}
