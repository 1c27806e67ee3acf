import { BadRequestError, ForbiddenError, createTransport } from "@provena-sdk/http-core";
import { RegistryClient } from "@provena-sdk/registry";

const registry = new RegistryClient({ transport: createTransport({ domain: "provena.example.org" }) });
const myPersonId = "10378.1/1234567"; // the Person your user is linked to

// Datasets waiting for your release review, oldest request first, across every page.
for await (const dataset of registry.dataset.reviewingAll(myPersonId, { releaseStatus: "PENDING", sort: { by: "RELEASE_TIMESTAMP", ascending: true } })) {
  console.error(dataset.id, dataset.display_name, dataset.release_timestamp);
}

// One page at a time.
const page = await registry.dataset.reviewing(myPersonId, { pageSize: 50 });
console.error(page.items.length, page.paginationKey);

try {
  await registry.dataset.reviewing("10378.1/someone-else");
} catch (error) {
  if (error instanceof ForbiddenError) console.error("only your own linked Person's reviews"); // 403
  else if (error instanceof BadRequestError) console.error(error.serverMessage); // 400: not linked to a Person
  else throw error;
}
