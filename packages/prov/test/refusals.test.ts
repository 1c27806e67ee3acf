// Each way a model-run record is refused: the server's synchronous validation (400 naming the
// problem), FastAPI's 422, and the client's own check before sending.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { passwordGrant } from "@provena-sdk/auth-core";
import { AbortError, BadRequestError, createTransport, PermissionDeniedError, RequestValidationError, UnauthorizedError, UnprocessableEntityError } from "@provena-sdk/http-core";
import type { GetTokenOptions } from "@provena-sdk/http-core";
import { ActivityWaitError, JobError, JobsClient } from "@provena-sdk/jobs";
import type { ModelRunRecord } from "../src/index.js";
import { ProvClient } from "../src/index.js";
import type { World } from "./support/world.js";
import { buildWorld } from "./support/world.js";

let w: World;
let input: string, output: string, otherTemplate: string;

beforeAll(async () => {
  w = await buildWorld();
  input = await w.dataset("refusal input");
  output = await w.dataset("refusal output");
  otherTemplate = (await w.user.registry.datasetTemplate.create({ display_name: "Unrelated", description: "Not in the workflow", defined_resources: [], deferred_resources: [] })).item.id;
}, 120_000);

afterAll(() => w?.stop());

describe("server-side validation refusals (400)", () => {
  const cases: [string, () => ModelRunRecord][] = [
    ["an unknown workflow template", () => w.record(input, output, { workflow_template_id: "10378.1/nope" })],
    ["a workflow template id that names a dataset", () => w.record(input, output, { workflow_template_id: input })],
    ["a required input template with no dataset", () => ({ ...w.record(input, output), inputs: [] })],
    ["a dataset for a template the workflow does not hold", () => ({ ...w.record(input, output), outputs: [...w.record(input, output).outputs, { dataset_template_id: otherTemplate, dataset_id: output, dataset_type: "DATA_STORE" }] })],
    ["a dataset id that names a model", () => w.record(w.model, output)],
    ["a missing required deferred resource", () => ({ ...w.record(input, output), inputs: [{ ...w.record(input, output).inputs[0]!, resources: {} }] })],
    ["an extra resource key", () => ({ ...w.record(input, output), inputs: [{ ...w.record(input, output).inputs[0]!, resources: { rain_file: "a", extra: "b" } }] })],
    ["a modeller that is not a Person", () => w.record(input, output, { associations: { modeller_id: w.organisation } })],
    ["a requesting organisation that is not an Organisation", () => w.record(input, output, { associations: { modeller_id: w.person, requesting_organisation_id: w.person } })],
    ["a missing required annotation", () => w.record(input, output, { annotations: { notes: "no experiment" } })],
    ["a study id that names a model", () => w.record(input, output, { study_id: w.model })],
  ];

  for (const [name, record] of cases) {
    it(`refuses ${name}`, async () => {
      const error = await w.user.prov.register(record()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BadRequestError);
      expect((error as BadRequestError).serverMessage).toMatch(/^Failed to validate/);
      expect((error as BadRequestError).operationName).toBe("prov.register");
    });
  }

  it("the same record with the fault fixed is accepted", async () => {
    await expect(w.user.prov.register(w.record(input, output), { wait: true })).resolves.toMatchObject({ modelRunId: expect.any(String) });
  });

  it("update validates the same way", async () => {
    const { modelRunId } = await w.user.prov.register(w.record(input, output), { wait: true });
    await expect(w.user.prov.update(modelRunId, w.record(input, output, { annotations: {} }), "drop it")).rejects.toBeInstanceOf(BadRequestError);
  });
});

describe("refusals before the server's own checks", () => {
  it("start after end is FastAPI's 422", async () => {
    const error = await w.user.prov.register(w.record(input, output, { start_time: 1_700_003_600, end_time: 1_700_000_000 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
  });

  it("a body missing a required field is refused by the client, naming the field; unchecked, the server says 422", async () => {
    const { display_name: _dropped, ...partial } = w.record(input, output);
    const error = await w.user.prov.register(partial as ModelRunRecord).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    expect((error as RequestValidationError).issues.map((i) => i.path)).toEqual([["display_name"]]);
    expect((error as RequestValidationError).model).toBe("ModelRunRecord");
    const unchecked = new ProvClient({ transport: w.user.transport, validateRequests: false });
    await expect(unchecked.register(partial as ModelRunRecord)).rejects.toBeInstanceOf(UnprocessableEntityError);
  });
});

describe("a registry 401 during validation", () => {
  it("is passed through: the SDK throws PermissionDeniedError with the registry's reason, without refreshing the token", async () => {
    // user2 may use the Prov API but cannot read user1's workflow template once its general access is gone.
    const requests: GetTokenOptions[] = [];
    const grant = passwordGrant({ issuer: w.server.issuer, username: "user2", password: "user2" });
    const transport = createTransport({
      endpoints: w.server.endpoints,
      tokenProvider: { getToken: (options = {}) => (requests.push(options), grant.getToken(options)) },
      validation: "strict",
      retry: false,
    });
    const user2 = new ProvClient({ transport });
    const record = w.record(input, output);
    const access = w.user.registry.workflowTemplate.auth;
    const settings = await access.configuration(w.workflow);
    await access.setConfiguration(w.workflow, { ...settings, general: [] });
    try {
      for (const wait of [false, true]) {
        const error = await user2.register(record, { wait }).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(PermissionDeniedError);
        expect(error).toBeInstanceOf(UnauthorizedError);
        expect((error as PermissionDeniedError).status).toBe(401);
        expect((error as PermissionDeniedError).refused).toBe("You are not authorised to fetch this item.");
        expect((error as PermissionDeniedError).operationName).toBe("prov.register");
      }
      // The same record from its owner is still accepted: the refusal was user2's rights, not the record.
      await expect(w.user.prov.register(record)).resolves.toMatchObject({ sessionId: expect.any(String) });
    } finally {
      await access.setConfiguration(w.workflow, settings);
    }
    expect(requests.some((options) => options.forceRefresh === true)).toBe(false);
  });
});

describe("a wait that does not finish", () => {
  it("an aborted register's ActivityWaitError keeps the job's session id, and the job still lodges the run", async () => {
    const error = await w.user.prov.register(w.record(input, output, { display_name: "aborted wait" }), { wait: { signal: AbortSignal.abort() } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ActivityWaitError);
    expect(error).toBeInstanceOf(JobError);
    const e = error as ActivityWaitError;
    expect(e.cause).toBeInstanceOf(AbortError);
    expect(e.operationName).toBe("prov.register");
    expect(e.itemId).toBeUndefined();
    expect(e.message).toContain(`job ${e.sessionId} was started`);
    const job = await new JobsClient({ transport: w.user.transport }).waitFor(e.sessionId, { timeoutMs: 60_000 });
    expect(job.status).toBe("SUCCEEDED");
  });
});
