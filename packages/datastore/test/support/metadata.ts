// Dataset metadata from upstream's example (specs/provena/examples/collection-formats.json),
// with its placeholder ids replaced by real organisation and Person ids.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CollectionFormat } from "../../src/index.js";

const examples = JSON.parse(readFileSync(join(import.meta.dirname, "../../../../specs/provena/examples/collection-formats.json"), "utf8")) as Record<string, CollectionFormat>;

/** A valid, reposited dataset's metadata referring to `organisationId` (also the publisher) and `personId`. */
export function collectionFormat(organisationId: string, personId: string, name = "Coral results 2021"): CollectionFormat {
  const format = structuredClone(examples["valid_collection_format1"]!);
  format.associations = { organisation_id: organisationId, data_custodian_id: personId };
  format.dataset_info.publisher_id = organisationId;
  format.dataset_info.name = name;
  return format;
}

/**
 * `value` without its null fields. Typed responses spell absent optional fields as explicit
 * nulls (pydantic's serialisation, behaviour.md §1.1); what was sent has them absent.
 */
export function withoutNulls<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutNulls) as T;
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)])) as T;
}
