// Upstream's own example payloads (specs/provena/examples), read as plain JSON.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const examples = (name: string): unknown =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../../../specs/provena/examples/${name}`, import.meta.url)), "utf8"));

export interface DomainInfoExamples {
  readonly [subtype: string]: { readonly route: string; readonly domain_info: readonly Record<string, unknown>[] };
}

export function domainInfoExamples(): DomainInfoExamples {
  const { _source: _ignored, ...bySubtype } = examples("domain-info-examples.json") as Record<string, unknown>;
  return bySubtype as unknown as DomainInfoExamples;
}

export function collectionFormats(): Record<string, Record<string, unknown>> {
  const { _source: _ignored, ...formats } = examples("collection-formats.json") as Record<string, unknown>;
  return formats as Record<string, Record<string, unknown>>;
}

/** A complete PERSON item as the registry returns it (explicit nulls for unset optionals). */
export function personItem(): Record<string, unknown> {
  const domainInfo = { display_name: "Ada", email: "ada@example.com", first_name: "Ada", last_name: "Lovelace", orcid: null, ethics_approved: true, user_metadata: null };
  return {
    ...domainInfo,
    history: [{ id: 0, timestamp: 1_700_000_000, reason: "Initial record creation", username: "ada", item: domainInfo }],
    id: "10378.1/1",
    owner_username: "ada",
    created_timestamp: 1_700_000_000,
    updated_timestamp: 1_700_000_000,
    item_category: "AGENT",
    item_subtype: "PERSON",
    record_type: "COMPLETE_ITEM",
    workflow_links: null,
    versioning_info: null,
  };
}
