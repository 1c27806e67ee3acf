// Upstream's domain-info examples (specs/provena/examples/domain-info-examples.json), with their
// placeholder ids ("1234", …) replaced by real items of the right subtype.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type {
  DatasetDomainInfo,
  DatasetTemplateDomainInfo,
  ModelDomainInfo,
  ModelRunDomainInfo,
  ModelRunWorkflowTemplateDomainInfo,
  OrganisationDomainInfo,
  PersonDomainInfo,
  StudyDomainInfo,
} from "../../src/index.js";
import type { Fixture } from "./fixture.js";

const file = join(import.meta.dirname, "../../../../specs/provena/examples/domain-info-examples.json");
const examples = JSON.parse(readFileSync(file, "utf8")) as Record<string, { domain_info: unknown[] }>;

function of<T>(subtype: string): T[] {
  return structuredClone(examples[subtype]!.domain_info) as T[];
}

export const ORGANISATION = of<OrganisationDomainInfo>("ORGANISATION");
export const PERSON = of<PersonDomainInfo>("PERSON");
export const MODEL = of<ModelDomainInfo>("MODEL");
export const STUDY = of<StudyDomainInfo>("STUDY");
export const DATASET_TEMPLATE = of<DatasetTemplateDomainInfo>("DATASET_TEMPLATE");

/** Real ids to put where the examples hold placeholders. */
export interface References {
  organisation: string;
  person: string;
  model: string;
  datasetTemplates: [string, string, string];
  workflowTemplate?: string;
  dataset?: string;
}

/** `username` linked to a Person of their own, and the organisation, model and three dataset templates examples refer to. */
export async function createReferences(fx: Fixture, username: string): Promise<References> {
  const client = fx.client(username);
  const person = await fx.link(username);
  const organisation = (await client.organisation.create(ORGANISATION[0]!)).item.id;
  const model = (await client.model.create(MODEL[0]!)).item.id;
  const templates = await Promise.all([0, 1, 2].map(async (i) => (await client.datasetTemplate.create(DATASET_TEMPLATE[i]!)).item.id));
  return { person, organisation, model, datasetTemplates: templates as [string, string, string] };
}

// Keys whose value is an item id, and which reference fills each.
function replaceIds(value: unknown, refs: References): unknown {
  if (Array.isArray(value)) return value.map((v) => replaceIds(v, refs));
  if (typeof value !== "object" || value === null) return value;
  const templates: Record<string, string> = { "1234": refs.datasetTemplates[0], "12345": refs.datasetTemplates[1], "123456": refs.datasetTemplates[2] };
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (typeof v !== "string") out[key] = replaceIds(v, refs);
    else if (key === "software_id") out[key] = refs.model;
    else if (key === "template_id" || key === "dataset_template_id") out[key] = templates[v] ?? refs.datasetTemplates[0];
    else if (key === "organisation_id" || key === "publisher_id" || key === "requesting_organisation_id") out[key] = refs.organisation;
    else if (key === "data_custodian_id" || key === "modeller_id") out[key] = refs.person;
    else if (key === "workflow_template_id") out[key] = refs.workflowTemplate ?? v;
    else if (key === "dataset_id") out[key] = refs.dataset ?? v;
    else out[key] = v;
  }
  return out;
}

export function workflowTemplates(refs: References): ModelRunWorkflowTemplateDomainInfo[] {
  return replaceIds(of("MODEL_RUN_WORKFLOW_TEMPLATE"), refs) as ModelRunWorkflowTemplateDomainInfo[];
}

export function datasets(refs: References): DatasetDomainInfo[] {
  return replaceIds(of("DATASET"), refs) as DatasetDomainInfo[];
}

export function modelRuns(refs: References): ModelRunDomainInfo[] {
  return replaceIds(of("MODEL_RUN"), refs) as ModelRunDomainInfo[];
}
