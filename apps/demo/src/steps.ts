// The walk through Provena, one step per concern, each using only the SDK's public surface.
// Nothing here is local-only: the local server is just the default deployment.
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { DatasetFiles } from "@provena-sdk/datastore/node";
import { writeLineageHtml } from "@provena-sdk/prov/node";
import type { Prov} from "provena-sdk";
import { Datastore, ServerError, type ProvenaClient } from "provena-sdk";
import type { ProgressBar } from "./progress.js";
import { StepSkipped, type Step } from "./runner.js";

export interface DemoState {
  readonly client: ProvenaClient;
  /** Where inputs are written, outputs downloaded, lineage and the report saved. */
  readonly outDir: string;
  /** A label unique to this run, so repeated runs against one deployment do not collide. */
  readonly tag: string;
  username?: string;
  personId?: string;
  organisationId?: string;
  modelId?: string;
  inputTemplateId?: string;
  outputTemplateId?: string;
  workflowId?: string;
  inputDatasetId?: string;
  outputDatasetId?: string;
  modelRunId?: string;
  versionId?: string;
  lineage?: Prov.LineageGraph;
}

const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`${what} is missing (an earlier step did not set it)`);
  return value;
};

/** Shows elapsed time on the bar while `work` runs (job waits have no total to show). */
async function during<T>(progress: ProgressBar, label: string, work: Promise<T>): Promise<T> {
  const t0 = performance.now();
  const timer = setInterval(() => progress.update(Math.round((performance.now() - t0) / 100) / 10, undefined, `${label} (s)`), 200);
  try {
    return await work;
  } finally {
    clearInterval(timer);
  }
}

function datasetMetadata(state: DemoState, name: string, description: string): Datastore.CollectionFormat {
  const none = { relevant: false, obtained: false };
  const organisationId = need(state.organisationId, "the organisation");
  return {
    associations: { organisation_id: organisationId, data_custodian_id: need(state.personId, "the Person") },
    approvals: { ethics_registration: none, ethics_access: none, indigenous_knowledge: none, export_controls: none },
    dataset_info: {
      name,
      description,
      access_info: Datastore.repositedAccess(),
      publisher_id: organisationId,
      created_date: { relevant: true, value: "2024-03-01" },
      published_date: { relevant: true, value: "2024-06-01" },
      license: "https://creativecommons.org/licenses/by/4.0/",
      keywords: ["provena-sdk-demo", state.tag],
    },
  };
}

