// What the search index sees of a registry item: upstream linearises each item's searchable
// fields (behaviour.md §6: id, category, subtype, owner, display_name, user_metadata plus the
// subtype's own fields) into one text field. We keep the same fields but split them in two so
// the names can be boosted: `title` (display name and the subtype's name-like fields) and
// `text` (everything else), which is how an exact title match outranks a passing mention.
import type { StoredItem } from "../registry/tables.js";

export interface SearchableDocument {
  readonly id: string;
  readonly item_subtype: string;
  readonly title: string;
  readonly text: string;
}

/** Dotted paths into the item, per subtype. */
interface SubtypeFields {
  readonly title: readonly string[];
  readonly text: readonly string[];
}

const BASE_TEXT = ["id", "item_category", "item_subtype", "owner_username", "user_metadata"] as const;

// Person indexes first_name and last_name as themselves (upstream's copy-paste bug indexes
// first_name twice and Study's title as description; we index what the names say).
const SUBTYPE_FIELDS: Readonly<Record<string, SubtypeFields>> = {
  ORGANISATION: { title: ["name"], text: ["ror"] },
  PERSON: { title: ["first_name", "last_name"], text: ["email", "orcid"] },
  MODEL: { title: ["name"], text: ["description", "documentation_url", "source_url"] },
  MODEL_RUN_WORKFLOW_TEMPLATE: { title: [], text: ["software_id", "input_templates", "output_templates", "annotations"] },
  DATASET_TEMPLATE: { title: [], text: ["description", "defined_resources", "deferred_resources"] },
  DATASET: { title: ["collection_format.dataset_info.name"], text: ["collection_format", "release_status"] },
  STUDY: { title: ["title"], text: ["description", "study_alternative_id"] },
  CREATE: { title: [], text: ["created_item_id"] },
  VERSION: { title: [], text: ["reason", "from_item_id", "to_item_id", "new_version_number"] },
  MODEL_RUN: { title: ["record.display_name"], text: ["record", "record_status", "prov_serialisation"] },
};

const NO_FIELDS: SubtypeFields = { title: [], text: [] };

function at(item: StoredItem, path: string): unknown {
  let value: unknown = item;
  for (const key of path.split(".")) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** Every string and number under `value` (object keys of maps such as user_metadata too). */
function collectLeaves(value: unknown, into: string[], withKeys: boolean): void {
  if (typeof value === "string") into.push(value);
  else if (typeof value === "number") into.push(String(value));
  else if (Array.isArray(value)) for (const entry of value) collectLeaves(entry, into, withKeys);
  else if (typeof value === "object" && value !== null) {
    for (const [key, entry] of Object.entries(value)) {
      if (withKeys) into.push(key);
      collectLeaves(entry, into, withKeys);
    }
  }
}

function textOf(item: StoredItem, paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) collectLeaves(at(item, path), out, path === "user_metadata");
  return out;
}

export function searchableDocument(item: StoredItem): SearchableDocument {
  const fields = SUBTYPE_FIELDS[item.item_subtype] ?? NO_FIELDS;
  // A seed has only its record info, so its display_name is absent and its title empty.
  const title = [...new Set(textOf(item, ["display_name", ...fields.title]))];
  return {
    id: item.id,
    item_subtype: item.item_subtype,
    title: title.join(" "),
    text: textOf(item, [...BASE_TEXT, ...fields.text]).join(" "),
  };
}
