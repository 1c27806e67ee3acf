import { createSearchClient } from "@provena-sdk/search";

// Any TokenProvider works; normally one from @provena-sdk/auth-core (device flow, offline token, …).
const search = createSearchClient({
  domain: "mds.gbrrestoration.org",
  tokenProvider: { getToken: () => Promise.resolve(process.env.PROVENA_ACCESS_TOKEN ?? "") },
});

const { hits } = await search.search("coral bleaching", { subtype: "DATASET", limit: 20 });
for (const hit of hits) console.warn(hit.id, hit.score.toFixed(2));
