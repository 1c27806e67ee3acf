import { createTransport } from "@provena-sdk/http-core";
import { RegistryClient } from "@provena-sdk/registry";
import { SearchClient } from "@provena-sdk/search";

// With @provena-sdk/registry installed, let it load the hits: its typed items and errors
// (ItemNotFoundError, …) come through, and it shares the transport.
const transport = createTransport({ domain: "mds.gbrrestoration.org", tokenProvider: { getToken: () => Promise.resolve(process.env.PROVENA_ACCESS_TOKEN ?? "") } });
const registry = new RegistryClient({ transport });
const search = new SearchClient({ transport });

const results = await search.searchAndLoad("reef model", { subtype: "MODEL", loader: (id, options) => registry.general.fetch(id, options) });
console.warn(results.items.map((hit) => `${hit.item.display_name ?? hit.id} (${hit.item.item_subtype})`));
