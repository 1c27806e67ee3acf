// The provenance test world: a local server, raw HTTP calls to the Prov, Registry and Job APIs
// (every JSON answer checked against its spec document), and the items a model run needs.
import { expect } from "vitest";
import { startRegistry, type Body, type CallOptions, type RegistryHarness, type Result } from "../registry/client.js";
import { addServiceUsers, createAs, createReferences, DATASTORE_SERVICE, example, userContext, waitForJob, type References } from "../registry/fixtures.js";
import { assertMatchesSpec } from "../support/spec-check.js";

export interface ProvHarness extends RegistryHarness {
  prov(method: string, path: string, options?: CallOptions): Promise<Result>;
  /** Waits for a job (as `username`) and returns it settled. */
  job(username: string, sessionId: string): Promise<Body>;
}

export async function startProv(): Promise<ProvHarness> {
  const h = await startRegistry();
  addServiceUsers(h);
  const base = h.server.endpoints.prov.replace(/\/$/, "");
  const tokens = new Map<string, string>();
  return {
    ...h,
    async prov(method, path, options = {}) {
      const url = new URL(`${base}${path}`);
      for (const [k, v] of Object.entries(options.query ?? {})) if (v !== undefined) url.searchParams.set(k, String(v));
      const headers: Record<string, string> = { ...options.headers };
      let token = options.token;
      if (token === undefined && options.as !== undefined) {
        token = tokens.get(options.as) ?? h.server.mintToken(options.as);
        tokens.set(options.as, token);
      }
      if (token !== undefined) headers.authorization = `Bearer ${token}`;
      let body: string | undefined = options.rawBody;
      if (options.body !== undefined) body = JSON.stringify(options.body);
      if (body !== undefined) headers["content-type"] = "application/json";
      const res = await fetch(url, { method, headers, body });
      const text = await res.text();
      if (res.headers.get("content-type")?.includes("application/json") !== true) return { status: res.status, body: text };
      const parsed: unknown = text === "" ? undefined : JSON.parse(text);
      assertMatchesSpec("prov", method, path, res.status, parsed);
      return { status: res.status, body: parsed };
    },
    job: (username, sessionId) => waitForJob(h, username, sessionId),
  };
}

export interface World extends References {
  readonly user: string;
  readonly inputTemplate: string;
  readonly outputTemplate: string;
  readonly workflow: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly study: string;
  /** Create activity id of each item that has one (item id → activity id). */
  readonly createActivities: ReadonlyMap<string, string>;
}

/** A DATASET created the way the data store creates one (registry proxy create). */
export async function createDataset(h: RegistryHarness, username: string, refs: References, name: string): Promise<string> {
  const body = { ...example("DATASET", 0, refs), display_name: name };
  const res = await h.call("POST", "/registry/entity/dataset/proxy/create", { as: DATASTORE_SERVICE, headers: userContext(username), body });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.status.success, JSON.stringify(res.body.status)).toBe(true);
  return res.body.created_item.id as string;
}

/** The create activity of a versioned item, once its REGISTER_CREATE_ACTIVITY and lodge jobs are done. */
async function createActivityOf(h: ProvHarness, username: string, id: string): Promise<string> {
  const fetched = await h.call("GET", "/registry/general/fetch", { as: username, query: { id } });
  const session = String(fetched.body.item.workflow_links?.create_activity_workflow_id);
  const registered = await h.job(username, session);
  expect(registered.status, String(registered.info)).toBe("SUCCEEDED");
  const lodged = await h.job(username, String(registered.result.lodge_session_id));
  expect(lodged.status, String(lodged.info)).toBe("SUCCEEDED");
  return registered.result.creation_activity_id as string;
}

export async function buildWorld(h: ProvHarness, user = "user1"): Promise<World> {
  const shared = await createReferences(h, user);
  // createReferences writes its model and template while linked to a placeholder Person; the
  // world's own are created once the user is linked to the real one.
  const refs: References = {
    ...shared,
    model: await createAs(h, user, "/registry/entity/model", example("MODEL", 0, shared)),
    template: await createAs(h, user, "/registry/entity/dataset_template", example("DATASET_TEMPLATE", 0, shared)),
  };
  const outputTemplate = await createAs(h, user, "/registry/entity/dataset_template", {
    display_name: "Output template",
    description: "What the model writes",
    defined_resources: [],
    deferred_resources: [],
  });
  const workflow = await createAs(h, user, "/registry/entity/model_run_workflow", {
    display_name: "Workflow",
    software_id: refs.model,
    input_templates: [{ template_id: refs.template }],
    output_templates: [{ template_id: outputTemplate }],
    annotations: { required: ["experiment"], optional: ["notes"] },
  });
  const inputs = [await createDataset(h, user, refs, "input one"), await createDataset(h, user, refs, "input two")];
  const outputs = [await createDataset(h, user, refs, "output one"), await createDataset(h, user, refs, "output two")];
  const study = await createAs(h, user, "/registry/activity/study", { display_name: "Study", title: "Study", description: "A study" });
  const createActivities = new Map<string, string>();
  for (const id of [refs.model, refs.template, outputTemplate, workflow, ...inputs, ...outputs]) createActivities.set(id, await createActivityOf(h, user, id));
  return { ...refs, user, inputTemplate: refs.template, outputTemplate, workflow, inputs, outputs, study, createActivities };
}

/** A valid model run record of the world: input i → output i. */
export function recordOf(world: World, overrides: Record<string, unknown> = {}, index = 0): Record<string, unknown> {
  return {
    workflow_template_id: world.workflow,
    model_version: "1.0",
    inputs: [{ dataset_template_id: world.inputTemplate, dataset_id: world.inputs[index], dataset_type: "DATA_STORE", resources: { item_key: "/data/in.csv" } }],
    outputs: [{ dataset_template_id: world.outputTemplate, dataset_id: world.outputs[index], dataset_type: "DATA_STORE" }],
    annotations: { experiment: "baseline" },
    display_name: `Run ${index}`,
    description: "A model run",
    associations: { modeller_id: world.person, requesting_organisation_id: world.organisation },
    start_time: 1_700_000_000,
    end_time: 1_700_000_100,
    ...overrides,
  };
}

/** Registers through the async route and returns the new model run id from the job result. */
export async function register(h: ProvHarness, username: string, record: Record<string, unknown>): Promise<string> {
  const res = await h.prov("POST", "/model_run/register", { as: username, body: record });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const job = await h.job(username, String(res.body.session_id));
  expect(job.status, String(job.info)).toBe("SUCCEEDED");
  return job.result.record.id as string;
}

export type Link = readonly [source: string, type: string, target: string];

/** The links of an explore answer as sorted `source type target` strings (for exact comparison). */
export function linksOf(body: Body): string[] {
  const links = body.graph.links as { source: string; target: string; type: string }[];
  return links.map((l) => `${l.source} ${l.type} ${l.target}`).sort();
}

export const expectLinks = (links: readonly Link[]): string[] => links.map(([s, t, d]) => `${s} ${t} ${d}`).sort();
