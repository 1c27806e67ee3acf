import { defineModels } from "@provena-sdk/http-core";
import { describe, expect, it } from "vitest";
import {
  REGISTRY_FORBIDS_EXTRA,
  REGISTRY_SUBTYPE_MODELS,
  REGISTRY_SUBTYPES,
  RegistryDefaults,
  RegistryModels,
  buildRegistryModels,
  type ItemPerson,
} from "../src/registry/index.js";
import { collectionFormats, domainInfoExamples, personItem } from "./registry-fixtures.js";

const strict = RegistryModels.strict;
const lenient = RegistryModels.lenient;

describe("upstream example payloads", () => {
  const examples = domainInfoExamples();

  it("cover every subtype the registry serves", () => {
    expect(Object.keys(examples).sort()).toEqual([...REGISTRY_SUBTYPES].sort());
  });

  for (const subtype of REGISTRY_SUBTYPES) {
    const modelName = REGISTRY_SUBTYPE_MODELS[subtype].domainInfo;
    it(`${subtype} domain info validates against strict ${modelName}, unchanged`, () => {
      const payloads = examples[subtype]?.domain_info ?? [];
      expect(payloads.length).toBeGreaterThan(0);
      for (const payload of payloads) {
        const result = strict[modelName].safeParse(payload);
        expect(result.error?.issues ?? []).toEqual([]);
        // No defaults filled in, nothing dropped.
        expect(result.data).toEqual(payload);
      }
    });
  }

  it("every collection format validates against strict CollectionFormat", () => {
    const formats = Object.entries(collectionFormats());
    expect(formats).toHaveLength(3);
    for (const [, format] of formats) {
      const result = strict.CollectionFormat.safeParse(format);
      expect(result.error?.issues ?? []).toEqual([]);
      expect(result.data).toEqual(format);
    }
  });
});

describe("validation modes", () => {
  const person = { display_name: "Ada", email: "ada@example.com", first_name: "Ada", last_name: "Lovelace" };

  it("strict rejects an unknown key; lenient keeps it", () => {
    const withExtra = { ...person, shoe_size: 39 };
    const failure = strict.PersonDomainInfo.safeParse(withExtra);
    expect(failure.success).toBe(false);
    expect(failure.error?.issues[0]?.code).toBe("unrecognized_keys");
    expect(lenient.PersonDomainInfo.parse(withExtra)).toEqual(withExtra);
  });

  it("lenient tolerates an unknown enum value; strict rejects it", () => {
    const resource = { path: "a/", description: "inputs", usage_type: "QUANTUM_DATA" };
    const template = { display_name: "T", defined_resources: [resource] };
    expect(lenient.DatasetTemplateDomainInfo.parse(template)).toEqual(template);
    expect(strict.DatasetTemplateDomainInfo.safeParse(template).success).toBe(false);
    expect(strict.DatasetTemplateDomainInfo.parse({ ...template, defined_resources: [{ ...resource, usage_type: "GENERAL_DATA" }] })).toBeTruthy();
  });

  it("accepts explicit null and absence for an optional field in both modes", () => {
    for (const models of [strict, lenient]) {
      expect(models.PersonDomainInfo.parse({ ...person, orcid: null })).toEqual({ ...person, orcid: null });
      expect(models.PersonDomainInfo.parse(person)).toEqual(person);
    }
  });

  it("rejects a wrong type or a missing required field in both modes", () => {
    for (const models of [strict, lenient]) {
      expect(models.PersonDomainInfo.safeParse({ ...person, first_name: 5 }).success).toBe(false);
      const { email: _email, ...noEmail } = person;
      expect(models.PersonDomainInfo.safeParse(noEmail).success).toBe(false);
      expect(models.ItemPerson.safeParse({ ...personItem(), created_timestamp: 1.5 }).success).toBe(false);
    }
  });

  it("applies the spec's length limits in both modes", () => {
    for (const models of [strict, lenient]) {
      expect(models.PersonDomainInfo.safeParse({ ...person, orcid: "" }).success).toBe(false);
      expect(models.PersonDomainInfo.safeParse({ ...person, orcid: `https://orcid.org/${"0".repeat(65_536)}` }).success).toBe(false);
    }
  });

  it("does not fill in spec defaults, but records them for request building", () => {
    expect(strict.PersonDomainInfo.parse(person)).not.toHaveProperty("ethics_approved");
    expect(RegistryDefaults.PersonDomainInfo.ethics_approved).toBe(false);
    expect(RegistryDefaults.ItemPerson.item_subtype).toBe("PERSON");
  });
});

