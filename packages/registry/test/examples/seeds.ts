import { RegistryClient } from "@provena-sdk/registry";
import { createTransport } from "@provena-sdk/http-core";

const registry = new RegistryClient({ transport: createTransport({ domain: "provena.example.org" }) });

// Seeds are refused unless asked for; with `seedAllowed` the result is discriminated on `isSeed`.
const seed = await registry.person.seed();
const fetched = await registry.person.fetch(seed.id, { seedAllowed: true });
if (fetched.isSeed) console.error("still a seed", fetched.item.record_type);
else console.error(fetched.item.first_name); // ItemPerson

// A seed becomes complete on its first update.
await registry.person.update(seed.id, {
  display_name: "Ada Lovelace",
  email: "ada@example.org",
  first_name: "Ada",
  last_name: "Lovelace",
  ethics_approved: true,
});
