import { collectAll, createTransport } from "@provena-sdk/http-core";
import { RegistryClient } from "@provena-sdk/registry";

const registry = new RegistryClient({ transport: createTransport({ domain: "provena.example.org" }) });

// Every model, oldest first, 100 per request (short or empty pages are followed through).
for await (const model of registry.model.listAll({ pageSize: 100, sort: { by: "CREATED_TIME", ascending: true } })) {
  console.error(model.id, model.display_name);
}

// One page at a time, and seeds too.
const page = await registry.study.list({ recordType: "ALL", pageSize: 20 });
const next = page.paginationKey === null ? null : await registry.study.list({ recordType: "ALL", paginationKey: page.paginationKey });
console.error(page.items.length, page.seedItems.length, page.notAuthorisedCount, next?.items.length);

// Across subtypes: datasets whose access URI starts with a prefix, at most 1,000 of them.
const datasets = await collectAll(
  registry.general.listAll({ subtype: "DATASET", sort: { by: "ACCESS_INFO_URI_BEGINS_WITH", beginsWith: "https://data.example.org/" } }),
  { limit: 1000, onLimit: "truncate" },
);
console.error(datasets.length);
