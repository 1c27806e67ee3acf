import { passwordGrant } from "@provena-sdk/auth-core";
import { startLocalServer } from "@provena-sdk/local-server";
import { createRegistryClient } from "@provena-sdk/registry";

// Against the offline local server; for a deployment pass `domain` and a real token provider.
const server = await startLocalServer();
const registry = createRegistryClient({
  endpoints: server.endpoints,
  tokenProvider: passwordGrant({ issuer: server.issuer, username: "user1", password: "user1" }),
});

const { item: org } = await registry.organisation.create({ display_name: "CSIRO", name: "CSIRO", ror: "https://ror.org/03qn8fb07" });
const { item, roles, locked } = await registry.organisation.fetch(org.id); // item: ItemOrganisation
console.error(item.display_name, roles, locked);

await registry.organisation.update(org.id, { display_name: "CSIRO (AU)", name: "CSIRO" }, { reason: "rename" });
await registry.organisation.revert(org.id, 0, "keep the original name");
await server.stop();
