import { clientCredentials } from "@provena-sdk/auth-core";
import { createRegistryClient } from "@provena-sdk/registry";
import type { DatasetDomainInfo } from "@provena-sdk/registry";

// A service account (the data store) writes datasets for a user through the hidden proxy routes.
const registry = createRegistryClient({
  domain: "provena.example.org",
  tokenProvider: clientCredentials({ domain: "provena.example.org", realm: "provena", clientId: "data-store-api", clientSecret: "…" }),
});
const asUser = registry.dataset.proxy({ username: "user1", email: "user1@example.org", roles: ["entity-registry-read", "entity-registry-write"] });

declare const metadata: DatasetDomainInfo;
const seed = await asUser.seed();
await asUser.update(seed.id, metadata);
const next = await asUser.version(seed.id, "new data");
console.error(next.newVersionId);