describe("complete items", () => {
  it("a complete PERSON as the server sends it parses in both modes into the ItemPerson type", () => {
    const parsed: ItemPerson = strict.ItemPerson.parse(personItem());
    expect(parsed).toEqual(personItem());
    expect(lenient.ItemPerson.parse(personItem())).toEqual(personItem());
  });

  it("item_subtype is a literal in strict mode and the open enum in lenient mode", () => {
    const mislabelled = { ...personItem(), item_subtype: "ORGANISATION" };
    expect(strict.ItemPerson.safeParse(mislabelled).success).toBe(false);
    expect(lenient.ItemPerson.parse(mislabelled).item_subtype).toBe("ORGANISATION");
    expect(lenient.ItemPerson.parse({ ...personItem(), item_subtype: "FUTURE_SUBTYPE" }).item_subtype).toBe("FUTURE_SUBTYPE");
  });

  it("a fetch response carries either the complete item or a seed", () => {
    const seed = {
      id: "10378.1/2",
      owner_username: "ada",
      created_timestamp: 1,
      updated_timestamp: 1,
      item_category: "AGENT",
      item_subtype: "PERSON",
      record_type: "SEED_ITEM",
      workflow_links: null,
      versioning_info: null,
    };
    const status = { success: true, details: "ok" };
    for (const item of [personItem(), seed]) {
      const response = { status, item, roles: ["metadata-read"], locked: false, item_is_seed: item === seed };
      expect(strict.PersonFetchResponse.parse(response)).toEqual(response);
    }
    expect(strict.PersonFetchResponse.safeParse({ status, item: { id: "x" } }).success).toBe(false);
  });
});

describe("models upstream closes with Extra.forbid", () => {
  const format = (): Record<string, unknown> => structuredClone(Object.values(collectionFormats())[0]!);

  it("are listed in REGISTRY_FORBIDS_EXTRA", () => {
    expect(REGISTRY_FORBIDS_EXTRA.has("CollectionFormat")).toBe(true);
    expect(REGISTRY_FORBIDS_EXTRA.has("CollectionFormatDatasetInfo")).toBe(true);
    expect(REGISTRY_FORBIDS_EXTRA.has("PersonDomainInfo")).toBe(false);
  });

  it("keep unknown keys when an SDK parses leniently, reject them when built with forbidExtra", () => {
    const withExtra = { ...format(), surprise: true };
    expect(lenient.CollectionFormat.parse(withExtra)).toHaveProperty("surprise", true);
    expect(strict.CollectionFormat.safeParse(withExtra).success).toBe(false);
    const server = defineModels((k) => buildRegistryModels(k, { forbidExtra: true }));
    expect(server.lenient.CollectionFormat.safeParse(withExtra).success).toBe(false);
    // …also nested, and only on closed models: PersonDomainInfo still keeps extras.
    const nested = format();
    (nested.dataset_info as Record<string, unknown>).surprise = 1;
    expect(server.lenient.CollectionFormat.safeParse(nested).success).toBe(false);
    expect(server.lenient.PersonDomainInfo.parse({ display_name: "A", email: "a@b.c", first_name: "A", last_name: "B", x: 1 })).toHaveProperty("x", 1);
  });

  it("reject empty strings (min_anystr_length=1) in both modes", () => {
    const emptyName = format();
    (emptyName.dataset_info as Record<string, unknown>).name = "";
    const emptyKeyword = format();
    (emptyKeyword.dataset_info as Record<string, unknown>).keywords = ["ok", ""];
    for (const models of [strict, lenient]) {
      expect(models.CollectionFormat.safeParse(emptyName).success).toBe(false);
      expect(models.CollectionFormat.safeParse(emptyKeyword).success).toBe(false);
    }
  });
});