export const STEPS: readonly Step<DemoState>[] = [
  {
    name: "log in (device flow)",
    async run(state, ctx) {
      const me = await state.client.whoami();
      state.username = me.username;
      ctx.note(`as ${me.username ?? "?"} (${me.roles.length} roles)`);
    },
  },
  {
    name: "link a Person to the user",
    async run(state, ctx) {
      const { registry, auth } = state.client;
      const existing = await auth.links.lookup();
      if (existing !== null) {
        state.personId = existing;
        ctx.note(`already linked to ${existing}`);
        return;
      }
      const { item } = await registry.person.create({
        display_name: `Demo Person ${state.tag}`,
        first_name: "Demo",
        last_name: "Person",
        email: "demo@example.org",
        ethics_approved: true,
      });
      ctx.created({ kind: "PERSON", id: item.id, name: item.display_name });
      await auth.links.assign(item.id);
      state.personId = item.id;
    },
  },
  {
    name: "create an organisation",
    async run(state, ctx) {
      const { item } = await state.client.registry.organisation.create({ display_name: `Demo Org ${state.tag}`, name: `Demo Org ${state.tag}`, ror: "https://ror.org/03qn8fb07" });
      ctx.created({ kind: "ORGANISATION", id: item.id, name: item.display_name });
      state.organisationId = item.id;
    },
  },
  {
    name: "create a model",
    async run(state, ctx) {
      const { item } = await state.client.registry.model.create({
        display_name: `Catchment model ${state.tag}`,
        name: `Catchment model ${state.tag}`,
        description: "Daily runoff from rainfall",
        documentation_url: "https://example.org/catchment/docs",
        source_url: "https://example.org/catchment/src",
      });
      ctx.created({ kind: "MODEL", id: item.id, name: item.display_name });
      state.modelId = item.id;
    },
  },
  {
    name: "create dataset templates",
    async run(state, ctx) {
      const { registry } = state.client;
      const input = await registry.datasetTemplate.create({
        display_name: `Rainfall input ${state.tag}`,
        description: "Daily rainfall per sub-catchment",
        defined_resources: [{ path: "rainfall.csv", description: "rainfall, mm/day", usage_type: "GENERAL_DATA" }],
        deferred_resources: [],
      });
      const output = await registry.datasetTemplate.create({
        display_name: `Runoff output ${state.tag}`,
        description: "Daily runoff per sub-catchment",
        defined_resources: [{ path: "runoff.csv", description: "runoff, ML/day", usage_type: "GENERAL_DATA" }],
        deferred_resources: [],
      });
      ctx.created({ kind: "DATASET_TEMPLATE", id: input.item.id, name: input.item.display_name });
      ctx.created({ kind: "DATASET_TEMPLATE", id: output.item.id, name: output.item.display_name });
      state.inputTemplateId = input.item.id;
      state.outputTemplateId = output.item.id;
    },
  },
  {
    name: "create a workflow template",
    async run(state, ctx) {
      const { item } = await state.client.registry.workflowTemplate.create({
        display_name: `Catchment workflow ${state.tag}`,
        software_id: need(state.modelId, "the model"),
        input_templates: [{ template_id: need(state.inputTemplateId, "the input template"), optional: false }],
        output_templates: [{ template_id: need(state.outputTemplateId, "the output template"), optional: false }],
        annotations: { required: [], optional: ["calibration"] },
      });
      ctx.created({ kind: "WORKFLOW_TEMPLATE", id: item.id, name: item.display_name });
      state.workflowId = item.id;
    },
  },
  {
    name: "mint input and output datasets",
    async run(state, ctx) {
      const { datastore } = state.client;
      const input = await during(ctx.progress, "minting", datastore.mint(datasetMetadata(state, `Rainfall ${state.tag}`, "Rainfall for the demo run"), { wait: true }));
      ctx.created({ kind: "DATASET", id: input.handle, name: "input" });
      const output = await during(ctx.progress, "minting", datastore.mint(datasetMetadata(state, `Runoff ${state.tag}`, "Runoff from the demo run"), { wait: true }));
      ctx.created({ kind: "DATASET", id: output.handle, name: "output" });
      state.inputDatasetId = input.handle;
      state.outputDatasetId = output.handle;
    },
  },
  {
    name: "upload files to the datasets",
    async run(state, ctx) {
      const folder = join(state.outDir, "input");
      await mkdir(folder, { recursive: true });
      const days = Array.from({ length: 365 }, (_, d) => `2024-${String(Math.floor(d / 28) + 1).padStart(2, "0")}-${String((d % 28) + 1).padStart(2, "0")}`);
      await writeFile(join(folder, "rainfall.csv"), ["date,subcatchment,rain_mm", ...days.flatMap((day) => [1, 2, 3].map((s) => `${day},${s},${((s * 7 + day.length) % 23) / 2}`))].join("\n"));
      await writeFile(join(folder, "README.txt"), "Rainfall for the provena-sdk demo.\n");
      const onProgress = (p: Datastore.TransferProgress) => ctx.progress.update(p.bytesTransferred, p.totalBytes, "uploading");
      const inputs = await new DatasetFiles(state.client.datastore, need(state.inputDatasetId, "the input dataset")).uploadFolder(folder, { onProgress });
      const outFolder = join(state.outDir, "model-output");
      await mkdir(outFolder, { recursive: true });
      await writeFile(join(outFolder, "runoff.csv"), ["date,subcatchment,runoff_ml", ...days.map((day, i) => `${day},1,${(i % 17) * 3}`)].join("\n"));
      const outputs = await new DatasetFiles(state.client.datastore, need(state.outputDatasetId, "the output dataset")).uploadFolder(outFolder, { onProgress });
      ctx.note(`${inputs.transferred.length + outputs.transferred.length} files, ${inputs.bytes + outputs.bytes} bytes`);
    },
  },
  {
    name: "register a model run and wait",
    async run(state, ctx) {
      const record: Prov.ModelRunRecord = {
        workflow_template_id: need(state.workflowId, "the workflow template"),
        inputs: [{ dataset_template_id: need(state.inputTemplateId, "the input template"), dataset_id: need(state.inputDatasetId, "the input dataset"), dataset_type: "DATA_STORE" }],
        outputs: [{ dataset_template_id: need(state.outputTemplateId, "the output template"), dataset_id: need(state.outputDatasetId, "the output dataset"), dataset_type: "DATA_STORE" }],
        display_name: `Demo run ${state.tag}`,
        description: "Runoff for 2024 from the demo's rainfall",
        associations: { modeller_id: need(state.personId, "the Person"), requesting_organisation_id: state.organisationId },
        start_time: 1_704_067_200,
        end_time: 1_704_070_800,
      };
      const { modelRunId } = await during(ctx.progress, "waiting for the job", state.client.prov.register(record, { wait: true }));
      ctx.created({ kind: "MODEL_RUN", id: modelRunId, name: record.display_name });
      state.modelRunId = modelRunId;
    },
  },
  {
    name: "explore lineage upstream and downstream",
    async run(state, ctx) {
      const { prov } = state.client;
      const runId = need(state.modelRunId, "the model run");
      const upstream = await prov.explore.upstream(runId, { depth: 2 });
      const downstream = await prov.explore.downstream(need(state.inputDatasetId, "the input dataset"), { depth: 2 });
      if (!downstream.nodes().some((n) => n.id === state.outputDatasetId)) throw new Error("the output dataset is not downstream of the input");
      state.lineage = await prov.lineage(runId, { direction: "upstream", depth: 3 });
      ctx.note(`${upstream.size} nodes upstream of the run, ${downstream.size} downstream of the input`);
    },
  },
  {
    name: "write the lineage (Mermaid, HTML)",
    async run(state, ctx) {
      const graph = need(state.lineage, "the lineage graph");
      await writeFile(join(state.outDir, "lineage.mmd"), graph.toMermaid());
      await writeLineageHtml(graph, join(state.outDir, "lineage.html"), { title: `Demo run ${state.tag}` });
      ctx.note(`${join(state.outDir, "lineage.mmd")}, lineage.html`);
    },
  },
  {
    name: "search for what was made",
    async run(state, ctx) {
      const { hits } = await state.client.search.search(state.tag);
      const wanted = [state.organisationId, state.modelId, state.inputDatasetId, state.outputDatasetId].filter((id) => id !== undefined);
      const found = wanted.filter((id) => hits.some((hit) => hit.id === id));
      ctx.note(`${hits.length} hits, ${found.length}/${wanted.length} of this run's items`);
      if (found.length === 0) throw new Error(`searching for "${state.tag}" found none of this run's items`);
    },
  },
  {
    name: "version the output dataset",
    async run(state, ctx) {
      const { newVersionId } = await during(ctx.progress, "waiting for the job", state.client.datastore.version(need(state.outputDatasetId, "the output dataset"), "recalibrated run", { wait: true }));
      ctx.created({ kind: "DATASET", id: newVersionId, name: "output, version 2" });
      state.versionId = newVersionId;
    },
  },
  {
    name: "run the release workflow",
    async run(state, ctx) {
      const { release } = state.client.datastore;
      const personId = need(state.personId, "the Person");
      const reviewers = await release.listReviewers();
      // On a deployment this needs a reviewer other than you; locally the demo user reviews.
      const reviewer = reviewers.find((r) => r !== personId) ?? (await addSelf(release, personId, reviewers));
      const datasetId = need(state.outputDatasetId, "the output dataset");
      await release.requestApproval(datasetId, reviewer, "demo: ready for release");
      if (reviewer === personId) {
        await release.approve(datasetId, "demo: approved");
        ctx.note("requested and approved");
      } else ctx.note(`requested from reviewer ${reviewer}`);
    },
  },
  {
    name: "download the outputs",
    async run(state, ctx) {
      const files = new DatasetFiles(state.client.datastore, need(state.outputDatasetId, "the output dataset"));
      const summary = await files.downloadAll(join(state.outDir, "downloaded-output"), { onProgress: (p) => ctx.progress.update(p.bytesTransferred, p.totalBytes, "downloading") });
      ctx.note(`${summary.transferred.length} files, ${summary.bytes} bytes`);
    },
  },
  {
    name: "generate a report",
    async run(state, ctx) {
      const { prov } = state.client;
      const request = prov.generateReport({ id: need(state.modelRunId, "the model run"), itemSubtype: "MODEL_RUN", depth: 2 }, { wait: true });
      const { reportUrl } = await during(ctx.progress, "waiting for the job", request).catch((error: unknown) => {
        // A server without the route answers 501; that is the deployment's gap, not a failure.
        if (error instanceof ServerError && error.status === 501) throw new StepSkipped("this server does not generate reports (501)");
        throw error;
      });
      const file = join(state.outDir, "report.docx");
      await writeFile(file, await prov.downloadReport(reportUrl));
      ctx.note(file);
    },
  },
];

async function addSelf(release: ProvenaClient["datastore"]["release"], personId: string, reviewers: string[]): Promise<string> {
  if (!reviewers.includes(personId)) await release.addReviewer(personId);
  return personId;
}
