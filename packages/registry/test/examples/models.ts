import { REGISTRY_SUBTYPE_MODELS, RegistryModels, type ItemPerson, type PersonDomainInfo } from "@provena-sdk/registry/models";

// Lenient (the default for SDK responses): unknown keys kept, unknown enum values tolerated,
// `null` accepted for optional fields.
const person: ItemPerson = RegistryModels.lenient.ItemPerson.parse(await (await fetch("https://registry.example/…")).json());
console.log(person.display_name, person.item_subtype);

// Strict (for tests): unknown keys and enum values rejected, fixed fields such as
// `item_subtype` checked against the subtype.
const body: PersonDomainInfo = { display_name: "Ada", email: "ada@example.com", first_name: "Ada", last_name: "Lovelace" };
RegistryModels.strict.PersonDomainInfo.parse(body);

// The models of each subtype, by name.
const { domainInfo } = REGISTRY_SUBTYPE_MODELS.DATASET; // "DatasetDomainInfo"
RegistryModels.strict[domainInfo].safeParse({});
