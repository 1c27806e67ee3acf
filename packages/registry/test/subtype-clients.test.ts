// createSubtypeClients: clients of chosen subtypes only, the same clients RegistryClient has
// (same actions, same types, same models), against the local server over real HTTP.
import { passwordGrant } from "@provena-sdk/auth-core";
import { createTransport } from "@provena-sdk/http-core";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import { createSubtypeClients, REGISTRY_SUBTYPE_MODELS, RegistryModels, RequestValidationError, SUBTYPE_KEYS, SUBTYPE_TABLE } from "../src/index.js";
import type { FetchedItem, ItemOrganisation, ItemPerson, OrganisationDomainInfo } from "../src/index.js";
import * as subtypes from "../src/subtypes-entry.js";
import { ORGANISATION, PERSON } from "./support/examples.js";
import { startFixture, type Fixture } from "./support/fixture.js";

describe("subtype definitions", () => {
  it.each(SUBTYPE_KEYS)("%s: its table row and the models REGISTRY_SUBTYPE_MODELS names", (key) => {
    const definition = subtypes[key];
    expect(definition.key).toBe(key);
    expect(definition.entry).toBe(SUBTYPE_TABLE[key]);
    expect(definition.reviewing !== undefined).toBe(definition.entry.releaseReviews);
    const names = REGISTRY_SUBTYPE_MODELS[definition.entry.subtype];
    expect(definition.models.domainInfoName).toBe(names.domainInfo);
    for (const mode of ["lenient", "strict"] as const) {
      const models = RegistryModels.get(mode);
      expect(definition.models.domainInfo(mode)).toBe(models[names.domainInfo]);
      expect(definition.models.fetchResponse(mode)).toBe(models[names.fetchResponse]);
      expect(definition.models.listResponse(mode)).toBe(models[names.listResponse]);
      const sibling = (suffix: string) => names.fetchResponse.replace(/FetchResponse$/, suffix) as keyof typeof models;
      const hasWrites = definition.entry.routes !== "READ_ONLY";
      expect(definition.models.seedResponse?.(mode)).toBe(hasWrites ? models[sibling("SeedResponse")] : undefined);
      expect(definition.models.createResponse?.(mode)).toBe(hasWrites ? models[sibling("CreateResponse")] : undefined);
    }
  });
});

describe("createSubtypeClients", () => {
  let fixture: Fixture;
  beforeAll(async () => {
    fixture = await startFixture();
  });
  afterAll(() => fixture.stop());

  const clients = () =>
    createSubtypeClients({
      endpoints: fixture.server.endpoints,
      tokenProvider: passwordGrant({ issuer: fixture.server.issuer, username: "user1", password: "user1" }),
      validation: "strict",
      retry: false,
      subtypes: { organisation: subtypes.organisation, people: subtypes.person },
    });

  it("builds exactly the subtypes passed, under the names given, typed as RegistryClient's", async () => {
    const registry = clients();
    expect(Object.keys(registry)).toEqual(["organisation", "people"]);
    const { item: org } = await registry.organisation.create(ORGANISATION[0]!);
    const fetched = await registry.organisation.fetch(org.id);
    expectTypeOf(fetched).toEqualTypeOf<FetchedItem<ItemOrganisation>>();
    expectTypeOf<Parameters<typeof registry.organisation.create>[0]>().toEqualTypeOf<OrganisationDomainInfo>();
    expect(fetched.item).toEqual(org);
    expect(fetched.item.display_name).toBe(ORGANISATION[0]!.display_name);
    const { item: person } = await registry.people.create(PERSON[0]!);
    const people = await registry.people.list();
    expectTypeOf(people.items).toEqualTypeOf<ItemPerson[]>();
    expect(people.items.map((p) => p.id)).toContain(person.id);
    // A method the subtype does not have is a compile error here too.
    // @ts-expect-error organisations do not version
    void registry.organisation.version;
    expect("version" in registry.organisation).toBe(false);
    // @ts-expect-error only the subtypes passed are there
    void registry.model;
  });

  it("checks request bodies against the subtype's own model, named in the error", async () => {
    const registry = clients();
    const bad = { ...ORGANISATION[0]!, display_name: 42 } as unknown as OrganisationDomainInfo;
    const error = await registry.organisation.create(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).model).toBe("OrganisationDomainInfo");
    expect((error as RequestValidationError).issues.map((i) => i.path)).toEqual([["display_name"]]);
  });

  it("shares a transport that is passed, and keeps a `__proto__` name as an own property", () => {
    const transport = createTransport({ endpoints: { registry: "http://127.0.0.1:9/registry-api" } });
    const registry = createSubtypeClients({ transport, subtypes: { ["__proto__"]: subtypes.study } });
    expect(Object.getPrototypeOf(registry)).toBe(Object.prototype);
    expect(Object.hasOwn(registry, "__proto__")).toBe(true);
  });
});
