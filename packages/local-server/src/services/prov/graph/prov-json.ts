// PROV-JSON (W3C member submission) of a record graph: what the model run item stores as
// `prov_serialisation` and the lodge job returns as `prov_json`.
import type { GraphNode, RecordGraph } from "./model.js";

const KIND: Readonly<Record<string, "entity" | "activity" | "agent">> = { ENTITY: "entity", ACTIVITY: "activity", AGENT: "agent" };

/** Each relation's two PROV-JSON roles, in (source, target) order. */
const ROLES: Readonly<Record<string, readonly [string, string]>> = {
  used: ["prov:activity", "prov:entity"],
  wasGeneratedBy: ["prov:entity", "prov:activity"],
  wasAssociatedWith: ["prov:activity", "prov:agent"],
  wasAttributedTo: ["prov:entity", "prov:agent"],
  hadMember: ["prov:collection", "prov:entity"],
  wasInfluencedBy: ["prov:influencee", "prov:influencer"],
  wasInformedBy: ["prov:informed", "prov:informant"],
  wasDerivedFrom: ["prov:generatedEntity", "prov:usedEntity"],
  actedOnBehalfOf: ["prov:delegate", "prov:responsible"],
};

export function provJson(graph: RecordGraph): string {
  const doc: Record<string, Record<string, unknown>> = { prefix: { default: "http://hdl.handle.net/" } };
  const section = (name: string): Record<string, unknown> => (doc[name] ??= {});
  const addNode = (node: GraphNode): void => {
    section(KIND[node.item_category] ?? "entity")[node.id] = { id: node.id, item_category: node.item_category, item_subtype: node.item_subtype };
  };
  let counter = 0;
  for (const link of graph.links) {
    addNode(link.source);
    addNode(link.target);
    const [from, to] = ROLES[link.type] ?? ["prov:source", "prov:target"];
    section(link.type)[`_:id${++counter}`] = { [from]: link.source.id, [to]: link.target.id };
  }
  return JSON.stringify(doc);
}
