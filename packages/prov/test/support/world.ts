// The provenance world for the over-HTTP tests, built through the SDK against a local server:
// user1 linked to a Person, an organisation, a model, an input template with a deferred
// resource, an output template, a workflow template, datasets (created as the data store
// creates them: registry proxy routes with the data-store-api service account) and a study.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { clientCredentials, passwordGrant } from "@provena-sdk/auth-core";
import { createTransport } from "@provena-sdk/http-core";
import type { Transport } from "@provena-sdk/http-core";
import { JobsClient } from "@provena-sdk/jobs";
import { startLocalServer } from "@provena-sdk/local-server";
import type { LocalServer } from "@provena-sdk/local-server";
import { RegistryClient } from "@provena-sdk/registry";
import type { DatasetDomainInfo } from "@provena-sdk/registry";
import type { ModelRunRecord } from "../../src/index.js";
import { ProvClient } from "../../src/index.js";

const examples = JSON.parse(readFileSync(join(import.meta.dirname, "../../../../specs/provena/examples/domain-info-examples.json"), "utf8")) as Record<string, { domain_info: unknown[] }>;
const example = <T>(subtype: string): T => structuredClone(examples[subtype]!.domain_info[0]) as T;

export interface Actor {
  readonly username: string;
  readonly transport: Transport;
  readonly registry: RegistryClient;
  readonly prov: ProvClient;
}

export interface World {
  readonly server: LocalServer;
  readonly user: Actor;
  readonly admin: Actor;
  readonly dataStore: RegistryClient;
  readonly person: string;
  readonly organisation: string;
  readonly model: string;
  readonly inputTemplate: string;
  readonly outputTemplate: string;
  readonly workflow: string;
  readonly study: string;
  /** Create activity of each versioned item made here (item id → CREATE id). */
  readonly createActivities: Map<string, string>;
  /** A new DATASET owned by user1 (its create activity lodged). */
  dataset(name: string): Promise<string>;
  /** A valid record: `input` → `output`. */
  record(input: string, output: string, overrides?: Partial<ModelRunRecord>): ModelRunRecord;
  stop(): Promise<void>;
}

export function actor(server: LocalServer, username: string): Actor {
  const transport = createTransport({
    endpoints: server.endpoints,
    tokenProvider: passwordGrant({ issuer: server.issuer, username, password: username }),
    validation: "strict",
    retry: false,
  });
  return { username, transport, registry: new RegistryClient({ transport }), prov: new ProvClient({ transport }) };
}

/** Creates a Person owned by the actor and links the actor's user to it. */
export async function linkPerson(a: Actor): Promise<string> {
  const { item } = await a.registry.person.create({ ...example("PERSON"), display_name: `${a.username} person`, email: `${a.username}@example.com` });
  await a.transport.request({ service: "auth", method: "POST", path: "/link/user/assign", json: { person_id: item.id }, envelope: false, operationName: "test.link.assign" });
  return item.id;
}

export async function buildWorld(): Promise<World> {
  const server = await startLocalServer({ jobStepDelayMs: 0 });
  const user = actor(server, "user1");
  const admin = actor(server, "admin");
  // Jobs launched for user1 through the proxy routes are user1's to poll.
  const dataStore = new RegistryClient({
    jobs: new JobsClient({ transport: user.transport }),
    transport: createTransport({
      endpoints: server.endpoints,
      tokenProvider: clientCredentials({ issuer: server.issuer, clientId: "data-store-api", clientSecret: "data-store-api-secret" }),
      validation: "strict",
      retry: false,
    }),
  });
  const person = await linkPerson(user);
  await linkPerson(admin);
  const createActivities = new Map<string, string>();
  const remember = (result: { item: { id: string }; activity: { activityId: string } | null }): string => {
    if (result.activity !== null) createActivities.set(result.item.id, result.activity.activityId);
    return result.item.id;
  };
  const organisation = (await user.registry.organisation.create(example("ORGANISATION"))).item.id;
  const model = remember(await user.registry.model.create(example("MODEL"), { wait: true }));
  const inputTemplate = remember(
    await user.registry.datasetTemplate.create(
      { display_name: "Rainfall", description: "Daily rainfall", defined_resources: [], deferred_resources: [{ key: "rain_file", description: "The rainfall file", usage_type: "GENERAL_DATA" }] },
      { wait: true },
    ),
  );
  const outputTemplate = remember(await user.registry.datasetTemplate.create({ display_name: "Runoff", description: "Modelled runoff", defined_resources: [], deferred_resources: [] }, { wait: true }));
  const workflow = remember(
    await user.registry.workflowTemplate.create(
      {
        display_name: "Catchment workflow",
        software_id: model,
        input_templates: [{ template_id: inputTemplate, optional: false }],
        output_templates: [{ template_id: outputTemplate, optional: false }],
        annotations: { required: ["experiment"], optional: ["notes"] },
      },
      { wait: true },
    ),
  );
  const study = (await user.registry.study.create({ display_name: "Catchment study", title: "Catchment study", description: "Runoff under changed rainfall" })).item.id;
  const userContext = { username: "user1", email: "user1@example.com", roles: ["entity-registry-read", "entity-registry-write"] };

  return {
    server,
    user,
    admin,
    dataStore,
    person,
    organisation,
    model,
    inputTemplate,
    outputTemplate,
    workflow,
    study,
    createActivities,
    async dataset(name) {
      const info = example<DatasetDomainInfo>("DATASET");
      info.display_name = name;
      info.collection_format.dataset_info.name = name;
      info.collection_format.associations.organisation_id = organisation;
      info.collection_format.dataset_info.publisher_id = organisation;
      return remember(await dataStore.dataset.proxy(userContext).create(info, { wait: true }));
    },
    record: (input, output, overrides = {}) => ({
      workflow_template_id: workflow,
      model_version: "1.0",
      inputs: [{ dataset_template_id: inputTemplate, dataset_id: input, dataset_type: "DATA_STORE", resources: { rain_file: "data/rain.csv" } }],
      outputs: [{ dataset_template_id: outputTemplate, dataset_id: output, dataset_type: "DATA_STORE" }],
      annotations: { experiment: "baseline" },
      display_name: "Catchment run",
      description: "Runoff from rainfall",
      associations: { modeller_id: person, requesting_organisation_id: organisation },
      start_time: 1_700_000_000,
      end_time: 1_700_003_600,
      ...overrides,
    }),
    stop: () => server.stop(),
  };
}

/** A graph's edges as sorted `source type target` strings, for exact comparison. */
export function edgeSet(graph: { edges(): { source: string; target: string; type: string }[] }): string[] {
  return graph.edges().map((e) => `${e.source} ${e.type} ${e.target}`).sort();
}

export const edges = (...list: [string, string, string][]): string[] => list.map(([s, t, d]) => `${s} ${t} ${d}`).sort();
