import { createTransport } from "@provena-sdk/http-core";
import { HitNotFoundError, SearchClient } from "@provena-sdk/search";

// One transport for every service client; searchAndLoad() needs the search and registry endpoints.
const transport = createTransport({ domain: "mds.gbrrestoration.org", tokenProvider: { getToken: () => Promise.resolve(process.env.PROVENA_ACCESS_TOKEN ?? "") } });
const search = new SearchClient({ transport });

const { items, accessDenied, failures } = await search.searchAndLoad("coral bleaching", { concurrency: 8 });
for (const { id, score, item } of items) console.warn(score.toFixed(2), id, item.display_name);
if (accessDenied.length > 0) console.warn(`${accessDenied.length} more results you are not allowed to see`);
for (const { id, error } of failures) {
  console.warn(id, error instanceof HitNotFoundError ? "was deleted from the registry" : error.message);
}
