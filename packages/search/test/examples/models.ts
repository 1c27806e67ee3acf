import { ItemSubTypeValues, SearchModels, type QueryResults } from "@provena-sdk/search/models";

const results: QueryResults = SearchModels.lenient.QueryResults.parse({
  status: { success: true, details: "ok" },
  results: [{ id: "10378.1/1", score: 3.2 }],
});
for (const hit of results.results ?? []) console.log(hit.id, hit.score);
console.log(ItemSubTypeValues.includes("DATASET"));
