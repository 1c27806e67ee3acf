// The graphs the lodge jobs write (behaviour.md §4.5): one per model run (record id = the model
// run id), per create activity and per version activity (record id = the activity id).
import type { ModelRunRecord } from "@provena-sdk/models/prov";
import { subtypeDefinition } from "../../registry/subtypes.js";
import { RecordGraphBuilder, type GraphNode, type ItemCategory, type RecordGraph } from "./model.js";

const node = (id: string, item_category: ItemCategory, item_subtype: string): GraphNode => ({ id, item_category, item_subtype });

/** The node of a registry item of a served subtype (its category from the subtype table). */
export function itemNode(id: string, subtype: string): GraphNode {
  return node(id, subtypeDefinition(subtype)?.category ?? "ENTITY", subtype);
}

/** What the model run graph needs from the resolved workflow template. */
export interface WorkflowTemplateInfo {
  readonly software_id: string;
}

export function modelRunGraph(recordId: string, record: ModelRunRecord, template: WorkflowTemplateInfo): RecordGraph {
  const graph = new RecordGraphBuilder(recordId);
  const run = node(recordId, "ACTIVITY", "MODEL_RUN");
  const model = node(template.software_id, "ENTITY", "MODEL");
  const workflow = node(record.workflow_template_id, "ENTITY", "WORKFLOW_TEMPLATE");
  const modeller = node(record.associations.modeller_id, "AGENT", "PERSON");
  const dataset = (id: string): GraphNode => node(id, "ENTITY", "DATASET");
  const datasetTemplate = (id: string): GraphNode => node(id, "ENTITY", "DATASET_TEMPLATE");

  for (const input of record.inputs) graph.link(run, "used", dataset(input.dataset_id));
  for (const output of record.outputs) graph.link(dataset(output.dataset_id), "wasGeneratedBy", run);
  graph.link(run, "used", model);
  graph.link(run, "used", workflow);
  graph.link(run, "wasAssociatedWith", modeller);
  const organisation = record.associations.requesting_organisation_id;
  if (typeof organisation === "string") graph.link(run, "wasAssociatedWith", node(organisation, "AGENT", "ORGANISATION"));
  for (const output of record.outputs) graph.link(dataset(output.dataset_id), "wasAttributedTo", modeller);
  for (const used of [...record.inputs, ...record.outputs]) graph.link(workflow, "hadMember", datasetTemplate(used.dataset_template_id));
  graph.link(workflow, "hadMember", model);
  for (const used of [...record.inputs, ...record.outputs]) graph.link(dataset(used.dataset_id), "wasInfluencedBy", datasetTemplate(used.dataset_template_id));
  if (typeof record.study_id === "string") graph.link(run, "wasInformedBy", node(record.study_id, "ACTIVITY", "STUDY"));
  return graph.build();
}

export interface CreateActivityInput {
  readonly created_item_id: string;
  readonly creation_activity_id: string;
  readonly linked_person_id: string;
  readonly created_item_subtype: string;
}

export function createActivityGraph(input: CreateActivityInput): RecordGraph {
  const item = itemNode(input.created_item_id, input.created_item_subtype);
  const create = node(input.creation_activity_id, "ACTIVITY", "CREATE");
  const person = node(input.linked_person_id, "AGENT", "PERSON");
  return new RecordGraphBuilder(input.creation_activity_id)
    .link(item, "wasGeneratedBy", create)
    .link(create, "wasAssociatedWith", person)
    .link(item, "wasAttributedTo", person)
    .build();
}

export interface VersionActivityInput {
  readonly from_version_id: string;
  readonly to_version_id: string;
  readonly version_activity_id: string;
  readonly linked_person_id: string;
  readonly item_subtype: string;
}

export function versionActivityGraph(input: VersionActivityInput): RecordGraph {
  const newItem = itemNode(input.to_version_id, input.item_subtype);
  const oldItem = itemNode(input.from_version_id, input.item_subtype);
  const version = node(input.version_activity_id, "ACTIVITY", "VERSION");
  const person = node(input.linked_person_id, "AGENT", "PERSON");
  return new RecordGraphBuilder(input.version_activity_id)
    .link(newItem, "wasGeneratedBy", version)
    .link(version, "wasAssociatedWith", person)
    .link(newItem, "wasAttributedTo", person)
    .link(version, "used", oldItem)
    .build();
}
