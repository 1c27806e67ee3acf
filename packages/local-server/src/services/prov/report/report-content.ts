// What a close-out report lists (behaviour.md §4.6, upstream's report helpers): for a model run,
// lineage upstream to `depth` (model runs, and the models and datasets they used: "inputs") and
// downstream one hop (datasets: "outputs"); for a study, the same for every model run linked to
// it (downstream one hop from the study). Each node is resolved to its registry item. Upstream
// refuses a study without model runs and a start without upstream or downstream lineage.
import type { ServiceContext } from "../../context.js";
import { registryStore } from "../../registry/registry-store.js";
import type { StoredItem } from "../../registry/tables.js";
import { explore } from "../graph/explore.js";
import { provGraph } from "../graph/graph-store.js";

export interface ReportContent {
  readonly origin: StoredItem;
  readonly inputs: readonly StoredItem[];
  readonly modelRuns: readonly StoredItem[];
  readonly outputs: readonly StoredItem[];
}

export class ReportLineageError extends Error {}

const UPSTREAM_SUBTYPES = new Set(["MODEL_RUN", "MODEL", "DATASET"]);

class Collection {
  readonly inputs = new Map<string, StoredItem>();
  readonly modelRuns = new Map<string, StoredItem>();
  readonly outputs = new Map<string, StoredItem>();
}

function addModelRun(context: ServiceContext, runId: string, depth: number, into: Collection): void {
  const graph = provGraph(context);
  const registry = registryStore(context);
  const upstream = explore(graph, "upstream", runId, depth).nodes;
  const downstream = explore(graph, "downstream", runId, 1).nodes;
  if (upstream.length === 0) throw new ReportLineageError(`The provided model run with id ${runId} - error: Upstream node collections not found!`);
  if (downstream.length === 0) throw new ReportLineageError(`The provided model run with id ${runId} - error: Downstream node collections not found!`);
  for (const node of upstream) {
    if (!UPSTREAM_SUBTYPES.has(node.item_subtype)) continue;
    const item = registry.item(node.id);
    if (item === undefined) continue;
    (node.item_subtype === "MODEL_RUN" ? into.modelRuns : into.inputs).set(item.id, item);
  }
  for (const node of downstream) {
    if (node.item_subtype === "MODEL_RUN") {
      const item = registry.item(node.id);
      if (item !== undefined) into.modelRuns.set(item.id, item);
    } else if (node.item_subtype === "DATASET") {
      const item = registry.item(node.id);
      if (item !== undefined) into.outputs.set(item.id, item);
    }
  }
}

export function reportContent(context: ServiceContext, origin: StoredItem, depth: number): ReportContent {
  const collection = new Collection();
  if (origin.item_subtype === "STUDY") {
    const runs = explore(provGraph(context), "downstream", origin.id, 1).nodes.filter((node) => node.item_subtype === "MODEL_RUN");
    if (runs.length === 0) throw new ReportLineageError(`The study with id ${origin.id} does not have any associated model runs.`);
    for (const run of runs) addModelRun(context, run.id, depth, collection);
  } else {
    addModelRun(context, origin.id, depth, collection);
  }
  return { origin, inputs: [...collection.inputs.values()], modelRuns: [...collection.modelRuns.values()], outputs: [...collection.outputs.values()] };
}
