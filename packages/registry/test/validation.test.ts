// Validation: the registry's custom validators (soft failures → RegistryValidationError),
// FastAPI 422s (UnprocessableEntityError with issues), and the client-side check that names
// the bad field before anything is sent.
import { SoftFailureError, UnprocessableEntityError } from "@provena-sdk/http-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RegistryValidationError, RequestValidationError } from "../src/index.js";
import type { ModelRunWorkflowTemplateDomainInfo, PersonDomainInfo, RegistryClient } from "../src/index.js";
import { ORGANISATION, PERSON, createReferences, datasets, workflowTemplates } from "./support/examples.js";
import type { References } from "./support/examples.js";
import type { Fixture } from "./support/fixture.js";
import { startFixture } from "./support/fixture.js";

let fx: Fixture;
let user1: RegistryClient;
const refs = {} as References;

beforeAll(async () => {
  fx = await startFixture();
  user1 = fx.client("user1");
  Object.assign(refs, await createReferences(fx, "user1"));
});
afterAll(() => fx.stop());

describe("custom validation (soft failures)", () => {
  it("a Person without ethics approval is a RegistryValidationError on create, and invalid on validate", async () => {
    const unethical: PersonDomainInfo = { ...PERSON[0]!, ethics_approved: false };
    const error = await user1.person.create(unethical).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryValidationError);
    expect(error).toBeInstanceOf(SoftFailureError);
    expect((error as RegistryValidationError).details).toMatch(/^Validation Error/);
    expect((error as RegistryValidationError).details).toMatch(/ethics/i);
    const result = await user1.person.validate(unethical);
    expect(result.valid).toBe(false);
    expect(result.valid ? "" : result.details).toMatch(/ethics/i);
    expect(await user1.person.validate(PERSON[0]!)).toEqual({ valid: true });
  });

  it("a workflow template must reference a complete MODEL and existing dataset templates", async () => {
    const [good] = workflowTemplates(refs) as [ModelRunWorkflowTemplateDomainInfo];
    expect(await user1.workflowTemplate.validate(good)).toEqual({ valid: true });
    const missingModel = { ...good, software_id: "10378.1/424242424" };
    await expect(user1.workflowTemplate.create(missingModel)).rejects.toBeInstanceOf(RegistryValidationError);
    const wrongType = { ...good, software_id: refs.organisation };
    expect((await user1.workflowTemplate.validate(wrongType)).valid).toBe(false);
    const seed = await user1.model.seed();
    const seedModel = { ...good, software_id: seed.id };
    const error = await user1.workflowTemplate.create(seedModel).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryValidationError);
    expect((error as RegistryValidationError).details).toMatch(/seed/i);
  });

  it("a dataset needs real organisations and a valid EWKT", async () => {
    const [dataset] = datasets(refs);
    expect(await user1.dataset.validate(dataset!)).toEqual({ valid: true });
    const badEwkt = structuredClone(dataset!);
    badEwkt.collection_format.dataset_info.spatial_info = { coverage: "SRID=4326;NOT A SHAPE" };
    expect((await user1.dataset.validate(badEwkt)).valid).toBe(false);
    const missingOrg = structuredClone(dataset!);
    missingOrg.collection_format.associations.organisation_id = "10378.1/31313131";
    expect((await user1.dataset.validate(missingOrg)).valid).toBe(false);
  });
});

describe("malformed bodies", () => {
  it("the client-side check names the bad field and sends nothing", async () => {
    const bad = { ...ORGANISATION[0]!, name: 42 } as unknown as (typeof ORGANISATION)[number];
    const error = await user1.organisation.create(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    const rve = error as RequestValidationError;
    expect(rve.model).toBe("OrganisationDomainInfo");
    expect(rve.mode).toBe("strict");
    expect(rve.issues.map((i) => i.path)).toContainEqual(["name"]);
    expect(rve.message).toMatch(/name/);
    // Strict mode also refuses unknown keys.
    await expect(user1.organisation.create({ ...ORGANISATION[0]!, colour: "blue" } as never)).rejects.toBeInstanceOf(RequestValidationError);
  });

  it("with the client-side check off, the server's 422 arrives as UnprocessableEntityError with issues", async () => {
    const unchecked = fx.client("user1", { validateRequests: false });
    const bad = { ...ORGANISATION[0]!, name: { not: "a string" } } as unknown as (typeof ORGANISATION)[number];
    const error = await unchecked.organisation.create(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as UnprocessableEntityError).issues.map((i) => i.loc)).toContainEqual(["body", "name"]);

    const [dataset] = datasets(refs);
    const extra = structuredClone(dataset!) as unknown as { collection_format: { approvals: Record<string, unknown> } };
    extra.collection_format.approvals["unexpected"] = true; // CollectionFormat forbids unknown keys
    await expect(unchecked.dataset.validate(extra as never)).rejects.toBeInstanceOf(UnprocessableEntityError);
    await expect(unchecked.dataset.validate({ ...dataset!, display_name: 7 } as never)).rejects.toBeInstanceOf(UnprocessableEntityError);
  });

  it("schema and ui_schema describe the domain info", async () => {
    const schema = await user1.person.schema();
    expect(schema).toMatchObject({ type: "object" });
    expect(Object.keys((schema as { properties: object }).properties)).toEqual(expect.arrayContaining(["email", "first_name", "ethics_approved"]));
    expect(typeof (await user1.person.uiSchema())).toBe("object");
  });
});
